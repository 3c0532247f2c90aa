/**
 * Vocabularies and one-hot codes, shared by every task whose inputs are symbols (letters, words,
 * digits). The lecture's word-completion example encodes each letter as a one-hot row — a 1 at
 * the letter's position, 0 elsewhere — and so do we; a sequence is a row-major [T, size] block.
 */

/** The blank token of the fill-in-the-blank task ("I ___ a boy"). */
export const BLANK = '___';

/** The padding token that fills short sentences up to the task's fixed length. */
export const PAD = '<pad>';

/** An ordered list of symbols and the position of each. */
export type Vocabulary = Readonly<{
  /** the symbols; position i is one-hot channel i */
  tokens: readonly string[];
  /** symbol → position */
  index: ReadonlyMap<string, number>;
  /** number of symbols (the one-hot width) */
  size: number;
}>;

/**
 * What a "try your own input" box gets back: the encoded input, or a reason a person can act on.
 * `allowed` names what may be typed (letters, words) so the UI can show it next to the message.
 */
export type InputCheck<V> =
  | Readonly<{ ok: true } & V>
  | Readonly<{
      ok: false;
      /** machine-readable reason, for translation */
      code: 'empty' | 'length' | 'unknown-symbol' | 'no-blank' | 'many-blanks';
      /** English sentence naming the fault and what is allowed */
      message: string;
      /** the symbols that may be typed */
      allowed: readonly string[];
    }>;

/** Builds a vocabulary; throws when a symbol repeats (two channels for one symbol is a bug). */
export function makeVocabulary(tokens: readonly string[]): Vocabulary {
  const index = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (index.has(t)) throw new Error(`makeVocabulary: symbol "${t}" appears twice`);
    index.set(t, i);
  });
  return { tokens: [...tokens], index, size: tokens.length };
}

/** The sorted distinct characters of some words: the letter vocabulary of the word tasks. */
export function lettersOf(words: readonly string[]): string[] {
  return [...new Set(words.join(''))].sort();
}

/** Position of a symbol; throws naming the symbol and the vocabulary when it is not in it. */
export function idOf(vocab: Vocabulary, token: string): number {
  const id = vocab.index.get(token);
  if (id === undefined) {
    throw new Error(`"${token}" is not in the vocabulary [${vocab.tokens.join(' ')}]`);
  }
  return id;
}

/**
 * Writes a one-hot row: x[(offset + id)] = 1 inside the row starting at `offset`.
 * Rows are assumed zero-filled (fresh typed arrays are).
 */
export function setOneHot(x: Float64Array, offset: number, id: number): void {
  x[offset + id] = 1;
}

/** One-hot rows of a symbol sequence, [T, vocab.size] row-major. */
export function oneHotTokens(vocab: Vocabulary, tokens: readonly string[]): Float64Array {
  const x = new Float64Array(tokens.length * vocab.size);
  tokens.forEach((t, i) => setOneHot(x, i * vocab.size, idOf(vocab, t)));
  return x;
}

/**
 * Reads symbols back from rows [T, size]: the arg-max of each row (so it also decodes a
 * softmax output). A row with no positive entry decodes to ''.
 */
export function decodeRows(rows: Float64Array, vocab: Vocabulary): string[] {
  const T = Math.floor(rows.length / vocab.size);
  const out: string[] = [];
  for (let t = 0; t < T; t++) {
    let best = -1;
    let bestValue = 0;
    for (let j = 0; j < vocab.size; j++) {
      const v = rows[t * vocab.size + j];
      if (v > bestValue) {
        bestValue = v;
        best = j;
      }
    }
    out.push(best < 0 ? '' : vocab.tokens[best]);
  }
  return out;
}

/**
 * Splits typed text into words: whitespace-separated, with punctuation at word ends dropped and
 * any run of underscores (or "(BOX)", the seed's notation) read as the blank token "___".
 */
export function splitWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => (/^(_+|\(box\)|\[box\]|\?)$/i.test(w) ? BLANK : w.replace(/^[.,!?]+|[.,!?]+$/g, '')))
    .filter((w) => w.length > 0);
}

/**
 * Left-pads a token list with PAD to length T. Padding goes first so the last step of every
 * sample is its last real word: a many-to-one model answers from its final hidden state.
 */
export function padLeft(tokens: readonly string[], T: number): string[] {
  return [...Array<string>(Math.max(0, T - tokens.length)).fill(PAD), ...tokens];
}

/** Case-insensitive lookup of a typed word in a vocabulary; the vocabulary's own spelling or null. */
export function matchWord(vocab: Vocabulary, word: string): string | null {
  if (vocab.index.has(word)) return word;
  const lower = word.toLowerCase();
  for (const t of vocab.tokens) if (t.toLowerCase() === lower) return t;
  return null;
}

/**
 * Maps typed words onto a vocabulary (case-insensitive, padding excluded), or reports the first
 * unknown word together with the words that may be typed.
 */
export function matchTypedWords(vocab: Vocabulary, typed: readonly string[]): InputCheck<{ words: string[] }> {
  const allowed = vocab.tokens.filter((t) => t !== PAD);
  const words: string[] = [];
  for (const w of typed) {
    const match = matchWord(vocab, w);
    if (match === null || match === PAD) {
      return {
        ok: false,
        code: 'unknown-symbol',
        message: `"${w.slice(0, 24)}" is not a word the model knows; use: ${allowed.join(' ')}.`,
        allowed,
      };
    }
    words.push(match);
  }
  return { ok: true, words };
}
