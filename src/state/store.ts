/**
 * The single source of truth for the UI: one zustand store combined from slices — config, run,
 * snapshot, history, lesson, messages, preferences. The worker connection writes with
 * `setState` (no hook); components read the smallest value they need.
 */
import { create } from 'zustand';
import { detectLanguage } from '../i18n/index.ts';
import { createConfigSlice } from './configSlice.ts';
import type { ConfigState } from './configSlice.ts';
import { createHistorySlice } from './historySlice.ts';
import type { HistoryState } from './historySlice.ts';
import { createLessonSlice } from './lessonSlice.ts';
import type { LessonState } from './lessonSlice.ts';
import { createMessagesSlice } from './messages.ts';
import type { MessagesState } from './messages.ts';
import { createPrefsSlice, PREF_KEYS, readTheme } from './prefsSlice.ts';
import { createProgressSlice, type ProgressState } from './progressSlice.ts';
import { createRaceSlice, type RaceState } from './raceSlice.ts';
import type { PrefsState } from './prefsSlice.ts';
import { createRunSlice } from './runSlice.ts';
import type { RunState } from './runSlice.ts';
import { createSnapshotSlice } from './snapshotSlice.ts';
import type { SnapshotState } from './snapshotSlice.ts';

/** Everything in the store. */
export type AppState = PrefsState & ConfigState & RunState & SnapshotState & HistoryState & LessonState & MessagesState & ProgressState & RaceState;

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
    ...createConfigSlice(...a),
    ...createRunSlice(...a),
    ...createSnapshotSlice(...a),
    ...createHistorySlice(...a),
    ...createLessonSlice(...a),
    ...createMessagesSlice(...a),
    ...createProgressSlice(...a),
    ...createRaceSlice(...a),
  }));
}

/** A store as `createAppStore` makes it. */
export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. */
export const useAppStore = createAppStore();
