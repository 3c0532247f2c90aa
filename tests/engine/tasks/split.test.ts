import { describe, expect, it } from 'vitest';
import { heldOutCount, randomSplit, tailSplit } from '../../../src/engine/tasks/split.ts';
import { sameNumbers } from './check.ts';

function expectPartitionOf(n: number, s: { train: Int32Array; heldOut: Int32Array }): void {
  expect([...s.train, ...s.heldOut].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
}

describe('split', () => {
  it('holds out round(n × fraction), at least one when asked and never everything', () => {
    expect(heldOutCount(90, 0)).toBe(0);
    expect(heldOutCount(90, 0.2)).toBe(18);
    expect(heldOutCount(3, 0.01)).toBe(1);
    expect(heldOutCount(2, 0.5)).toBe(1);
    expect(heldOutCount(1, 0.5)).toBe(0);
  });

  it('splits at random into two ascending lists covering every index once', () => {
    const s = randomSplit(100, 0.2, 7);
    expect(s.heldOut.length).toBe(20);
    expectPartitionOf(100, s);
    expect([...s.heldOut]).toEqual([...s.heldOut].sort((a, b) => a - b));
    expect([...s.train]).toEqual([...s.train].sort((a, b) => a - b));
  });

  it('gives the same split for the same seed and a different one for another seed', () => {
    expect(randomSplit(100, 0.2, 7)).toEqual(randomSplit(100, 0.2, 7));
    expect(sameNumbers(randomSplit(100, 0.2, 7).heldOut, randomSplit(100, 0.2, 8).heldOut)).toBe(false);
  });

  it('holds out the last samples for a tail split', () => {
    const s = tailSplit(10, 0.3);
    expect(Array.from(s.train)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Array.from(s.heldOut)).toEqual([7, 8, 9]);
  });
});
