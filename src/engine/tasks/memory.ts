/**
 * Long-range memory, "first symbol": one of k symbols appears at t = 0, then `distance` steps of
 * a neutral distractor; after the last step the model must name the first symbol (many-to-one).
 * Chance is 1/k. Nothing after t = 0 carries information, so the only way to succeed is to carry
 * the symbol through `distance` steps of the hidden state — and the only learning signal for
 * doing so has to travel back just as far. That is the vanishing-gradient experiment: the
 * gradient through a tanh RNN shrinks at every one of those steps, while an LSTM's cell state
 * (1997, the seed lectures' answer to the problem) can pass it along nearly unchanged.
 *
 * Input channels: 0..k-1 are the symbols (one-hot at t = 0); channel k is the distractor token
 * (1 at every t ≥ 1). Optional Gaussian noise on every channel at t ≥ 1 makes carrying harder.
 * With noise 0 every input row is exactly one-hot. Classes are balanced: sample i has symbol
 * i mod k before shuffling.
 */
import { createRng, permutation } from '../rng.ts';
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';

/** Names of the symbols (class labels), A, B, C, … */
export const SYMBOL_NAMES: readonly string[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

/** The distractor token's name (its input channel is the last one). */
export const DISTRACTOR = '·';

/** Options of the first-symbol task. */
export type FirstSymbolOptions = Readonly<{
  /** number of symbols k (classes); chance accuracy is 1/k */
  symbols: number;
  /** steps between the symbol and the answer; T = distance + 1 */
  distance: number;
  /** number of sequences */
  count: number;
  /** standard deviation of noise added to every channel after t = 0 */
  noise: number;
  /** fraction of sequences held out */
  heldOut: number;
}>;

/** Defaults and ranges of the first-symbol options. */
export const FIRST_SYMBOL_OPTIONS: OptionSpec<FirstSymbolOptions> = {
  task: 'first-symbol',
  defaults: { symbols: 2, distance: 30, count: 256, noise: 0, heldOut: 0.2 },
  ranges: {
    symbols: intRange(2, SYMBOL_NAMES.length),
    distance: intRange(2, 100),
    count: intRange(16, 2000),
    noise: realRange(0, 0.5, 0.01),
    heldOut: realRange(0, 0.5, 0.05),
  },
};

/**
 * Makes the data set: x [count, distance + 1, k + 1], targets [count] = the symbol at t = 0.
 */
export function makeFirstSymbol(options: Readonly<Partial<FirstSymbolOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(FIRST_SYMBOL_OPTIONS, options);
  const rng = createRng(seed);
  const k = o.symbols;
  const T = o.distance + 1;
  const C = k + 1;
  const order = permutation(o.count, rng);
  const x = new Float64Array(o.count * T * C);
  const y = new Int32Array(o.count);
  for (let i = 0; i < o.count; i++) {
    const symbol = order[i] % k;
    y[i] = symbol;
    const base = i * T * C;
    x[base + symbol] = 1;
    for (let t = 1; t < T; t++) {
      const row = base + t * C;
      x[row + k] = 1;
      if (o.noise > 0) for (let c = 0; c < C; c++) x[row + c] += o.noise * rng.normal();
    }
  }
  const labels = SYMBOL_NAMES.slice(0, k);
  const split = randomSplit(o.count, o.heldOut, seed);
  return {
    task: 'first-symbol',
    arrangement: 'many-to-one',
    x,
    n: o.count,
    T,
    inputSize: C,
    targets: { kind: 'classes', y, classes: k, labels },
    inputLabels: [...labels, DISTRACTOR],
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText: Array.from(y, (s) => `${labels[s]}${DISTRACTOR.repeat(Math.min(o.distance, 5))}${o.distance > 5 ? '…' : ''} → ${labels[s]}`),
  };
}
