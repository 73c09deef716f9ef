// Labels of the shared vocabulary in the language she chose.
import { DEFAULT_LOCALE, isOneOf, LOCALES, vocabularyLabel, type Labels, type Locale } from '@aliadas/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type LabelOf = <K extends string | number>(table: Readonly<Record<K, Labels>>, code: K) => string;

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return isOneOf(LOCALES, language) ? language : DEFAULT_LOCALE;
}

export function useLabel(): LabelOf {
  const locale = useLocale();
  return useCallback<LabelOf>((table, code) => vocabularyLabel(table, code, locale), [locale]);
}
