import { describe, expect, it } from 'vitest';
import { expFast, sigmoidArray, sigmoidFast, tanhArray, tanhFast } from '../../src/engine/fastMath.ts';
import { activations, sigmoid } from '../../src/engine/activations.ts';
import { randomArray } from './helpers/fd.ts';

/** The cells' activations must stay interchangeable with the library functions in float64. */
const REL = 1e-15;

function relErr(a: number, b: number): number {
  if (a === b) return 0; // also ±Infinity
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

/** n deterministic points: uniform in [lo, hi], plus log-uniform magnitudes 1e-12…hi of both signs. */
function sweep(lo: number, hi: number, n: number, seed: number): number[] {
  const u = randomArray(2 * n, seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(lo + ((u[i] ?? 0) + 1) * 0.5 * (hi - lo));
    const mag = Math.exp(Math.log(1e-12) + ((u[n + i] ?? 0) + 1) * 0.5 * (Math.log(hi) - Math.log(1e-12)));
    out.push(i % 2 === 0 ? mag : -mag);
  }
  return out;
}

function worst(f: (x: number) => number, ref: (x: number) => number, xs: readonly number[]): { x: number; err: number } {
  let w = { x: NaN, err: 0 };
  for (const x of xs) {
    const err = relErr(f(x), ref(x));
    if (!(err <= w.err)) w = { x, err };
  }
  return w;
}

describe('fastMath', () => {
  it('expFast agrees with Math.exp to 1e-15 relative from underflow to overflow', () => {
    const w = worst(expFast, Math.exp, sweep(-745, 709.7, 50000, 1));
    expect(w.err, `at x = ${w.x}`).toBeLessThan(REL);
  });

  it('expFast keeps the edge cases of Math.exp', () => {
    for (const x of [0, -0, 1e-300, -1e-300, 700, 709.7, 710, -700, -745, -746, Infinity, -Infinity]) {
      expect(relErr(expFast(x), Math.exp(x)), `x = ${x}`).toBeLessThan(REL);
    }
    expect(expFast(NaN)).toBeNaN();
  });

  it('tanhFast agrees with Math.tanh to 1e-15 relative, small arguments included', () => {
    const w = worst(tanhFast, Math.tanh, sweep(-25, 25, 50000, 2));
    expect(w.err, `at x = ${w.x}`).toBeLessThan(REL);
  });

  it('tanhFast keeps signed zeros, saturates to ±1 and passes NaN through', () => {
    expect(Object.is(tanhFast(0), 0)).toBe(true);
    expect(Object.is(tanhFast(-0), -0)).toBe(true);
    expect(tanhFast(5e-324)).toBe(5e-324);
    for (const x of [19, 19.06, 19.1, 20, 21, 1e300, Infinity]) {
      expect(tanhFast(x), `x = ${x}`).toBe(Math.tanh(x));
      expect(tanhFast(-x), `x = ${-x}`).toBe(Math.tanh(-x));
    }
    expect(tanhFast(NaN)).toBeNaN();
  });

  it('sigmoidFast agrees with the reference sigmoid to 1e-15 relative and saturates like it', () => {
    const w = worst(sigmoidFast, sigmoid, sweep(-60, 60, 50000, 3));
    expect(w.err, `at x = ${w.x}`).toBeLessThan(REL);
    for (const x of [-800, -710, 710, 800, Infinity, -Infinity]) expect(sigmoidFast(x), `x = ${x}`).toBe(sigmoid(x));
  });

  it('applies the activation over a range with offsets, in place or into another array', () => {
    const src = randomArray(20, 4).map((v) => 6 * v);
    const dst = new Float64Array(25).fill(7);
    tanhArray(src, 3, dst, 5, 12);
    for (let i = 0; i < 25; i++) {
      const expected = i >= 5 && i < 17 ? activations.tanh.f(src[i - 2] ?? NaN) : 7;
      expect(relErr(dst[i] ?? NaN, expected)).toBeLessThan(REL);
    }
    const inPlace = src.slice();
    sigmoidArray(inPlace, 2, inPlace, 2, 10);
    for (let i = 0; i < 20; i++) {
      const expected = i >= 2 && i < 12 ? activations.sigmoid.f(src[i] ?? NaN) : src[i] ?? NaN;
      expect(relErr(inPlace[i] ?? NaN, expected)).toBeLessThan(REL);
    }
  });
});
