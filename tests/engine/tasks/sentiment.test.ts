import { describe, expect, it } from 'vitest';
import { makeSentiment, validatePhraseInput } from '../../../src/engine/tasks/sentiment.ts';
import { classLabels, classTargets, expectAllRowsOneHot, expectPartition, tokenAt, sameNumbers } from './check.ts';

// Independent lexicon and rule: an adjective's polarity, flipped by a negation word.
const POSITIVE = new Set(['good', 'great', 'fun', '좋아', '재밌어']);
const NEGATIONS = new Set(['not', '안']);

describe('sentiment', () => {
  it('makes 30–60 phrases of 3 one-hot words with labels negative/positive', () => {
    const ds = makeSentiment({}, 1);
    expect(ds.n).toBeGreaterThanOrEqual(30);
    expect(ds.n).toBeLessThanOrEqual(60);
    expect(ds.T).toBe(3);
    expect(classLabels(ds)).toEqual(['negative', 'positive']);
    expectAllRowsOneHot(ds);
  });

  it('labels each phrase by its adjective, flipped by negation', () => {
    const ds = makeSentiment({}, 1);
    const y = classTargets(ds);
    for (let i = 0; i < ds.n; i++) {
      const words = Array.from({ length: ds.T }, (_, t) => tokenAt(ds, i, t)).filter((w) => w !== '<pad>');
      const adjective = words[words.length - 1]!;
      const negated = words.some((w) => NEGATIONS.has(w));
      expect(y[i]).toBe(POSITIVE.has(adjective) !== negated ? 1 : 0);
    }
  });

  it('has English and Korean phrases and both classes in fair numbers', () => {
    const ds = makeSentiment({}, 1);
    const text = ds.sampleText ?? [];
    expect(text).toContain('not bad → positive');
    expect(text).toContain('정말 안 좋아 → negative');
    const positives = classTargets(ds).reduce((a, v) => a + v, 0);
    expect(positives).toBe(ds.n / 2);
  });

  it('holds out 20% with a seeded split', () => {
    const ds = makeSentiment({}, 1);
    expect(ds.heldOut.length).toBe(Math.round(ds.n * 0.2));
    expectPartition(ds);
    expect(sameNumbers(makeSentiment({}, 2).heldOut, ds.heldOut)).toBe(false);
  });

  it('checks typed phrases and names the known words', () => {
    const ok = validatePhraseInput('Not very GOOD');
    expect(ok.ok && ok.words).toEqual(['not', 'very', 'good']);
    expect(validatePhraseInput('not very very good')).toMatchObject({ ok: false, code: 'length' });
    const bad = validatePhraseInput('awesome');
    expect(bad).toMatchObject({ ok: false, code: 'unknown-symbol' });
    expect(!bad.ok && bad.allowed).toContain('좋아');
  });
});
