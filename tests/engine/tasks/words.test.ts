import { describe, expect, it } from 'vitest';
import {
  LETTERS,
  WORDS,
  decodeLetter,
  encodeWord,
  makeWords,
  validateWordInput,
} from '../../../src/engine/tasks/words.ts';
import { classLabels, classTargets, expectAllRowsOneHot, tokenAt } from './check.ts';

describe('words', () => {
  it('has 12–30 four-letter words including the lecture list and "love"', () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(12);
    expect(WORDS.length).toBeLessThanOrEqual(30);
    for (const w of WORDS) expect(w).toMatch(/^[a-z]{4}$/);
    expect(WORDS.slice(0, 10)).toEqual(['word', 'wood', 'deep', 'dive', 'cold', 'cool', 'load', 'love', 'kiss', 'kind']);
  });

  it('gives every 3-letter prefix a single answer', () => {
    const prefixes = WORDS.map((w) => w.slice(0, 3));
    expect(new Set(prefixes).size).toBe(WORDS.length);
  });

  it('uses the letters that occur as both the input channels and the classes', () => {
    const letters = [...new Set(WORDS.join(''))].sort();
    expect(LETTERS.tokens).toEqual(letters);
    const ds = makeWords({}, 1);
    expect(ds.inputSize).toBe(letters.length);
    expect(classLabels(ds)).toEqual(letters);
    expect(ds.inputLabels).toEqual(letters);
  });

  it('encodes three one-hot letters per word and targets the fourth', () => {
    const ds = makeWords({}, 1);
    expect([ds.n, ds.T]).toEqual([WORDS.length, 3]);
    expectAllRowsOneHot(ds);
    const y = classTargets(ds);
    WORDS.forEach((w, i) => {
      expect([0, 1, 2].map((t) => tokenAt(ds, i, t)).join('')).toBe(w.slice(0, 3));
      expect(decodeLetter(y[i]!)).toBe(w[3]);
    });
  });

  it('completes "lov" with "e"', () => {
    const ds = makeWords({}, 1);
    const i = WORDS.indexOf('love');
    expect(Array.from(ds.x.subarray(i * 3 * ds.inputSize, (i + 1) * 3 * ds.inputSize))).toEqual(Array.from(encodeWord('lov')));
    expect(decodeLetter(classTargets(ds)[i]!)).toBe('e');
  });

  it('puts the 1 of encodeWord at each letter\'s alphabetical position', () => {
    const x = encodeWord('lov');
    const V = LETTERS.size;
    expect(x.length).toBe(3 * V);
    expect(x[0 * V + LETTERS.tokens.indexOf('l')]).toBe(1);
    expect(x[1 * V + LETTERS.tokens.indexOf('o')]).toBe(1);
    expect(x[2 * V + LETTERS.tokens.indexOf('v')]).toBe(1);
    expect(x.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('trains on the first `count` words and holds none out by default', () => {
    const ds = makeWords({ count: 10 }, 1);
    expect(ds.n).toBe(10);
    expect(ds.heldOut.length).toBe(0);
    expect(ds.sampleText?.[7]).toBe('lov → e');
  });

  it('checks the try-it input and names the allowed letters', () => {
    const ok = validateWordInput(' LOV ');
    expect(ok.ok && ok.prefix).toBe('lov');
    expect(validateWordInput('lo')).toMatchObject({ ok: false, code: 'length', message: 'Type exactly 3 letters (got 2).' });
    expect(validateWordInput('lqv')).toEqual({
      ok: false,
      code: 'unknown-symbol',
      message: `"q" is not one of the letters the model knows: ${LETTERS.tokens.join(' ')}.`,
      allowed: LETTERS.tokens,
    });
    expect(validateWordInput('   ')).toMatchObject({ ok: false, code: 'empty' });
  });

  it('throws on a class index outside the vocabulary', () => {
    expect(() => decodeLetter(LETTERS.size)).toThrow(`decodeLetter: class ${LETTERS.size} is outside 0..${LETTERS.size - 1}`);
  });
});
