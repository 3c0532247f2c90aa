import { describe, expect, it } from 'vitest';
import {
  FILL_ANSWERS,
  FILL_LENGTH,
  FILL_VOCAB,
  blankSentences,
  makeFillBlank,
  validateSentenceInput,
} from '../../../src/engine/tasks/fillblank.ts';
import { classTargets, expectAllRowsOneHot, expectPartition, tokenAt, sameNumbers } from './check.ts';

// Independent grammar: the be-verb agrees with the word right before the blank.
const AGREE: Record<string, string> = { I: 'am', you: 'are', he: 'is', she: 'is' };

describe('fillblank', () => {
  it('makes 48 padded sentences of 6 one-hot words with 3 answer classes', () => {
    const ds = makeFillBlank({}, 1);
    expect([ds.n, ds.T, ds.inputSize]).toEqual([48, FILL_LENGTH, FILL_VOCAB.size]);
    expect(FILL_ANSWERS).toEqual(['am', 'are', 'is']);
    expectAllRowsOneHot(ds);
  });

  it('targets the verb that agrees with the subject before the blank', () => {
    const ds = makeFillBlank({}, 1);
    const y = classTargets(ds);
    for (let i = 0; i < ds.n; i++) {
      const words = Array.from({ length: ds.T }, (_, t) => tokenAt(ds, i, t)).filter((w) => w !== '<pad>');
      const b = words.indexOf('___');
      expect(words.filter((w) => w === '___').length).toBe(1);
      expect(FILL_ANSWERS[y[i]!]).toBe(AGREE[words[b - 1]!]);
    }
  });

  it('includes the lecture sentences "I ___ a boy" → am and "you ___ a girl" → are', () => {
    const text = makeFillBlank({}, 1).sampleText ?? [];
    expect(text).toContain('I ___ a boy → am');
    expect(text).toContain('you ___ a girl → are');
  });

  it('has sentences with the same words in another order and another answer', () => {
    const byBag = new Map<string, Set<string>>();
    for (const s of blankSentences()) {
      const bag = [...s.words].sort().join(' ');
      byBag.set(bag, (byBag.get(bag) ?? new Set()).add(s.answer));
    }
    expect([...byBag.values()].some((answers) => answers.size > 1)).toBe(true);
  });

  it('left-pads short sentences so the last step is the last word', () => {
    const ds = makeFillBlank({}, 1);
    expect(Array.from({ length: 6 }, (_, t) => tokenAt(ds, 0, t))).toEqual(['<pad>', '<pad>', 'I', '___', 'a', 'boy']);
  });

  it('keeps only the 16 "S ___ a N" sentences in simple mode', () => {
    expect(makeFillBlank({ simple: 1 }, 1).n).toBe(16);
  });

  it('holds out 20% with a seeded split', () => {
    const ds = makeFillBlank({}, 1);
    expect(ds.heldOut.length).toBe(10);
    expectPartition(ds);
    expect(sameNumbers(makeFillBlank({}, 1).heldOut, ds.heldOut)).toBe(true);
    expect(sameNumbers(makeFillBlank({}, 2).heldOut, ds.heldOut)).toBe(false);
  });

  it('checks typed sentences: known words, one blank, at most 6 words', () => {
    const ok = validateSentenceInput('She _ a GIRL');
    expect(ok.ok && ok.words).toEqual(['she', '___', 'a', 'girl']);
    expect(validateSentenceInput('she is a girl')).toMatchObject({ ok: false, code: 'no-blank' });
    expect(validateSentenceInput('___ ___ a girl')).toMatchObject({ ok: false, code: 'many-blanks', message: 'Use exactly one blank (got 2).' });
    expect(validateSentenceInput('I said he said I ___ a boy')).toMatchObject({ ok: false, code: 'length', message: 'Use at most 6 words (got 8).' });
    const unknown = validateSentenceInput('we ___ a boy');
    expect(unknown).toMatchObject({ ok: false, code: 'unknown-symbol' });
    expect(!unknown.ok && unknown.message).toMatch(/^"we" is not a word the model knows; use: ___ I you he she/);
    expect(!unknown.ok && unknown.allowed).not.toContain('<pad>');
  });
});
