/**
 * The latest picture of the run from the worker: the data set (once per run), the newest
 * full-data evaluation (predictions and losses) and the newest trace of the focus example.
 * Updated at most once per animation frame; per-frame panels can also `subscribe` to it
 * transiently instead of re-rendering through React.
 */
import type { StateCreator } from 'zustand';
import type { DatasetInfo, Evaluation, TraceSnapshot } from '../worker/protocol.ts';
import type { AppState } from './store.ts';

/** What the panels draw. */
export type LiveData = Readonly<{
  /** the run's data set; null until the worker has built one */
  dataset: DatasetInfo | null;
  /** the newest evaluation; null until the first one arrives */
  eval: Evaluation | null;
  /** the newest trace of the focus example; null when none was asked for */
  trace: TraceSnapshot | null;
  /** the sample whose trace is wanted (null: no traces, which saves the worker their cost) */
  focus: number | null;
  /** counts the frames in which worker news was applied (a cheap "something changed" signal) */
  frame: number;
}>;

/** The snapshot slice. */
export type SnapshotState = Readonly<{ snapshot: LiveData }>;

/** The state before any worker news. */
export const EMPTY_LIVE: LiveData = { dataset: null, eval: null, trace: null, focus: null, frame: 0 };

/** Creates the snapshot slice (written by the worker connection). */
export const createSnapshotSlice: StateCreator<AppState, [], [], SnapshotState> = () => ({ snapshot: EMPTY_LIVE });
