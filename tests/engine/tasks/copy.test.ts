import { describe, expect, it } from 'vitest';
import { makeCopy } from '../../../src/engine/tasks/copy.ts';
import { classTargets, expectAllRowsOneHot, tokenAt, sameNumbers } from './check.ts';

describe('copy', () => {
  it('makes sequences of 2L + delay one-hot steps over k symbols, blank and go', () => {
    const ds = makeCopy({ symbols: 3, length: 4, delay: 6, count: 30 }, 1);
    expect([ds.n, ds.T, ds.inputSize]).toEqual([30, 14, 5]);
    expect(ds.inputLabels).toEqual(['A', 'B', 'C', '_', '>']);
    expect(ds.arrangement).toBe('many-to-many');
    expectAllRowsOneHot(ds);
  });

  it('ignores every step before the go marker and then targets the input symbols in order', () => {
    const ds = makeCopy({ symbols: 4, length: 3, delay: 5, count: 50 }, 2);
    const y = classTargets(ds);
    for (let i = 0; i < ds.n; i++) {
      const tokens = Array.from({ length: ds.T }, (_, t) => tokenAt(ds, i, t));
      expect(tokens.slice(3, 7)).toEqual(['_', '_', '_', '_']);
      expect(tokens[7]).toBe('>');
      expect(tokens.slice(8)).toEqual(['_', '_', '_']);
      const targets = Array.from(y.subarray(i * ds.T, (i + 1) * ds.T));
      expect(targets.slice(0, 8)).toEqual(Array(8).fill(-1));
      expect(targets.slice(8).map((c) => 'ABCD'[c])).toEqual(tokens.slice(0, 3));
    }
  });

  it('is deterministic per seed', () => {
    expect(sameNumbers(makeCopy({}, 3).x, makeCopy({}, 3).x)).toBe(true);
    expect(sameNumbers(makeCopy({}, 3).x, makeCopy({}, 4).x)).toBe(false);
  });
});
