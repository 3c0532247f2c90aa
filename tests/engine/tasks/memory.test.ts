import { describe, expect, it } from 'vitest';
import { makeFirstSymbol } from '../../../src/engine/tasks/memory.ts';
import { classTargets, expectAllRowsOneHot, expectPartition, hotIndex, row, sameDataset } from './check.ts';

describe('memory (first symbol)', () => {
  it('makes sequences of distance + 1 steps with k symbol channels and one distractor channel', () => {
    const ds = makeFirstSymbol({ symbols: 3, distance: 30, count: 60 }, 1);
    expect([ds.n, ds.T, ds.inputSize]).toEqual([60, 31, 4]);
    expect(ds.inputLabels).toEqual(['A', 'B', 'C', '·']);
    expectAllRowsOneHot(ds);
  });

  it('labels each sequence with the symbol shown at t = 0 and shows only the distractor after', () => {
    const ds = makeFirstSymbol({ symbols: 4, distance: 12, count: 40 }, 2);
    const y = classTargets(ds);
    for (let i = 0; i < ds.n; i++) {
      expect(hotIndex(row(ds, i, 0))).toBe(y[i]);
      for (let t = 1; t < ds.T; t++) expect(hotIndex(row(ds, i, t))).toBe(4);
    }
  });

  it('balances the classes so chance accuracy is 1/k', () => {
    const y = classTargets(makeFirstSymbol({ symbols: 4, count: 100 }, 3));
    const counts = [0, 1, 2, 3].map((c) => y.filter((v) => v === c).length);
    expect(counts).toEqual([25, 25, 25, 25]);
  });

  it('adds noise only after t = 0 when asked', () => {
    const ds = makeFirstSymbol({ noise: 0.1, count: 20, distance: 5 }, 4);
    const y = classTargets(ds);
    for (let i = 0; i < ds.n; i++) expect(hotIndex(row(ds, i, 0))).toBe(y[i]);
    expect(row(ds, 0, 1).some((v) => v !== 0 && v !== 1)).toBe(true);
  });

  it('is deterministic per seed and holds out 20%', () => {
    const a = makeFirstSymbol({}, 5);
    expect(sameDataset(makeFirstSymbol({}, 5), a)).toBe(true);
    expect(classTargets(makeFirstSymbol({}, 6))).not.toEqual(classTargets(a));
    expect(a.heldOut.length).toBe(Math.round(256 * 0.2));
    expectPartition(a);
  });

  it('allows distances from 2 to 100 and says so otherwise', () => {
    expect(makeFirstSymbol({ distance: 100, count: 16 }, 1).T).toBe(101);
    expect(() => makeFirstSymbol({ distance: 101 }, 1)).toThrow('first-symbol: distance must be an integer from 2 to 100 (got 101).');
    expect(() => makeFirstSymbol({ symbols: 1 }, 1)).toThrow('first-symbol: symbols must be an integer from 2 to 8 (got 1).');
  });
});
