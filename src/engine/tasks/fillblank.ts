/**
 * Fill in the blank: "I ___ a boy" → am, "you ___ a girl" → are (the seed lecture's example of
 * why context matters). The model reads the whole sentence, blank token included, as one-hot
 * words and answers after the last word (many-to-one).
 *
 * The answer is set by the subject right before the blank (I → am, you → are, he/she → is).
 * The "S1 said S2 ___ a N" pattern makes word order matter: "he said I ___ a boy" (am) and
 * "I said he ___ a boy" (is) contain the same words, so a model that ignores order cannot get both.
 * Sentences are left-padded with <pad> to a common length.
 */
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { BLANK, PAD, idOf, makeVocabulary, matchTypedWords, oneHotTokens, padLeft, splitWords } from './vocab.ts';
import type { InputCheck } from './vocab.ts';

const SUBJECTS = ['I', 'you', 'he', 'she'] as const;
const NOUNS = ['boy', 'girl', 'student', 'teacher'] as const;
const ADJECTIVES = ['happy', 'tired'] as const;

/** The be-verb each subject takes. */
const BE: Readonly<Record<(typeof SUBJECTS)[number], string>> = { I: 'am', you: 'are', he: 'is', she: 'is' };

/** The answers (classes), in class-index order. */
export const FILL_ANSWERS: readonly string[] = ['am', 'are', 'is'];

/** Input vocabulary: padding, the blank, then every word of every pattern. */
export const FILL_VOCAB = makeVocabulary([PAD, BLANK, ...SUBJECTS, 'am', 'are', 'is', 'a', 'said', ...NOUNS, ...ADJECTIVES]);

/** Words per sample after padding (the longest pattern, "S1 said S2 ___ a N"). */
export const FILL_LENGTH = 6;

/** A sentence with its blank and the right answer. */
export type BlankSentence = Readonly<{ words: readonly string[]; answer: string }>;

/**
 * Every sentence of the task, in a fixed order: "S ___ a N" (16), "S ___ ADJ" (8) and
 * "S1 said S2 ___ a N" with S1 ≠ S2 and N ∈ {boy, girl} (24) — 48 in all.
 */
export function blankSentences(): BlankSentence[] {
  const out: BlankSentence[] = [];
  for (const s of SUBJECTS) for (const n of NOUNS) out.push({ words: [s, BLANK, 'a', n], answer: BE[s] });
  for (const s of SUBJECTS) for (const adj of ADJECTIVES) out.push({ words: [s, BLANK, adj], answer: BE[s] });
  for (const s1 of SUBJECTS) {
    for (const s2 of SUBJECTS) {
      if (s1 === s2) continue;
      for (const n of NOUNS.slice(0, 2)) out.push({ words: [s1, 'said', s2, BLANK, 'a', n], answer: BE[s2] });
    }
  }
  return out;
}

/** Options of the fill-in-the-blank task. */
export type FillBlankOptions = Readonly<{
  /** fraction of sentences held out; they are new combinations of known words */
  heldOut: number;
  /** 1 = only the 16 "S ___ a N" sentences (the lecture's simplest form) */
  simple: number;
}>;

/** Defaults and ranges of the fill-in-the-blank options. */
export const FILLBLANK_OPTIONS: OptionSpec<FillBlankOptions> = {
  task: 'fillblank',
  defaults: { heldOut: 0.2, simple: 0 },
  ranges: { heldOut: realRange(0, 0.5, 0.05), simple: intRange(0, 1) },
};

/** One-hot rows of a sentence's words, left-padded to FILL_LENGTH: [FILL_LENGTH, FILL_VOCAB.size]. */
export function encodeSentence(words: readonly string[]): Float64Array {
  return oneHotTokens(FILL_VOCAB, padLeft(words, FILL_LENGTH));
}

/** Makes the data set: x [n, 6, V] one-hot words, targets [n] ∈ {am, are, is}. */
export function makeFillBlank(options: Readonly<Partial<FillBlankOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(FILLBLANK_OPTIONS, options);
  const sentences = blankSentences().slice(0, o.simple === 1 ? SUBJECTS.length * NOUNS.length : undefined);
  const rowSize = FILL_LENGTH * FILL_VOCAB.size;
  const x = new Float64Array(sentences.length * rowSize);
  const y = new Int32Array(sentences.length);
  const answers = makeVocabulary(FILL_ANSWERS);
  sentences.forEach((s, i) => {
    x.set(encodeSentence(s.words), i * rowSize);
    y[i] = idOf(answers, s.answer);
  });
  const split = randomSplit(sentences.length, o.heldOut, seed);
  return {
    task: 'fillblank',
    arrangement: 'many-to-one',
    x,
    n: sentences.length,
    T: FILL_LENGTH,
    inputSize: FILL_VOCAB.size,
    targets: { kind: 'classes', y, classes: FILL_ANSWERS.length, labels: FILL_ANSWERS },
    inputLabels: FILL_VOCAB.tokens,
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText: sentences.map((s) => `${s.words.join(' ')} → ${s.answer}`),
  };
}

/** Words a person may type (everything but the padding token). */
const TYPABLE = FILL_VOCAB.tokens.filter((t) => t !== PAD);

/**
 * Checks a typed sentence for the "try it" box: known words only (case-insensitive), exactly one
 * blank (___, any run of underscores, or "(BOX)"), at most 6 words. On success `words` is the
 * normalised sentence and `x` its padded one-hot rows [6, V].
 */
export function validateSentenceInput(text: string): InputCheck<{ words: readonly string[]; x: Float64Array }> {
  const allowed = TYPABLE;
  const typed = splitWords(text);
  if (typed.length === 0) {
    return { ok: false, code: 'empty', message: 'Type a sentence with a blank, e.g. "she ___ a girl".', allowed };
  }
  const matched = matchTypedWords(FILL_VOCAB, typed);
  if (!matched.ok) return matched;
  const words = matched.words;
  const blanks = words.filter((w) => w === BLANK).length;
  if (blanks === 0) {
    return { ok: false, code: 'no-blank', message: 'Put one blank (___) where the missing word goes.', allowed };
  }
  if (blanks > 1) {
    return { ok: false, code: 'many-blanks', message: `Use exactly one blank (got ${blanks}).`, allowed };
  }
  if (words.length > FILL_LENGTH) {
    return {
      ok: false,
      code: 'length',
      message: `Use at most ${FILL_LENGTH} words (got ${words.length}).`,
      allowed,
    };
  }
  return { ok: true, words, x: encodeSentence(words) };
}
