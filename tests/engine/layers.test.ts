import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.ts';
import { createLinear, linearBackward, linearForward } from '../../src/engine/layers.ts';
import { randomArray } from './helpers/fd.ts';
import { describeReport, worstGradError } from './helpers/gradcheck.ts';
import { dot } from './helpers/reference.ts';

describe('layers', () => {
  it('computes y = x·Wᵀ + b row by row', () => {
    const lin = createLinear(3, 2, createRng(1));
    lin.params.weight?.set([1, 2, 3, -1, 0, 0.5]);
    lin.params.bias?.set([0.25, -2]);
    const x = Float64Array.from([1, 1, 1, 2, 0, -2]);
    const y = new Float64Array(4);
    linearForward(lin, 2, x, 0, 3, y);
    expect(Array.from(y)).toEqual([6.25, -2.5, -3.75, -5]);
  });

  it('reads strided rows, as the many-to-one head reads the last step of every sequence', () => {
    const lin = createLinear(2, 1, createRng(1));
    lin.params.weight?.set([1, 10]);
    lin.params.bias?.set([0]);
    // two sequences of 3 steps × 2 features; the last step of each starts at 4 and 10
    const x = Float64Array.from([0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 3, 4]);
    const y = new Float64Array(2);
    linearForward(lin, 2, x, 4, 6, y);
    expect(Array.from(y)).toEqual([21, 43]);
  });

  it('matches finite differences for weight, bias and input', () => {
    const lin = createLinear(4, 3, createRng(2));
    const rows = 5;
    const x = randomArray(rows * 4, 3);
    const wy = randomArray(rows * 3, 4);
    const y = new Float64Array(rows * 3);
    const loss = (): number => {
      linearForward(lin, rows, x, 0, 4, y);
      return dot(y, wy);
    };
    const dx = new Float64Array(rows * 4);
    linearBackward(lin, rows, x, 0, 4, wy, lin.grads, dx, 0, 4);
    for (const r of [
      worstGradError('weight', lin.params.weight as Float64Array, lin.grads.weight as Float64Array, loss),
      worstGradError('bias', lin.params.bias as Float64Array, lin.grads.bias as Float64Array, loss),
      worstGradError('x', x, dx, loss),
    ]) expect(r.err, describeReport(r)).toBeLessThan(1e-6);
  });

  it('initialises weight and bias within ±1/sqrt(in_features), like nn.Linear', () => {
    const lin = createLinear(64, 8, createRng(5));
    const bound = 1 / 8;
    for (const n of ['weight', 'bias']) {
      for (const w of lin.params[n] ?? []) expect(Math.abs(w)).toBeLessThan(bound);
    }
    expect(lin.shapes).toEqual({ weight: [8, 64], bias: [8] });
  });
});
