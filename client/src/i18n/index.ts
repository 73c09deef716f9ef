// i18next with the first page's Spanish strings bundled (Spanish is the default and the fallback) and
// every locale's whole file loaded on demand: Spanish as soon as the first page shows, the others when
// chosen. Pages wait for `translationsLoaded()` before they render (app/App.tsx).
// The chosen language is the only thing the client keeps in browser storage.
import { DEFAULT_LOCALE, isOneOf, LOCALES, type Locale } from '@aliadas/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import firstPage from 'virtual:first-page-strings';

const STORAGE_KEY = 'aliadas.locale';

const loaders: Record<Locale, () => Promise<{ default: unknown }>> = {
  es: () => import('./es.json'),
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

const bundles = new Map<Locale, Promise<void>>();

/** A locale's whole file, loaded once (a failed load is tried again next time). */
function loadBundle(locale: Locale): Promise<void> {
  let loading = bundles.get(locale);
  if (!loading) {
    loading = loaders[locale]().then(
      (bundle) => void i18next.addResourceBundle(locale, 'translation', bundle.default, true, true),
      (error: unknown) => {
        bundles.delete(locale);
        throw error;
      },
    );
    bundles.set(locale, loading);
  }
  return loading;
}

/** Resolves once every string of every page is there: the whole Spanish file and her language's. */
export function translationsLoaded(): Promise<void> {
  return Promise.all([loadBundle('es'), loadBundle(currentLocale())]).then(() => undefined);
}

export async function initI18n(): Promise<Locale> {
  const locale = storedLocale() ?? browserLocale();
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources: { es: { translation: firstPage } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // The first page shows with its own strings while the rest of Spanish arrives.
  void loadBundle('es').catch(() => undefined);
  await changeLocale(locale, { remember: false, waitForSpanish: false });
  return locale;
}

export async function changeLocale(
  locale: Locale,
  options: { remember?: boolean; waitForSpanish?: boolean } = {},
): Promise<void> {
  if (locale !== 'es' || (options.waitForSpanish ?? true)) await loadBundle(locale);
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
