export { useAppStore, createAppStore } from './store.ts';
export type { AppState, AppStore } from './store.ts';
export type { ThemeChoice } from './prefsSlice.ts';
export type { RunInfo, RunStatus, ImportOutcome, WorkerPort } from './runSlice.ts';
export type { ConfigureResult } from './configSlice.ts';
export type { LiveData } from './snapshotSlice.ts';
export type { LossHistory } from './historySlice.ts';
export type { LessonPosition } from './lessonSlice.ts';
export type { Message, MessageLevel } from './messages.ts';
export { LAB_PRESET_IDS } from './raceSlice.ts';
export type { JobStatus, LabPresetId, RaceView, SweepView } from './raceSlice.ts';
import { useAppStore } from './store.ts';
import type { AppStore } from './store.ts';

let starting: Promise<void> | null = null;

/**
 * Starts the training worker and the URL sync, once (later calls return the same promise).
 * The app calls it when a panel that shows the run appears; the worker code is loaded then,
 * not with the first page.
 */
export function startTrainingClient(store: AppStore = useAppStore): Promise<void> {
  // A store already joined to a worker (a test's in-process one, say) is left as it is.
  if (store.getState().port !== null) return Promise.resolve();
  starting ??= import('./trainingClient.ts').then((m) => {
    m.start(store);
  });
  return starting;
}

/**
 * The share link of the current run: this page with the run's query (step included when
 * stopped), computed now rather than read from the debounced address bar.
 */
export async function shareLink(store: AppStore = useAppStore): Promise<{ url: string; step: number }> {
  const m = await import('./trainingClient.ts');
  return m.shareLinkOf(store.getState(), window.location.href);
}
