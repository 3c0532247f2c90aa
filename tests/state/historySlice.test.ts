import { describe, expect, it } from 'vitest';
import { appendPoint, EMPTY_HISTORY, MAX_POINTS } from '../../src/state/historySlice.ts';

describe('loss history', () => {
  it('stays within MAX_POINTS over a long run, evenly thinned, first and last kept', () => {
    let h = EMPTY_HISTORY;
    for (let s = 0; s <= 10_000; s++) h = appendPoint(h, s, 1 / (s + 1), null);
    expect(h.step.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(h.step.length).toBeGreaterThan(MAX_POINTS / 2);
    expect(h.step[0]).toBe(0);
    expect(h.step.at(-1)).toBe(10_000);
    // Evenly sampled: every gap but the newest (the live tail) is the same stride.
    const gaps = h.step.slice(1, -1).map((s, i) => s - (h.step[i] ?? 0));
    expect(new Set(gaps).size).toBe(1);
    expect(h.loss.length).toBe(h.step.length);
    expect(h.heldOut.every(Number.isNaN)).toBe(true);
  });

  it('replaces the tail when a point arrives at or before the last step', () => {
    let h = EMPTY_HISTORY;
    for (const s of [0, 5, 10]) h = appendPoint(h, s, s, s);
    h = appendPoint(h, 5, 99, 1);
    expect(h).toEqual({ step: [0, 5], loss: [0, 99], heldOut: [0, 1], stride: 1 });
  });
});
