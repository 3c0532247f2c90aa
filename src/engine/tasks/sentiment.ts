/**
 * Tiny sentiment classification (many-to-one), the lectures' standard example of the
 * many-to-one arrangement: read a short phrase word by word, answer negative (0) or positive (1).
 *
 * Phrases are built from a tiny vocabulary so every one can be listed:
 *   English  [not] [very] ADJ            "not very good", "boring", "not bad"   (24)
 *   Korean   [정말] [안] ADJ               "정말 안 좋아", "안 지루해", "재밌어"     (16)
 * Negation flips the polarity ("not bad" is positive), so the model must combine words rather
 * than count good and bad ones; and because "not" acts on the adjective after it, the answer is
 * only known at the last word. Phrases are left-padded with <pad> to 3 words.
 */
import { realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { randomSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { PAD, makeVocabulary, matchTypedWords, oneHotTokens, padLeft, splitWords } from './vocab.ts';
import type { InputCheck } from './vocab.ts';

/** Adjective → polarity (1 positive, 0 negative), English then Korean. */
const POLARITY: Readonly<Record<string, 0 | 1>> = {
  good: 1, great: 1, fun: 1, bad: 0, boring: 0, sad: 0,
  좋아: 1, 재밌어: 1, 싫어: 0, 지루해: 0,
};
const EN_ADJ = ['good', 'great', 'fun', 'bad', 'boring', 'sad'];
const KO_ADJ = ['좋아', '재밌어', '싫어', '지루해'];

/** Class labels in class-index order. */
export const SENTIMENT_LABELS: readonly string[] = ['negative', 'positive'];

/** Input vocabulary: padding, the modifiers, then the adjectives. */
export const SENTIMENT_VOCAB = makeVocabulary([PAD, 'not', 'very', '안', '정말', ...EN_ADJ, ...KO_ADJ]);

/** Words per phrase after padding. */
export const SENTIMENT_LENGTH = 3;

/** A phrase and its label. */
export type Phrase = Readonly<{ words: readonly string[]; label: 0 | 1 }>;

/** Every phrase of the task in a fixed order, English first: 24 + 16 = 40. */
export function sentimentPhrases(): Phrase[] {
  const out: Phrase[] = [];
  const add = (words: string[], adj: string, negated: boolean): void => {
    const p = POLARITY[adj];
    out.push({ words, label: negated ? ((1 - p) as 0 | 1) : p });
  };
  for (const neg of [false, true]) {
    for (const very of [false, true]) {
      for (const adj of EN_ADJ) add([...(neg ? ['not'] : []), ...(very ? ['very'] : []), adj], adj, neg);
    }
  }
  // Korean puts the short negation 안 right before the predicate: 정말 안 좋아 = "really not good".
  for (const really of [false, true]) {
    for (const neg of [false, true]) {
      for (const adj of KO_ADJ) add([...(really ? ['정말'] : []), ...(neg ? ['안'] : []), adj], adj, neg);
    }
  }
  return out;
}

/** Options of the sentiment task. */
export type SentimentOptions = Readonly<{
  /** fraction of phrases held out */
  heldOut: number;
}>;

/** Defaults and ranges of the sentiment options. */
export const SENTIMENT_OPTIONS: OptionSpec<SentimentOptions> = {
  task: 'sentiment',
  defaults: { heldOut: 0.2 },
  ranges: { heldOut: realRange(0, 0.5, 0.05) },
};

/** One-hot rows of a phrase, left-padded: [3, SENTIMENT_VOCAB.size]. */
export function encodePhrase(words: readonly string[]): Float64Array {
  return oneHotTokens(SENTIMENT_VOCAB, padLeft(words, SENTIMENT_LENGTH));
}

/** Makes the data set: x [40, 3, V] one-hot words, targets [40] ∈ {0 negative, 1 positive}. */
export function makeSentiment(options: Readonly<Partial<SentimentOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(SENTIMENT_OPTIONS, options);
  const phrases = sentimentPhrases();
  const rowSize = SENTIMENT_LENGTH * SENTIMENT_VOCAB.size;
  const x = new Float64Array(phrases.length * rowSize);
  const y = new Int32Array(phrases.length);
  phrases.forEach((p, i) => {
    x.set(encodePhrase(p.words), i * rowSize);
    y[i] = p.label;
  });
  const split = randomSplit(phrases.length, o.heldOut, seed);
  return {
    task: 'sentiment',
    arrangement: 'many-to-one',
    x,
    n: phrases.length,
    T: SENTIMENT_LENGTH,
    inputSize: SENTIMENT_VOCAB.size,
    targets: { kind: 'classes', y, classes: 2, labels: SENTIMENT_LABELS },
    inputLabels: SENTIMENT_VOCAB.tokens,
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    sampleText: phrases.map((p) => `${p.words.join(' ')} → ${SENTIMENT_LABELS[p.label]}`),
  };
}

/** Words a person may type. */
const TYPABLE = SENTIMENT_VOCAB.tokens.filter((t) => t !== PAD);

/**
 * Checks a typed phrase for the "try it" box: 1 to 3 known words (English case-insensitive).
 * On success `words` is the normalised phrase and `x` its padded one-hot rows [3, V].
 */
export function validatePhraseInput(text: string): InputCheck<{ words: readonly string[]; x: Float64Array }> {
  const allowed = TYPABLE;
  const typed = splitWords(text);
  if (typed.length === 0) {
    return { ok: false, code: 'empty', message: 'Type a short phrase, e.g. "not very good" or "정말 좋아".', allowed };
  }
  const matched = matchTypedWords(SENTIMENT_VOCAB, typed);
  if (!matched.ok) return matched;
  const words = matched.words;
  if (words.length > SENTIMENT_LENGTH) {
    return {
      ok: false,
      code: 'length',
      message: `Use at most ${SENTIMENT_LENGTH} words (got ${words.length}).`,
      allowed,
    };
  }
  return { ok: true, words, x: encodePhrase(words) };
}
