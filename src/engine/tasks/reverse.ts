/**
 * Sequence reversal, the sequence-to-sequence toy: read a string of L digits, answer with the
 * digits reversed ("3 1 4" → "4 1 3"). The lecture's seq2seq models (GNMT) split this into an
 * encoder and a decoder; here it is laid out for one synchronous many-to-many RNN with a delay,
 * so the same data can later feed an encoder–decoder too.
 *
 * Time line of one sample of length L (T = 2·maxLength + 1 for every sample):
 *   t in [0, L)            input digit d_t         target -1 (ignored: still reading)
 *   t = L                  input separator "|"     target -1
 *   t = L + 1 + j, j < L   input blank "_"         target d_{L-1-j}
 *   t > 2L                 input blank "_"         target -1 (padding of shorter samples)
 * So the first L + 1 steps are never scored. Input channels: digits 0–9, "|", "_" (one-hot);
 * classes: digits 0–9.
 */
import { createRng } from '../rng.ts';
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { makeVocabulary, oneHotTokens } from './vocab.ts';
import type { InputCheck } from './vocab.ts';

/** The ten digit classes, '0'..'9'. */
export const DIGITS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Input vocabulary: the digits, the separator "|" and the blank "_". */
export const REVERSE_VOCAB = makeVocabulary([...DIGITS, '|', '_']);

/** Options of the reversal task. */
export type ReverseOptions = Readonly<{
  /** shortest digit string */
  minLength: number;
  /** longest digit string; sets T = 2·maxLength + 1 */
  maxLength: number;
  /** number of strings */
  count: number;
  /** fraction of strings held out */
  heldOut: number;
}>;

/** Defaults and ranges of the reversal options. */
export const REVERSE_OPTIONS: OptionSpec<ReverseOptions> = {
  task: 'reverse',
  defaults: { minLength: 3, maxLength: 6, count: 512, heldOut: 0.2 },
  ranges: {
    minLength: intRange(1, 12),
    maxLength: intRange(1, 12),
    count: intRange(16, 4000),
    heldOut: realRange(0, 0.5, 0.05),
  },
  cross: (o) =>
    o.minLength > o.maxLength
      ? {
          option: 'minLength',
          message: `reverse: minLength must not exceed maxLength (got ${o.minLength} > ${o.maxLength}).`,
        }
      : null,
};

/** Makes the data set: x [count, T, 12] one-hot, targets [count, T] (digit or -1). */
export function makeReverse(options: Readonly<Partial<ReverseOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(REVERSE_OPTIONS, options);
  const rng = createRng(seed);
  const T = 2 * o.maxLength + 1;
  const C = REVERSE_VOCAB.size;
  const sep = DIGITS.length;
  const blank = DIGITS.length + 1;
  const x = new Float64Array(o.count * T * C);
  const y = new Int32Array(o.count * T).fill(-1);
  const sampleText: string[] = [];
  for (let i = 0; i < o.count; i++) {
    const L = o.minLength + rng.int(o.maxLength - o.minLength + 1);
    const digits: number[] = [];
    for (let j = 0; j < L; j++) digits.push(rng.int(10));
    for (let t = 0; t < T; t++) {
      const input = t < L ? digits[t] : t === L ? sep : blank;
      x[(i * T + t) * C + input] = 1;
    }
    for (let j = 0; j < L; j++) y[i * T + L + 1 + j] = digits[L - 1 - j];
    sampleText.push(`${digits.join('')} → ${[...digits].reverse().join('')}`);
  }
  const split = randomSplit(o.count, o.heldOut, seed);
  return {
    task: 'reverse',
    arrangement: 'many-to-many',
    x,
    n: o.count,
    T,
    inputSize: C,
    targets: { kind: 'classes', y, classes: DIGITS.length, labels: DIGITS },
    inputLabels: REVERSE_VOCAB.tokens,
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText,
  };
}

/**
 * The input rows of one digit string laid out as in training: digits, "|", then blanks up to
 * T = 2·maxLength + 1. Returns [T, 12]; throws on a non-digit or a string longer than maxLength.
 */
export function encodeDigits(digits: string, maxLength: number): Float64Array {
  if (digits.length > maxLength) {
    throw new Error(`encodeDigits: "${digits}" is longer than maxLength ${maxLength}`);
  }
  const T = 2 * maxLength + 1;
  const tokens = [...digits, '|', ...Array<string>(T - digits.length - 1).fill('_')];
  return oneHotTokens(REVERSE_VOCAB, tokens);
}

/**
 * Checks a typed digit string for the "try it" box: digits only (spaces ignored), between
 * minLength and maxLength of them. On success `x` is [2·maxLength + 1, 12].
 */
export function validateDigitsInput(
  text: string,
  minLength: number,
  maxLength: number,
): InputCheck<{ digits: string; x: Float64Array }> {
  const allowed = DIGITS;
  const digits = text.replace(/\s+/g, '');
  if (digits.length === 0) {
    return { ok: false, code: 'empty', message: `Type ${minLength} to ${maxLength} digits, e.g. 314.`, allowed };
  }
  const bad = [...digits].find((c) => !DIGITS.includes(c));
  if (bad !== undefined) {
    return { ok: false, code: 'unknown-symbol', message: `"${bad}" is not a digit; use 0–9 only.`, allowed };
  }
  if (digits.length < minLength || digits.length > maxLength) {
    return {
      ok: false,
      code: 'length',
      message: `Type ${minLength} to ${maxLength} digits (got ${digits.length}).`,
      allowed,
    };
  }
  return { ok: true, digits, x: encodeDigits(digits, maxLength) };
}
