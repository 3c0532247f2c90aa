import { describe, expect, it } from 'vitest';
import {
  clipGradNorm, contiguousView, createAdam, createSgd, gradNorm, optimizerStep, optimizerStepWithNorm,
} from '../../src/engine/optim.ts';
import { randomArray } from './helpers/fd.ts';

describe('optim', () => {
  it("moves every parameter by lr·sign(g) on Adam's first step (up to eps)", () => {
    const params = { w: Float64Array.from([1, -2, 0.5, 3]) };
    const grads = { w: Float64Array.from([0.3, -1e-3, 40, -7]) };
    const before = params.w.slice();
    const opt = createAdam(params, { lr: 0.01 });
    optimizerStep(opt, params, grads);
    for (let i = 0; i < 4; i++) {
      const g = grads.w[i] ?? NaN;
      // m̂ = g and v̂ = g², so the step is lr·g/(|g| + eps) exactly.
      const expected = (before[i] ?? NaN) - (0.01 * g) / (Math.abs(g) + 1e-8);
      expect(params.w[i]).toBeCloseTo(expected, 15);
      expect(Math.abs((params.w[i] ?? NaN) - (before[i] ?? NaN))).toBeCloseTo(0.01, 5);
    }
  });

  it("follows Adam's bias-corrected second step in closed form", () => {
    const params = { w: Float64Array.from([0]) };
    const opt = createAdam(params, { lr: 0.1 });
    optimizerStep(opt, params, { w: Float64Array.from([1]) });
    optimizerStep(opt, params, { w: Float64Array.from([3]) });
    const m = 0.9 * 0.1 * 1 + 0.1 * 3;
    const v = 0.999 * 0.001 * 1 + 0.001 * 9;
    const step2 = (0.1 / (1 - 0.81)) * m / (Math.sqrt(v) / Math.sqrt(1 - 0.999 ** 2) + 1e-8);
    expect(params.w[0]).toBeCloseTo(-0.1 / (1 + 1e-8) - step2, 14);
  });

  it('follows (1 − lr·a)^n on the quadratic a·p²/2 without momentum', () => {
    const a = 3;
    const params = { p: Float64Array.from([2]) };
    const grads = { p: new Float64Array(1) };
    const opt = createSgd(params, { lr: 0.1 });
    for (let n = 0; n < 20; n++) {
      grads.p[0] = a * (params.p[0] ?? NaN);
      optimizerStep(opt, params, grads);
    }
    expect(params.p[0]).toBeCloseTo(2 * (1 - 0.1 * a) ** 20, 14);
  });

  it('matches the heavy-ball closed form on a quadratic with momentum (PyTorch buffer starts at g)', () => {
    // p_{n+1} = p_n − lr·b_n, b_n = μ·b_{n−1} + a·p_n with b_{−1} = 0: a linear recurrence
    // [p; b] ← M·[p; b] solved here through the eigenvalues of M.
    const a = 2;
    const lr = 0.05;
    const mu = 0.9;
    const params = { p: Float64Array.from([1]) };
    const grads = { p: new Float64Array(1) };
    const opt = createSgd(params, { lr, momentum: mu });
    const steps = 15;
    for (let n = 0; n < steps; n++) {
      grads.p[0] = a * (params.p[0] ?? NaN);
      optimizerStep(opt, params, grads);
    }
    // p_{n+1} = (1 + μ − lr·a)·p_n − μ·p_{n−1}: roots r± of r² − (1 + μ − lr·a)r + μ = 0.
    const s = 1 + mu - lr * a;
    const disc = s * s - 4 * mu; // < 0 here: complex roots ρe^{±iθ}
    const rho = Math.sqrt(mu);
    const theta = Math.atan2(Math.sqrt(-disc) / 2, s / 2);
    // p_0 = 1, p_1 = 1 − lr·a (first step: b_0 = a·p_0) fix the two constants.
    const p1 = 1 - lr * a;
    const A = 1;
    const Bc = (p1 / rho - Math.cos(theta)) / Math.sin(theta);
    const closed = rho ** steps * (A * Math.cos(steps * theta) + Bc * Math.sin(steps * theta));
    expect(params.p[0]).toBeCloseTo(closed, 13);
  });

  it('uses the learning rate set between steps (live hyperparameters)', () => {
    const params = { w: Float64Array.from([0]) };
    const opt = createSgd(params, { lr: 1 });
    optimizerStep(opt, params, { w: Float64Array.from([1]) });
    opt.lr = 0.25;
    optimizerStep(opt, params, { w: Float64Array.from([1]) });
    expect(params.w[0]).toBe(-1.25);
  });

  it('returns the pre-clip total norm and scales the gradients to max_norm', () => {
    const grads = { a: Float64Array.from([3, 0]), b: Float64Array.from([4, 12]) };
    const total = clipGradNorm(grads, ['a', 'b'], 6.5);
    expect(total).toBe(13);
    const coef = 6.5 / (13 + 1e-6);
    expect(Array.from(grads.a)).toEqual([3 * coef, 0]);
    expect(gradNorm(grads, ['a', 'b'])).toBeCloseTo(6.5, 6);
  });

  /** The same parameters and gradients twice: as separate arrays, and as views of one buffer each. */
  function twoLayouts(sizes: readonly number[], seed: number) {
    const names = sizes.map((_, i) => `p${i}`);
    const total = sizes.reduce((a, b) => a + b, 0);
    const flatP = randomArray(total, seed);
    const flatG = new Float64Array(total);
    const sepP: Record<string, Float64Array> = {};
    const sepG: Record<string, Float64Array> = {};
    const viewP: Record<string, Float64Array> = {};
    const viewG: Record<string, Float64Array> = {};
    let o = 0;
    sizes.forEach((n, i) => {
      const k = names[i] ?? '';
      viewP[k] = flatP.subarray(o, o + n);
      viewG[k] = flatG.subarray(o, o + n);
      sepP[k] = viewP[k].slice();
      sepG[k] = new Float64Array(n);
      o += n;
    });
    const setGrads = (step: number): void => {
      const g = randomArray(total, seed + 100 + step);
      flatG.set(g);
      let q = 0;
      for (const k of names) {
        const a = sepG[k] as Float64Array;
        a.set(g.subarray(q, q + a.length));
        q += a.length;
      }
    };
    return { names, sepP, sepG, viewP, viewG, setGrads };
  }

  it('updates one-buffer parameters exactly as separate arrays, and reports the gradient norm', () => {
    for (const make of [
      (p: Record<string, Float64Array>) => createAdam(p, { lr: 0.01 }),
      (p: Record<string, Float64Array>) => createSgd(p, { lr: 0.1, momentum: 0.9 }),
    ]) {
      const t = twoLayouts([6, 1, 12, 5], 3);
      expect(contiguousView(t.viewP, t.names)?.length).toBe(24);
      expect(contiguousView(t.sepP, t.names)).toBeNull();
      const a = make(t.sepP);
      const b = make(t.viewP);
      for (let step = 0; step < 4; step++) {
        t.setGrads(step);
        optimizerStep(a, t.sepP, t.sepG);
        const norm = optimizerStepWithNorm(b, t.viewP, t.viewG);
        expect(norm).toBeCloseTo(gradNorm(t.sepG, t.names), 14);
        // Same formula per entry on either path: bitwise equal, not just close.
        for (const k of t.names) expect(Array.from(t.viewP[k] ?? [])).toEqual(Array.from(t.sepP[k] ?? []));
      }
    }
  });

  it('follows a parameter record whose arrays were swapped between steps', () => {
    const t = twoLayouts([3, 4], 5);
    const opt = createAdam(t.viewP, { lr: 0.1 });
    t.setGrads(0);
    optimizerStep(opt, t.viewP, t.viewG);
    // Replace one tensor by a separate array: the update must land there, not in the old buffer.
    const old = t.viewP.p1 as Float64Array;
    const before = old.slice();
    const fresh = old.slice();
    t.viewP.p1 = fresh;
    t.setGrads(1);
    optimizerStep(opt, t.viewP, t.viewG);
    expect(Array.from(old)).toEqual(Array.from(before));
    expect(fresh.some((v, i) => v !== before[i])).toBe(true);
  });

  it('leaves gradients alone when their norm is below max_norm', () => {
    const grads = { a: Float64Array.from([0.3, 0.4]) };
    expect(clipGradNorm(grads, ['a'], 1)).toBeCloseTo(0.5, 15);
    expect(Array.from(grads.a)).toEqual([0.3, 0.4]);
  });
});
