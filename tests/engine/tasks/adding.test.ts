import { describe, expect, it } from 'vitest';
import { ADDING_BASELINE_MSE, makeAdding } from '../../../src/engine/tasks/adding.ts';
import { expectPartition, regressionTargets, row, sameNumbers } from './check.ts';

describe('adding', () => {
  it('makes two-channel sequences with one regression target each', () => {
    const ds = makeAdding({ length: 20, count: 50 }, 1);
    expect([ds.n, ds.T, ds.inputSize]).toEqual([50, 20, 2]);
    expect(regressionTargets(ds).length).toBe(50);
  });

  it('marks exactly two steps, one in each half, and targets the sum of their values', () => {
    const ds = makeAdding({ length: 21, count: 200 }, 2);
    const y = regressionTargets(ds);
    for (let i = 0; i < ds.n; i++) {
      const marked: number[] = [];
      let sum = 0;
      for (let t = 0; t < ds.T; t++) {
        const [value, marker] = row(ds, i, t) as [number, number];
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
        expect([0, 1]).toContain(marker);
        if (marker === 1) {
          marked.push(t);
          sum += value;
        }
      }
      expect(marked.length).toBe(2);
      expect(marked[0]).toBeLessThan(10);
      expect(marked[1]).toBeGreaterThanOrEqual(10);
      expect(y[i]).toBe(sum);
    }
  });

  it('has target variance near 1/6, the MSE of always answering 1', () => {
    const y = regressionTargets(makeAdding({ count: 4000 }, 3));
    const mse = y.reduce((a, v) => a + (v - 1) ** 2, 0) / y.length;
    expect(Math.abs(mse - ADDING_BASELINE_MSE)).toBeLessThan(0.015);
  });

  it('is deterministic per seed and holds out 20%', () => {
    const a = makeAdding({}, 4);
    expect(sameNumbers(makeAdding({}, 4).x, a.x)).toBe(true);
    expect(sameNumbers(makeAdding({}, 5).x, a.x)).toBe(false);
    expect(a.heldOut.length).toBe(Math.round(512 * 0.2));
    expectPartition(a);
  });

  it('names the option and range when an option is out of range', () => {
    expect(() => makeAdding({ length: 3 }, 1)).toThrow('adding: length must be an integer from 4 to 200 (got 3).');
  });
});
