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

/** A recording's length as a person reads it on a player: 0:07, 1:45. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(Math.round(ms / 1000), 0);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
