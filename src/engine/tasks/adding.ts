/**
 * The adding problem (Hochreiter & Schmidhuber 1997, the LSTM paper's long-lag benchmark), in
 * the form later papers use (Le et al. 2015; Arjovsky et al. 2016): two input channels per step —
 * a value uniform in [0, 1) and a marker that is 1 at exactly two steps, one in each half of the
 * sequence, 0 elsewhere. The target is the sum of the two marked values (many-to-one regression).
 *
 * Always answering 1 (the mean of the sum) scores an MSE of 1/6 ≈ 0.167, the variance of the sum
 * of two uniforms; a model has learned something only below that line.
 */
import { createRng } from '../rng.ts';
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';

/** MSE of the constant prediction 1: Var(U1 + U2) = 2 · 1/12. */
export const ADDING_BASELINE_MSE = 1 / 6;

/** Options of the adding problem. */
export type AddingOptions = Readonly<{
  /** sequence length T */
  length: number;
  /** number of sequences */
  count: number;
  /** fraction of sequences held out */
  heldOut: number;
}>;

/** Defaults and ranges of the adding-problem options. */
export const ADDING_OPTIONS: OptionSpec<AddingOptions> = {
  task: 'adding',
  defaults: { length: 30, count: 512, heldOut: 0.2 },
  ranges: {
    length: intRange(4, 200),
    count: intRange(16, 4000),
    heldOut: realRange(0, 0.5, 0.05),
  },
};

/** Input channel of the values. */
export const ADDING_VALUE = 0;
/** Input channel of the markers. */
export const ADDING_MARKER = 1;

/**
 * Makes the data set: x [count, length, 2] (channel 0 value, channel 1 marker), targets
 * [count, 1] = the sum of the two values whose marker is 1.
 */
export function makeAdding(options: Readonly<Partial<AddingOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(ADDING_OPTIONS, options);
  const rng = createRng(seed);
  const T = o.length;
  const half = Math.floor(T / 2);
  const x = new Float64Array(o.count * T * 2);
  const y = new Float64Array(o.count);
  const sampleText: string[] = [];
  for (let i = 0; i < o.count; i++) {
    const base = i * T * 2;
    for (let t = 0; t < T; t++) x[base + t * 2 + ADDING_VALUE] = rng.uniform();
    const first = rng.int(half);
    const second = half + rng.int(T - half);
    x[base + first * 2 + ADDING_MARKER] = 1;
    x[base + second * 2 + ADDING_MARKER] = 1;
    const a = x[base + first * 2 + ADDING_VALUE];
    const b = x[base + second * 2 + ADDING_VALUE];
    y[i] = a + b;
    sampleText.push(`t=${first}: ${a.toFixed(2)} + t=${second}: ${b.toFixed(2)} → ${y[i].toFixed(2)}`);
  }
  const split = randomSplit(o.count, o.heldOut, seed);
  return {
    task: 'adding',
    arrangement: 'many-to-one',
    x,
    n: o.count,
    T,
    inputSize: 2,
    targets: { kind: 'regression', y, outSize: 1 },
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText,
  };
}
