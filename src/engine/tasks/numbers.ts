/**
 * Number-sequence continuation, the lecture's first hands-on exercise: read x_1 … x_T of an
 * arithmetic sequence and predict the next term, e.g. 0.1, 0.2, 0.3 → 0.4, scored by MSE.
 *
 * Terms are kept in a small range (start in [0, 1), step magnitude up to `maxStep`) because a
 * tanh RNN's inputs and outputs live near [-1, 1]; the lecture's [1, 2, 3] → 4 is the same task
 * scaled by 10. Start and step are continuous, so held-out sequences are genuinely new.
 */
import { createRng } from '../rng.ts';
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import type { InputCheck } from './vocab.ts';

/** Options of the number-sequence task. */
export type NumbersOptions = Readonly<{
  /** number of sequences */
  count: number;
  /** terms read before predicting (the lecture: 3) */
  length: number;
  /** largest step magnitude; steps are uniform in [maxStep / 4, maxStep] */
  maxStep: number;
  /** 1 = half the sequences count down (negative step); 0 = all count up */
  decreasing: number;
  /** fraction of sequences held out */
  heldOut: number;
}>;

/** Defaults and ranges of the number-sequence options. */
export const NUMBERS_OPTIONS: OptionSpec<NumbersOptions> = {
  task: 'numbers',
  defaults: { count: 200, length: 3, maxStep: 0.2, decreasing: 0, heldOut: 0.2 },
  ranges: {
    count: intRange(20, 2000),
    length: intRange(2, 20),
    maxStep: realRange(0.01, 0.5, 0.01),
    decreasing: intRange(0, 1),
    heldOut: realRange(0, 0.5, 0.05),
  },
};

/** Formats a term for display: up to 3 decimals, trailing zeros dropped. */
function fmt(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

/**
 * Makes `count` arithmetic sequences: x [count, length, 1] holds a, a+d, …, a+(length-1)d and the
 * target [count, 1] is a + length·d.
 */
export function makeNumbers(options: Readonly<Partial<NumbersOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(NUMBERS_OPTIONS, options);
  const rng = createRng(seed);
  const T = o.length;
  const x = new Float64Array(o.count * T);
  const y = new Float64Array(o.count);
  const sampleText: string[] = [];
  for (let i = 0; i < o.count; i++) {
    const start = rng.uniform();
    const magnitude = rng.range(o.maxStep / 4, o.maxStep);
    // Drawn in both modes so `decreasing` flips signs without reshuffling the other numbers.
    const down = rng.uniform() < 0.5 && o.decreasing === 1;
    const step = down ? -magnitude : magnitude;
    for (let t = 0; t < T; t++) x[i * T + t] = start + t * step;
    y[i] = start + T * step;
    const terms = Array.from(x.subarray(i * T, (i + 1) * T), fmt);
    sampleText.push(`${terms.join(', ')} → ${fmt(y[i])}`);
  }
  const split = randomSplit(o.count, o.heldOut, seed);
  return {
    task: 'numbers',
    arrangement: 'many-to-one',
    x,
    n: o.count,
    T,
    inputSize: 1,
    targets: { kind: 'regression', y, outSize: 1 },
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText,
  };
}

/**
 * Checks a typed sequence ("0.1, 0.2, 0.3") for the "try it" box: exactly `length` finite
 * numbers separated by commas or spaces. On success `x` is the input, [length, 1].
 */
export function validateNumbersInput(
  text: string,
  length: number,
): InputCheck<{ values: readonly number[]; x: Float64Array }> {
  const allowed = ['0-9', '.', '-', ','];
  const cells = text.split(/[,;\s]+/).filter((c) => c.length > 0);
  if (cells.length === 0) {
    return { ok: false, code: 'empty', message: `Type ${length} numbers, e.g. 0.1, 0.2, 0.3.`, allowed };
  }
  const bad = cells.find((c) => !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(c));
  if (bad !== undefined) {
    return { ok: false, code: 'unknown-symbol', message: `"${bad.slice(0, 24)}" is not a number.`, allowed };
  }
  if (cells.length !== length) {
    return {
      ok: false,
      code: 'length',
      message: `Type exactly ${length} numbers (got ${cells.length}).`,
      allowed,
    };
  }
  const values = cells.map(Number);
  return { ok: true, values, x: Float64Array.from(values) };
}
