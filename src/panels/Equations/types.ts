/**
 * What the equations and the unrolled view are drawn from, and the vocabulary that links a piece
 * of a formula to the piece of the drawing it names.
 */
import type { CellTrace, ModelTrace } from '../../engine/index.ts';
import type { CellType } from '../../worker/config.ts';

/**
 * One example as the model saw it: its trace (h_t, c_t, gates, dL/dh_t per layer, direction and
 * step) and the model that produced it (cell, head, parameters with PyTorch names). Pure data, so
 * tests build it straight from the engine and the panel builds it from the store.
 */
export type NetSnapshot = Readonly<{
  trace: ModelTrace;
  cell: CellType;
  /** which steps the Linear head reads: only the last ('last', many-to-one) or every one ('each') */
  head: 'last' | 'each';
  /** 'ce': the head's outputs are logits over `classLabels` */
  loss: 'mse' | 'ce';
  /** parameters by PyTorch name: 'rnn.weight_ih_l0' [G·H, in], …, 'fc.weight' [out, D·H], 'fc.bias' [out] */
  params: Readonly<Record<string, Float64Array>>;
  /** names of one-hot input positions (letters, words); null for real-valued inputs */
  inputLabels: readonly string[] | null;
  /** names of the classes (loss 'ce'); null for regression */
  classLabels: readonly string[] | null;
}>;

/** One recurrent row of the picture: a layer and a direction (0 forward, 1 reverse). */
export type RowRef = Readonly<{ layer: number; direction: number }>;

/**
 * A named piece of the recurrence. A formula tags its pieces with `\htmlData{term=…}` and the
 * drawing tags its arrows and blocks with the same names, so hovering one lights up the other.
 */
export type Term =
  | 'x' | 'W' | 'U' | 'b' | 'hprev' | 'h' | 'V' | 'c' | 'y'
  | 'cell' | 'cprev'
  | 'i' | 'f' | 'g' | 'o' | 'r' | 'z' | 'n'
  | 'grad' | 'gradprev';

/** Every term, to validate `data-term` attributes read back from the DOM. */
export const TERMS: readonly Term[] = [
  'x', 'W', 'U', 'b', 'hprev', 'h', 'V', 'c', 'y', 'cell', 'cprev', 'i', 'f', 'g', 'o', 'r', 'z', 'n', 'grad', 'gradprev',
];

/** Narrows a string read from the DOM to a term. */
export const isTerm = (s: string | null | undefined): s is Term => s != null && (TERMS as readonly string[]).includes(s);

/** Where the step-through is: before the pass, computing h_t forward, or sending dL/dh_t back. */
export type Phase = 'initial' | 'forward' | 'backward';

/** The cursor of the step-through, decoded: phase and 1-based step t (0 in the initial phase). */
export type StepCursor = Readonly<{ phase: Phase; t: number }>;

/** A cell trace with the row it belongs to. */
export type RowTrace = Readonly<{ row: RowRef; cell: CellTrace }>;
