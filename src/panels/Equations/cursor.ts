/**
 * The step-through as one integer position p = 0…2T, so ◀/▶ and ←/→ are just p − 1 and p + 1:
 * p = 0 is the zero initial state, p = 1…T the forward pass computing h_1…h_T, and p = T+1…2T the
 * backward pass sending dL/dh_t back from t = T to t = 1.
 *
 * A reverse-direction row runs the other way in both passes: at the tick where the forward row
 * computes h_t, the reverse row computes its h at T+1−t (`rowStep`).
 */
import type { RowRef, StepCursor } from './types.ts';

/** The last position for a sequence of length T. */
export const lastPosition = (T: number): number => 2 * T;

/** Phase and step of position p (clamped into 0…2T). */
export function cursorAt(p: number, T: number): StepCursor {
  const q = Math.max(0, Math.min(2 * T, Math.round(p)));
  if (q === 0) return { phase: 'initial', t: 0 };
  if (q <= T) return { phase: 'forward', t: q };
  return { phase: 'backward', t: 2 * T + 1 - q };
}

/** The position of a phase and step (inverse of `cursorAt`). */
export function positionOf(c: StepCursor, T: number): number {
  if (c.phase === 'initial') return 0;
  return c.phase === 'forward' ? c.t : 2 * T + 1 - c.t;
}

/** The 1-based step a row is at when the cursor is at forward step t. */
export const rowStep = (row: RowRef, t: number, T: number): number => (row.direction === 0 ? t : T + 1 - t);

/**
 * Where step s (1-based) of a row stands relative to the cursor: already computed ('done'), being
 * computed ('current') or not reached yet ('future'). In the backward phase the same words apply
 * to dL/dh_s: 'done' = already sent back.
 */
export type StepState = 'done' | 'current' | 'future';

/** The state of step s of `row` at cursor `c`. */
export function stepState(row: RowRef, s: number, c: StepCursor, T: number): StepState {
  if (c.phase === 'initial') return 'future';
  const here = rowStep(row, c.t, T);
  // Order along the row's own direction of computation: forward rows count up, reverse rows down.
  const ahead = row.direction === 0 ? s - here : here - s;
  if (ahead === 0) return 'current';
  if (c.phase === 'forward') return ahead < 0 ? 'done' : 'future';
  return ahead > 0 ? 'done' : 'future';
}
