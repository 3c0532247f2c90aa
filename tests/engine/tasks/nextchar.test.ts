import { describe, expect, it } from 'vitest';
import { makeNextChar } from '../../../src/engine/tasks/nextchar.ts';
import { WORDS } from '../../../src/engine/tasks/words.ts';
import { classLabels, classTargets, expectAllRowsOneHot, tokenAt } from './check.ts';

describe('nextchar', () => {
  it('is many-to-many over letters 1..3 of every word', () => {
    const ds = makeNextChar({}, 1);
    expect(ds.arrangement).toBe('many-to-many');
    expect([ds.n, ds.T]).toEqual([WORDS.length, 3]);
    expectAllRowsOneHot(ds);
  });

  it('targets at step t the input letter of step t + 1 and the 4th letter at the end', () => {
    const ds = makeNextChar({}, 1);
    const y = classTargets(ds);
    const labels = classLabels(ds);
    WORDS.forEach((w, i) => {
      for (let t = 0; t < 2; t++) expect(labels[y[i * 3 + t]!]).toBe(tokenAt(ds, i, t + 1));
      expect(labels[y[i * 3 + 2]!]).toBe(w[3]);
      expect([0, 1, 2].map((t) => tokenAt(ds, i, t)).join('')).toBe(w.slice(0, 3));
    });
  });

  it('has a letter whose successor depends on earlier letters', () => {
    const ds = makeNextChar({}, 1);
    const y = classTargets(ds);
    const after = new Map<string, Set<number>>();
    for (let i = 0; i < ds.n; i++) {
      const here = tokenAt(ds, i, 2);
      after.set(here, (after.get(here) ?? new Set()).add(y[i * 3 + 2]!));
    }
    expect(after.get('o')?.size).toBeGreaterThan(1);
  });
});
