/**
 * The loss curve: full-data loss (and held-out loss) against the step, one point per evaluation.
 * Bounded and evenly sampled: points closer than `stride` steps to their predecessor replace the
 * newest point instead of adding one (so the current loss is always the last point), and past
 * MAX_POINTS every other point is dropped and the stride doubles. A long run keeps its whole
 * shape in at most MAX_POINTS points, equally dense from the first step to the last.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/** Column arrays of equal length, ordered by step. */
export type LossHistory = Readonly<{
  /** optimizer step of each point */
  step: readonly number[];
  /** mean training loss (MSE or cross-entropy) at that step */
  loss: readonly number[];
  /** held-out loss at that step; NaN when the task holds nothing out */
  heldOut: readonly number[];
  /** least step distance between kept points (doubles at every thinning) */
  stride: number;
}>;

/** The history slice. */
export type HistoryState = Readonly<{ history: LossHistory }>;

/** Most points kept. */
export const MAX_POINTS = 2000;

/** An empty history. */
export const EMPTY_HISTORY: LossHistory = { step: [], loss: [], heldOut: [], stride: 1 };

/** Keeps every other point, and always the last one. */
function thin<T>(xs: readonly T[]): T[] {
  return xs.filter((_, i) => i % 2 === 0 || i === xs.length - 1);
}

/** Adds a point; a point at or before the last step replaces the tail (a replay or a step back). */
export function appendPoint(h: LossHistory, step: number, loss: number, heldOut: number | null): LossHistory {
  let n = h.step.length;
  while (n > 0 && (h.step[n - 1] ?? 0) >= step) n--;
  // The newest point is provisional while it sits closer than `stride` to its predecessor: the new one takes its place.
  if (n >= 2 && (h.step[n - 1] ?? 0) - (h.step[n - 2] ?? 0) < h.stride) n--;
  let out: LossHistory = {
    step: [...h.step.slice(0, n), step],
    loss: [...h.loss.slice(0, n), loss],
    heldOut: [...h.heldOut.slice(0, n), heldOut ?? NaN],
    stride: h.stride,
  };
  if (out.step.length > MAX_POINTS) out = { step: thin(out.step), loss: thin(out.loss), heldOut: thin(out.heldOut), stride: h.stride * 2 };
  return out;
}

/** Creates the history slice (written by the worker connection). */
export const createHistorySlice: StateCreator<AppState, [], [], HistoryState> = () => ({ history: EMPTY_HISTORY });
