/**
 * The rows of the lab's heatmap: ‖∂h_T/∂h_t‖ of the focus example at successive training steps,
 * one row per trace the worker sent. Bounded and evenly spread, like the loss history: past
 * MAX_ROWS every other row is dropped and the least step distance between rows doubles, so a long
 * run keeps its whole story in a picture of fixed height.
 */

/** One heatmap row: the training step and ‖∂h_T/∂h_t‖ for t = 0…T−1. */
export type TraceRow = Readonly<{ step: number; values: Float64Array }>;

/** Rows ordered by step, and the least step distance kept between rows. */
export type TraceHistory = Readonly<{ rows: readonly TraceRow[]; stride: number }>;

/** Most rows kept. */
export const MAX_ROWS = 48;

/** No rows yet. */
export const EMPTY_TRACE_HISTORY: TraceHistory = { rows: [], stride: 1 };

/**
 * Adds a row. A row at or before the last step replaces the tail (a reset or a replay); a row
 * closer than `stride` to the one before the newest replaces the newest (it was provisional), so
 * the current trace is always the last row. A row of another length (T changed) starts over.
 */
export function appendRow(h: TraceHistory, step: number, values: Float64Array): TraceHistory {
  const first = h.rows[0];
  if (first !== undefined && first.values.length !== values.length) return { rows: [{ step, values }], stride: 1 };
  let n = h.rows.length;
  while (n > 0 && (h.rows[n - 1]?.step ?? 0) >= step) n--;
  if (n >= 2 && (h.rows[n - 1]?.step ?? 0) - (h.rows[n - 2]?.step ?? 0) < h.stride) n--;
  const rows = [...h.rows.slice(0, n), { step, values }];
  if (rows.length <= MAX_ROWS) return { rows, stride: h.stride };
  return { rows: rows.filter((_, i) => i % 2 === 0 || i === rows.length - 1), stride: h.stride * 2 };
}
