import { describe, expect, it } from 'vitest';
import { encodeDigits, makeReverse, validateDigitsInput } from '../../../src/engine/tasks/reverse.ts';
import { classTargets, expectAllRowsOneHot, expectPartition, tokenAt, sameNumbers } from './check.ts';

describe('reverse', () => {
  it('makes one-hot sequences of 2·maxLength + 1 steps over 10 digits, "|" and "_"', () => {
    const ds = makeReverse({ minLength: 3, maxLength: 6, count: 100 }, 1);
    expect([ds.n, ds.T, ds.inputSize]).toEqual([100, 13, 12]);
    expect(ds.arrangement).toBe('many-to-many');
    expectAllRowsOneHot(ds);
  });

  it('ignores the first L + 1 steps and then targets the input digits reversed', () => {
    const ds = makeReverse({ count: 200 }, 2);
    const y = classTargets(ds);
    const lengths = new Set<number>();
    for (let i = 0; i < ds.n; i++) {
      const tokens = Array.from({ length: ds.T }, (_, t) => tokenAt(ds, i, t));
      const L = tokens.indexOf('|');
      lengths.add(L);
      const digits = tokens.slice(0, L);
      expect(digits.every((d) => /^[0-9]$/.test(d))).toBe(true);
      expect(tokens.slice(L + 1).every((tok) => tok === '_')).toBe(true);
      const targets = Array.from(y.subarray(i * ds.T, (i + 1) * ds.T));
      expect(targets.slice(0, L + 1)).toEqual(Array(L + 1).fill(-1));
      expect(targets.slice(L + 1, 2 * L + 1).map(String)).toEqual([...digits].reverse());
      expect(targets.slice(2 * L + 1)).toEqual(Array(ds.T - 2 * L - 1).fill(-1));
    }
    expect([...lengths].sort()).toEqual([3, 4, 5, 6]);
  });

  it('is deterministic per seed and holds out 20%', () => {
    const a = makeReverse({}, 3);
    expect(sameNumbers(makeReverse({}, 3).x, a.x)).toBe(true);
    expect(sameNumbers(makeReverse({}, 4).x, a.x)).toBe(false);
    expect(a.heldOut.length).toBe(Math.round(512 * 0.2));
    expectPartition(a);
  });

  it('rejects a minimum longer than the maximum', () => {
    expect(() => makeReverse({ minLength: 5, maxLength: 4 }, 1)).toThrow('reverse: minLength must not exceed maxLength (got 5 > 4).');
  });

  it('encodes a typed digit string the way training samples are laid out', () => {
    const ds = makeReverse({ minLength: 3, maxLength: 3, count: 16 }, 5);
    const first = Array.from({ length: 3 }, (_, t) => tokenAt(ds, 0, t)).join('');
    expect(Array.from(encodeDigits(first, 3))).toEqual(Array.from(ds.x.subarray(0, ds.T * ds.inputSize)));
    const r = validateDigitsInput('3 1 4', 3, 6);
    expect(r.ok && r.digits).toBe('314');
    expect(validateDigitsInput('31a', 3, 6)).toMatchObject({ ok: false, code: 'unknown-symbol', message: '"a" is not a digit; use 0–9 only.' });
    expect(validateDigitsInput('3141592', 3, 6)).toMatchObject({ ok: false, code: 'length', message: 'Type 3 to 6 digits (got 7).' });
  });
});
