/**
 * The single source of truth for the UI: one zustand store combined from slices. The worker
 * client writes with `useAppStore.setState`; components read the smallest value they need.
 */
import { create } from 'zustand';
import { detectLanguage } from '../i18n/index.ts';
import { createPrefsSlice, PREF_KEYS, readTheme } from './prefsSlice.ts';
import type { PrefsState } from './prefsSlice.ts';

/** Everything in the store. */
export type AppState = PrefsState;

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Builds a fresh store (tests build their own; the app uses `useAppStore`). */
export function createAppStore() {
  const lang = detectLanguage(readStored(PREF_KEYS.lang), typeof navigator === 'undefined' ? [] : navigator.languages);
  const theme = readTheme(readStored(PREF_KEYS.theme));
  return create<AppState>()((...a) => ({
    ...createPrefsSlice({ lang, theme })(...a),
  }));
}

/** The app's store. */
export const useAppStore = createAppStore();
