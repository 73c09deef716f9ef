import { LANGUAGES, LOCALES, type Locale } from '@aliadas/shared';
import { useApolloClient } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateLocaleMutation } from '../app/shell.documents';
import { useLocale } from '../app/vocabulary';
import { changeLocale } from '../i18n';

/** Each language is named in itself, so she finds hers whatever the page is in now. */
const NAMES = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name])) as Record<string, string>;

export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const client = useApolloClient();

  async function choose(next: Locale) {
    await changeLocale(next);
    if (signedIn) {
      await client.mutate({ mutation: UpdateLocaleMutation, variables: { locale: next } }).catch(() => undefined);
    }
  }

  return (
    <div className="language">
      <label htmlFor={id}>
        <span aria-hidden="true">🌐 </span>
        <span className="visually-hidden">{t('shell.language')}</span>
      </label>
      <select id={id} value={locale} onChange={(e) => void choose(e.target.value as Locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
