/**
 * Four-letter word completion, the lecture's word-autocomplete exercise: read three letters as
 * one-hot rows and predict the fourth (a two-layer LSTM in the lecture, trained with sparse
 * softmax cross-entropy). "lov" → "e".
 *
 * The first ten words are the classic list of that exercise (word, wood, deep, dive, cold, cool,
 * load, love, kiss, kind); twelve more widen it. No two words share their first three letters,
 * so every input has exactly one right answer — pairs like wor/woo and col/coo show that the
 * third letter matters. Inputs and classes use the same vocabulary: the letters that occur.
 *
 * Each word is its own fact (nothing about "kiss" predicts "kind"), so by default nothing is
 * held out: the lesson is memorisation through a hidden state, as in the lecture.
 */
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { idOf, lettersOf, makeVocabulary, oneHotTokens } from './vocab.ts';
import type { InputCheck } from './vocab.ts';

/** The training words, lower-case, 4 letters each; the lecture's ten come first. */
export const WORDS: readonly string[] = [
  'word', 'wood', 'deep', 'dive', 'cold', 'cool', 'load', 'love', 'kiss', 'kind',
  'bird', 'blue', 'book', 'cake', 'fish', 'game', 'home', 'jump', 'moon', 'rain', 'star', 'tree',
];

/** The letters that occur in WORDS, sorted: both the one-hot input channels and the classes. */
export const LETTERS = makeVocabulary(lettersOf(WORDS));

/** Letters read before predicting. */
export const WORD_PREFIX = 3;

/** Options of the word-completion task. */
export type WordsOptions = Readonly<{
  /** how many of WORDS to train on, from the start of the list (the lecture: 10) */
  count: number;
  /** fraction of words held out */
  heldOut: number;
}>;

/** Defaults and ranges of the word-completion options. */
export const WORDS_OPTIONS: OptionSpec<WordsOptions> = {
  task: 'words',
  defaults: { count: WORDS.length, heldOut: 0 },
  ranges: { count: intRange(2, WORDS.length), heldOut: realRange(0, 0.5, 0.05) },
};

/** One-hot rows of a prefix, e.g. encodeWord('lov') → [3, LETTERS.size]; throws on unknown letters. */
export function encodeWord(prefix: string): Float64Array {
  return oneHotTokens(LETTERS, [...prefix]);
}

/** The letter of a class index (the model's arg-max output). */
export function decodeLetter(classIndex: number): string {
  const letter = LETTERS.tokens[classIndex];
  if (letter === undefined) {
    throw new Error(`decodeLetter: class ${classIndex} is outside 0..${LETTERS.size - 1}`);
  }
  return letter;
}

/**
 * Makes the data set: x [count, 3, V] one-hot letters, targets [count] = class of the 4th letter,
 * V = LETTERS.size.
 */
export function makeWords(options: Readonly<Partial<WordsOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(WORDS_OPTIONS, options);
  const words = WORDS.slice(0, o.count);
  const V = LETTERS.size;
  const x = new Float64Array(words.length * WORD_PREFIX * V);
  const y = new Int32Array(words.length);
  words.forEach((w, i) => {
    x.set(encodeWord(w.slice(0, WORD_PREFIX)), i * WORD_PREFIX * V);
    y[i] = idOf(LETTERS, w[WORD_PREFIX]);
  });
  const split = randomSplit(words.length, o.heldOut, seed);
  return {
    task: 'words',
    arrangement: 'many-to-one',
    x,
    n: words.length,
    T: WORD_PREFIX,
    inputSize: V,
    targets: { kind: 'classes', y, classes: V, labels: LETTERS.tokens },
    inputLabels: LETTERS.tokens,
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText: words.map((w) => `${w.slice(0, WORD_PREFIX)} → ${w[WORD_PREFIX]}`),
  };
}

/**
 * Checks what a person typed in the "try it" box: exactly three letters from LETTERS (case and
 * surrounding spaces ignored). On success `prefix` is the normalised text and `x` its one-hot
 * rows [3, V].
 */
export function validateWordInput(text: string): InputCheck<{ prefix: string; x: Float64Array }> {
  const allowed = LETTERS.tokens;
  const prefix = text.trim().toLowerCase();
  if (prefix.length === 0) {
    return { ok: false, code: 'empty', message: 'Type the first 3 letters of a word, e.g. "lov".', allowed };
  }
  const unknown = [...prefix].find((c) => !LETTERS.index.has(c));
  if (unknown !== undefined) {
    return {
      ok: false,
      code: 'unknown-symbol',
      message: `"${unknown}" is not one of the letters the model knows: ${allowed.join(' ')}.`,
      allowed,
    };
  }
  if (prefix.length !== WORD_PREFIX) {
    return {
      ok: false,
      code: 'length',
      message: `Type exactly ${WORD_PREFIX} letters (got ${prefix.length}).`,
      allowed,
    };
  }
  return { ok: true, prefix, x: encodeWord(prefix) };
}
