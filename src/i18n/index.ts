/**
 * One `t()` for the whole app, backed by i18next (interpolation, plurals and fallbacks we would
 * otherwise hand-write). Catalogs are bundled, not fetched, so the app works offline.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en/index.ts';
import { ko } from './ko/index.ts';
import type { Lang } from './types.ts';
import { LANGS } from './types.ts';

export type { Lang } from './types.ts';
export { LANGS } from './types.ts';

/** The storage key of the remembered language. */
export const LANG_STORAGE_KEY = 'unroll.lang';

/** Picks the initial language: the remembered choice, else the browser's, else Korean. */
export function detectLanguage(stored: string | null, browser: readonly string[]): Lang {
  if (stored === 'ko' || stored === 'en') return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'ko';
}

/** Initialises i18next once with both catalogs; safe to call again. */
export function initI18n(lang: Lang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: en }, ko: { translation: ko } },
      lng: lang,
      fallbackLng: false,
      supportedLngs: LANGS as Lang[],
      interpolation: { escapeValue: false }, // React escapes; double escaping would show &amp;
      returnNull: false,
      initAsync: false,
      saveMissing: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  document.documentElement.lang = lang;
  return i18next;
}

/** Switches the language everywhere and updates `<html lang>` for screen readers and fonts. */
export function setLanguage(lang: Lang): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** The translate hook for components: `const { t } = useT()`. */
export const useT = useTranslation;

/** Translate outside React (rare: document titles, messages built in the store). */
export const t = (key: string, options?: Record<string, unknown>): string =>
  // Keys built at run time (lesson data, error codes) are checked by the catalog test instead.
  (i18next.t as (k: string, o?: Record<string, unknown>) => string)(key, options);

/** The current language. */
export const currentLang = (): Lang => (i18next.language === 'en' ? 'en' : 'ko');

/** Locale-aware number formatting (Korean and English both use '.' but grouping may differ). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLang() === 'ko' ? 'ko-KR' : 'en-US', options).format(value);
}
