/**
 * Next-character prediction with teacher forcing, the many-to-many arrangement: at every step
 * the input is the true letter t of a word and the target is letter t + 1 ("l o v" → "o v e").
 *
 * This is how character models are trained (and how the generation task's model is usually
 * trained too): the network always sees the correct previous letter, never its own guess.
 * Some steps cannot be answered from the current letter alone: after "d" comes "e" (deep) or "i"
 * (dive), and a third letter "o" is followed by "d" in wood, "l" in cool, "k" in book and "n" in
 * moon — only the earlier letters, carried in the hidden state, tell them apart.
 */
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { idOf, oneHotTokens } from './vocab.ts';
import { LETTERS, WORDS } from './words.ts';

/** Steps per word: letters 1..3 in, letters 2..4 out. */
export const NEXTCHAR_STEPS = 3;

/** Options of the next-character task. */
export type NextCharOptions = Readonly<{
  /** how many of WORDS to train on, from the start of the list */
  count: number;
  /** fraction of words held out */
  heldOut: number;
}>;

/** Defaults and ranges of the next-character options. */
export const NEXTCHAR_OPTIONS: OptionSpec<NextCharOptions> = {
  task: 'nextchar',
  defaults: { count: WORDS.length, heldOut: 0 },
  ranges: { count: intRange(2, WORDS.length), heldOut: realRange(0, 0.5, 0.05) },
};

/** Makes the data set: x [count, 3, V] one-hot letters 1..3, targets [count, 3] = letters 2..4. */
export function makeNextChar(options: Readonly<Partial<NextCharOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(NEXTCHAR_OPTIONS, options);
  const words = WORDS.slice(0, o.count);
  const V = LETTERS.size;
  const x = new Float64Array(words.length * NEXTCHAR_STEPS * V);
  const y = new Int32Array(words.length * NEXTCHAR_STEPS);
  words.forEach((w, i) => {
    x.set(oneHotTokens(LETTERS, [...w.slice(0, NEXTCHAR_STEPS)]), i * NEXTCHAR_STEPS * V);
    for (let t = 0; t < NEXTCHAR_STEPS; t++) y[i * NEXTCHAR_STEPS + t] = idOf(LETTERS, w[t + 1]);
  });
  const split = randomSplit(words.length, o.heldOut, seed);
  return {
    task: 'nextchar',
    arrangement: 'many-to-many',
    x,
    n: words.length,
    T: NEXTCHAR_STEPS,
    inputSize: V,
    targets: { kind: 'classes', y, classes: V, labels: LETTERS.tokens },
    inputLabels: LETTERS.tokens,
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText: words.map((w) => `${[...w.slice(0, NEXTCHAR_STEPS)].join(' ')} → ${[...w.slice(1)].join(' ')}`),
  };
}
