// Small helpers the chat pages share: the other people of a conversation, times in her language.
import { useCallback } from 'react';
import { useLocale } from '../../app/vocabulary';

export function otherMembers<M extends { userId: string }>(members: readonly M[], myId: string): M[] {
  return members.filter((m) => m.userId !== myId);
}

/** Today's messages by their time, older ones with the date too. */
export function useTimeFormat(): (iso: string) => string {
  const locale = useLocale();
  return useCallback(
    (iso: string) => {
      const date = new Date(iso);
      const today = new Date().toDateString() === date.toDateString();
      return new Intl.DateTimeFormat(
        locale,
        today ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' },
      ).format(date);
    },
    [locale],
  );
}
