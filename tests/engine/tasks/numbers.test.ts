import { describe, expect, it } from 'vitest';
import { makeNumbers, validateNumbersInput } from '../../../src/engine/tasks/numbers.ts';
import { expectPartition, regressionTargets, sameNumbers } from './check.ts';

describe('numbers', () => {
  it('makes count sequences of `length` terms with one target each', () => {
    const ds = makeNumbers({ count: 50, length: 4 }, 1);
    expect([ds.n, ds.T, ds.inputSize]).toEqual([50, 4, 1]);
    expect(regressionTargets(ds).length).toBe(50);
  });

  it('makes arithmetic sequences whose target is the next term', () => {
    const ds = makeNumbers({ count: 100, length: 5, decreasing: 1 }, 2);
    const y = regressionTargets(ds);
    for (let i = 0; i < ds.n; i++) {
      const terms = Array.from(ds.x.subarray(i * 5, i * 5 + 5));
      const d = terms[1]! - terms[0]!;
      for (let t = 1; t < 5; t++) expect(terms[t]! - terms[t - 1]!).toBeCloseTo(d, 12);
      expect(y[i]).toBeCloseTo(terms[4]! + d, 12);
      expect(Math.abs(d)).toBeGreaterThanOrEqual(0.05 - 1e-12);
      expect(Math.abs(d)).toBeLessThanOrEqual(0.2);
    }
  });

  it('counts only upward unless decreasing sequences are asked for', () => {
    const up = makeNumbers({ count: 100 }, 3);
    for (let i = 0; i < up.n; i++) expect(up.x[i * 3 + 1]! > up.x[i * 3]!).toBe(true);
    const mixed = makeNumbers({ count: 100, decreasing: 1 }, 3);
    const down = Array.from({ length: 100 }, (_, i) => mixed.x[i * 3 + 1]! < mixed.x[i * 3]!).filter(Boolean).length;
    expect(down).toBeGreaterThan(20);
    expect(down).toBeLessThan(80);
  });

  it('holds out 20% by default and is deterministic per seed', () => {
    const ds = makeNumbers({}, 4);
    expect(ds.heldOut.length).toBe(40);
    expectPartition(ds);
    expect(sameNumbers(makeNumbers({}, 4).x, ds.x)).toBe(true);
    expect(sameNumbers(makeNumbers({}, 5).x, ds.x)).toBe(false);
  });

  it('names the option and range when an option is out of range', () => {
    expect(() => makeNumbers({ length: 1 }, 1)).toThrow('numbers: length must be an integer from 2 to 20 (got 1).');
  });

  it('reads a typed sequence for the try-it box', () => {
    const r = validateNumbersInput(' 0.1, 0.2 0.3 ', 3);
    expect(r.ok && Array.from(r.x)).toEqual([0.1, 0.2, 0.3]);
    expect(validateNumbersInput('0.1, 0.2', 3)).toMatchObject({ ok: false, code: 'length', message: 'Type exactly 3 numbers (got 2).' });
    expect(validateNumbersInput('0.1, x, 3', 3)).toMatchObject({ ok: false, code: 'unknown-symbol', message: '"x" is not a number.' });
    expect(validateNumbersInput('', 3)).toMatchObject({ ok: false, code: 'empty' });
  });
});
