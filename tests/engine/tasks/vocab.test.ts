import { describe, expect, it } from 'vitest';
import {
  BLANK,
  PAD,
  decodeRows,
  lettersOf,
  makeVocabulary,
  matchTypedWords,
  oneHotTokens,
  padLeft,
  splitWords,
} from '../../../src/engine/tasks/vocab.ts';

describe('vocab', () => {
  const v = makeVocabulary(['a', 'b', 'c']);

  it('encodes a sequence as one-hot rows [T, size]', () => {
    expect(Array.from(oneHotTokens(v, ['c', 'a']))).toEqual([0, 0, 1, 1, 0, 0]);
  });

  it('decodes rows by arg-max, so softmax outputs decode too', () => {
    expect(decodeRows(Float64Array.from([0.1, 0.7, 0.2, 0, 0, 0]), v)).toEqual(['b', '']);
  });

  it('throws when a symbol is missing or repeated', () => {
    expect(() => oneHotTokens(v, ['z'])).toThrow('"z" is not in the vocabulary [a b c]');
    expect(() => makeVocabulary(['a', 'a'])).toThrow('makeVocabulary: symbol "a" appears twice');
  });

  it('lists the distinct letters of words in sorted order', () => {
    expect(lettersOf(['love', 'load'])).toEqual(['a', 'd', 'e', 'l', 'o', 'v']);
  });

  it('splits typed text into words and reads underscores or (BOX) as the blank', () => {
    expect(splitWords('  I __ a boy. ')).toEqual(['I', BLANK, 'a', 'boy']);
    expect(splitWords('you (BOX) a girl')).toEqual(['you', BLANK, 'a', 'girl']);
  });

  it('pads on the left so the last step is the last word', () => {
    expect(padLeft(['x'], 3)).toEqual([PAD, PAD, 'x']);
  });

  it('matches typed words case-insensitively and names an unknown one with the allowed words', () => {
    const w = makeVocabulary([PAD, 'I', 'am']);
    expect(matchTypedWords(w, ['i', 'AM'])).toEqual({ ok: true, words: ['I', 'am'] });
    expect(matchTypedWords(w, ['I', 'was'])).toEqual({
      ok: false,
      code: 'unknown-symbol',
      message: '"was" is not a word the model knows; use: I am.',
      allowed: ['I', 'am'],
    });
  });
});
