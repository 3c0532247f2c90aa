import { describe, expect, it } from 'vitest';
import { activations, sigmoid } from '../../src/engine/activations.ts';
import { relErr } from './helpers/fd.ts';

const POINTS = [-3.2, -1, -0.25, 0.1, 0.7, 2.5];

describe('activations', () => {
  for (const a of Object.values(activations)) {
    it(`gives ${a.name}'s derivative equal to a central difference of f`, () => {
      for (const x of POINTS) {
        const eps = 1e-6;
        const numeric = (a.f(x + eps) - a.f(x - eps)) / (2 * eps);
        expect(relErr(a.df(x), numeric)).toBeLessThan(1e-8);
      }
    });

    it(`gives the same ${a.name} derivative from the output as from the input`, () => {
      for (const x of POINTS) expect(a.dfFromOutput(a.f(x))).toBeCloseTo(a.df(x), 14);
    });

    it(`reports γ = sup |f′| for ${a.name} (checked on a dense grid)`, () => {
      let max = 0;
      for (let x = -10; x <= 10; x += 1e-3) max = Math.max(max, Math.abs(a.df(x)));
      expect(max).toBeLessThanOrEqual(a.gamma);
      expect(max).toBeGreaterThan(a.gamma * (1 - 1e-6));
    });
  }

  it('matches the closed forms tanh(0) = 0, σ(0) = 1/2, relu(−1) = 0 and σ(x) + σ(−x) = 1', () => {
    expect(activations.tanh.f(0)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
    expect(activations.relu.f(-1)).toBe(0);
    for (const x of POINTS) expect(sigmoid(x) + sigmoid(-x)).toBeCloseTo(1, 15);
  });
});
