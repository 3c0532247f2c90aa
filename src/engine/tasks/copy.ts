/**
 * The copy task (a long-range memory benchmark; Hochreiter & Schmidhuber 1997 and Arjovsky et al.
 * 2016 use forms of it): read L random symbols, wait `delay` steps, then write the symbols back
 * in order. Synchronous many-to-many with a delay: one output per step, but only the last L
 * outputs are scored.
 *
 * Time line of one sample, T = 2L + delay:
 *   t in [0, L)                   input symbol s_t            target -1 (ignored)
 *   t in [L, L + delay - 1)       input blank "_"             target -1
 *   t = L + delay - 1             input go marker ">"         target -1
 *   t = L + delay + j, j < L      input blank "_"             target s_j
 * Input channels: the k symbols, then "_", then ">" (every row one-hot).
 */
import { createRng } from '../rng.ts';
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { SYMBOL_NAMES } from './memory.ts';

/** The blank token's name. */
export const COPY_BLANK = '_';
/** The go marker's name: "start writing now". */
export const COPY_GO = '>';

/** Options of the copy task. */
export type CopyOptions = Readonly<{
  /** number of distinct symbols k */
  symbols: number;
  /** symbols to remember, L */
  length: number;
  /** steps between the last symbol and the first answer (the last of them is the go marker) */
  delay: number;
  /** number of sequences */
  count: number;
  /** fraction of sequences held out */
  heldOut: number;
}>;

/** Defaults and ranges of the copy-task options. */
export const COPY_OPTIONS: OptionSpec<CopyOptions> = {
  task: 'copy',
  defaults: { symbols: 4, length: 3, delay: 10, count: 512, heldOut: 0.2 },
  ranges: {
    symbols: intRange(2, SYMBOL_NAMES.length),
    length: intRange(1, 10),
    delay: intRange(1, 100),
    count: intRange(16, 4000),
    heldOut: realRange(0, 0.5, 0.05),
  },
};

/**
 * Makes the data set: x [count, T, k + 2] one-hot, targets [count, T] (symbol index or -1),
 * T = 2·length + delay.
 */
export function makeCopy(options: Readonly<Partial<CopyOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(COPY_OPTIONS, options);
  const rng = createRng(seed);
  const k = o.symbols;
  const L = o.length;
  const T = 2 * L + o.delay;
  const C = k + 2;
  const blank = k;
  const go = k + 1;
  const x = new Float64Array(o.count * T * C);
  const y = new Int32Array(o.count * T).fill(-1);
  const labels = SYMBOL_NAMES.slice(0, k);
  const sampleText: string[] = [];
  for (let i = 0; i < o.count; i++) {
    const xRow = (t: number): number => (i * T + t) * C;
    let text = '';
    for (let j = 0; j < L; j++) {
      const s = rng.int(k);
      x[xRow(j) + s] = 1;
      y[i * T + L + o.delay + j] = s;
      text += labels[s];
    }
    for (let t = L; t < L + o.delay - 1; t++) x[xRow(t) + blank] = 1;
    x[xRow(L + o.delay - 1) + go] = 1;
    for (let t = L + o.delay; t < T; t++) x[xRow(t) + blank] = 1;
    sampleText.push(`${text} ${COPY_BLANK.repeat(Math.min(o.delay - 1, 5))}${COPY_GO} → ${text}`);
  }
  const split = randomSplit(o.count, o.heldOut, seed);
  return {
    task: 'copy',
    arrangement: 'many-to-many',
    x,
    n: o.count,
    T,
    inputSize: C,
    targets: { kind: 'classes', y, classes: k, labels },
    inputLabels: [...labels, COPY_BLANK, COPY_GO],
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText,
  };
}
