// i18next with Spanish bundled (the default and the fallback) and the other locales loaded on demand.
// The chosen language is the only thing the client keeps in browser storage.
import { DEFAULT_LOCALE, isOneOf, LOCALES, type Locale } from '@aliadas/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import es from './es.json';

export type Messages = typeof es;

const STORAGE_KEY = 'aliadas.locale';

const loaders: Record<Exclude<Locale, 'es'>, () => Promise<{ default: unknown }>> = {
  en: () => import('./en.json'),
  fr: () => import('./fr.json'),
  ht: () => import('./ht.json'),
};

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isOneOf(LOCALES, value) ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isOneOf(LOCALES, base)) return base;
  }
  return DEFAULT_LOCALE;
}

async function loadBundle(locale: Locale): Promise<void> {
  if (locale === 'es' || i18next.hasResourceBundle(locale, 'translation')) return;
  const bundle = await loaders[locale]();
  i18next.addResourceBundle(locale, 'translation', bundle.default, true, true);
}

export async function initI18n(): Promise<Locale> {
  const locale = storedLocale() ?? browserLocale();
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources: { es: { translation: es } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await changeLocale(locale, { remember: false });
  return locale;
}

export async function changeLocale(locale: Locale, options: { remember?: boolean } = {}): Promise<void> {
  await loadBundle(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  if (options.remember ?? true) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit.
    }
  }
}

export function currentLocale(): Locale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isOneOf(LOCALES, language) ? language : DEFAULT_LOCALE;
}

/** Forgets the language choice too: used by the quick exit. */
export function forgetLocale(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
