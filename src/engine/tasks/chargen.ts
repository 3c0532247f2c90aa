/**
 * Character generation, the one-to-many arrangement: given only a start letter, write the rest
 * of a four-letter word ("l" → "o", "v", "e").
 *
 * Input only at t = 0: the start letter's one-hot row, then zero rows — the one-to-many picture
 * of the lecture, where the network runs on from its own hidden state. (Feeding back the previous
 * letter instead — teacher forcing — is the many-to-many task in nextchar.ts.) Output at step t
 * is letter t + 1 of the word, so T = 3.
 *
 * The words have distinct first letters, so each start letter has exactly one right
 * continuation; they are taken from WORDS so the letter vocabulary is the same as in the word
 * lessons. Each word is its own fact, so by default nothing is held out.
 */
import { realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { idOf, setOneHot } from './vocab.ts';
import { LETTERS } from './words.ts';

/** The generation words: a subset of WORDS with distinct first letters, "love" first. */
export const GEN_WORDS: readonly string[] = [
  'love', 'word', 'deep', 'cake', 'kind', 'bird', 'fish', 'game', 'home', 'jump', 'moon', 'rain', 'star', 'tree',
];

/** Generated letters per word (word length - 1). */
export const GEN_STEPS = 3;

/** Options of the generation task. */
export type CharGenOptions = Readonly<{
  /** fraction of words held out */
  heldOut: number;
}>;

/** Defaults and ranges of the generation options. */
export const CHARGEN_OPTIONS: OptionSpec<CharGenOptions> = {
  task: 'chargen',
  defaults: { heldOut: 0 },
  ranges: { heldOut: realRange(0, 0.5, 0.05) },
};

/** The input rows for a start letter: its one-hot row at t = 0, zeros after: [3, LETTERS.size]. */
export function encodeStartLetter(letter: string): Float64Array {
  const x = new Float64Array(GEN_STEPS * LETTERS.size);
  setOneHot(x, 0, idOf(LETTERS, letter));
  return x;
}

/** Makes the data set: x [14, 3, V] (one-hot at t = 0 only), targets [14, 3] = letters 2..4. */
export function makeCharGen(options: Readonly<Partial<CharGenOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(CHARGEN_OPTIONS, options);
  const V = LETTERS.size;
  const n = GEN_WORDS.length;
  const x = new Float64Array(n * GEN_STEPS * V);
  const y = new Int32Array(n * GEN_STEPS);
  GEN_WORDS.forEach((w, i) => {
    x.set(encodeStartLetter(w[0]), i * GEN_STEPS * V);
    for (let t = 0; t < GEN_STEPS; t++) y[i * GEN_STEPS + t] = idOf(LETTERS, w[t + 1]);
  });
  const split = randomSplit(n, o.heldOut, seed);
  return {
    task: 'chargen',
    arrangement: 'one-to-many',
    x,
    n,
    T: GEN_STEPS,
    inputSize: V,
    targets: { kind: 'classes', y, classes: V, labels: LETTERS.tokens },
    inputLabels: LETTERS.tokens,
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText: GEN_WORDS.map((w) => `${w[0]} → ${w.slice(1)}`),
  };
}
