import { describe, expect, it } from 'vitest';
import { cursorAt, positionOf, rowStep, stepState } from '../../../src/panels/Equations/cursor.ts';
import { fmt, fmtNorm, parseShown, texNum } from '../../../src/panels/Equations/format.ts';

describe('cursor', () => {
  it('walks the initial state, then t = 1…T forward, then t = T…1 backward', () => {
    const T = 3;
    const walk = Array.from({ length: 2 * T + 1 }, (_, p) => cursorAt(p, T));
    expect(walk.map((c) => `${c.phase[0]}${c.t}`)).toEqual(['i0', 'f1', 'f2', 'f3', 'b3', 'b2', 'b1']);
    walk.forEach((c, p) => expect(positionOf(c, T)).toBe(p));
    expect(cursorAt(99, T)).toEqual({ phase: 'backward', t: 1 });
    expect(cursorAt(-4, T)).toEqual({ phase: 'initial', t: 0 });
  });

  it('runs a reverse row the other way in both passes', () => {
    const fwd = { layer: 0, direction: 0 };
    const rev = { layer: 0, direction: 1 };
    expect(rowStep(rev, 1, 5)).toBe(5);
    const states = (row: typeof fwd, c: ReturnType<typeof cursorAt>): string =>
      [1, 2, 3, 4, 5].map((s) => stepState(row, s, c, 5)[0]).join('');
    expect(states(fwd, { phase: 'forward', t: 2 })).toBe('dcfff');
    expect(states(rev, { phase: 'forward', t: 2 })).toBe('fffcd');
    expect(states(fwd, { phase: 'backward', t: 4 })).toBe('fffcd');
    expect(states(rev, { phase: 'backward', t: 4 })).toBe('dcfff');
  });
});

describe('number format', () => {
  it('prints three decimals, a real minus sign and scientific notation for vanishing values', () => {
    expect(fmt(0.12345)).toBe('0.123');
    expect(fmt(-0.0456)).toBe('−0.046');
    expect(fmt(-0.0001)).toBe('−1.00e−4');
    expect(fmt(-0)).toBe('0.000');
    expect(texNum(-0.0456)).toBe('-0.046');
    expect(texNum(2.5e-7)).toBe('2.50{\\times}10^{-7}');
    expect(fmtNorm(0.0321)).toBe('0.032');
    expect(fmtNorm(4.2e-5)).toBe('4.2e−5');
    for (const v of [0.5, -0.0456, 3e-6, -1234.5]) expect(Math.abs(parseShown(fmt(v)) - v)).toBeLessThanOrEqual(Math.abs(v) * 0.005 + 0.0005);
  });
});
