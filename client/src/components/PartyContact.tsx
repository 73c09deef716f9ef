// The other person's email and phone in a match, shown only when the server sends them: she chose to
// share them and the match is active.
import { useTranslation } from 'react-i18next';

export interface ContactShown {
  email?: string | null;
  phone?: string | null;
}

export function PartyContact({ contact }: { contact: ContactShown | null | undefined }) {
  const { t } = useTranslation();
  if (!contact || (!contact.email && !contact.phone)) return null;
  return (
    <dl className="party-contact" aria-label={t('contact.title')}>
      {contact.email && (
        <>
          <dt>{t('contact.email')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </>
      )}
      {contact.phone && (
        <>
          <dt>{t('contact.phone')}</dt>
          <dd>
            <a href={`tel:${contact.phone}`}>{contact.phone}</a>
          </dd>
        </>
      )}
    </dl>
  );
}

/** Her name, or "deleted account" in the reader's language when she deleted it. */
export function partyName(
  t: (key: 'contact.accountDeleted') => string,
  party: { displayName: string; accountDeleted?: boolean | null },
): string {
  return party.accountDeleted ? t('contact.accountDeleted') : party.displayName;
}
