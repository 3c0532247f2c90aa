import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/types.ts';

/** How the page picks its colours. */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** User preferences remembered across visits (localStorage). */
export type PrefsState = Readonly<{
  prefs: Readonly<{
    /** interface language */
    lang: Lang;
    /** colour theme; 'system' follows prefers-color-scheme */
    theme: ThemeChoice;
  }>;
  setLang: (lang: Lang) => void;
  setTheme: (theme: ThemeChoice) => void;
}>;

/** Storage keys; one per preference so a corrupt value only loses that one. */
export const PREF_KEYS = { lang: 'unroll.lang', theme: 'unroll.theme' } as const;

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or a full quota: the preference still applies for this visit.
  }
}

/** Reads a remembered theme, ignoring anything that is not a known choice. */
export function readTheme(stored: string | null): ThemeChoice {
  return stored === 'light' || stored === 'dark' || stored === 'system' ? stored : 'system';
}

/** Creates the preferences slice with the initial language and theme. */
export const createPrefsSlice =
  (initial: { lang: Lang; theme: ThemeChoice }): StateCreator<PrefsState> =>
  (set) => ({
    prefs: initial,
    setLang: (lang) => {
      remember(PREF_KEYS.lang, lang);
      set((s) => ({ prefs: { ...s.prefs, lang } }));
    },
    setTheme: (theme) => {
      remember(PREF_KEYS.theme, theme);
      set((s) => ({ prefs: { ...s.prefs, theme } }));
    },
  });
