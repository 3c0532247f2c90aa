import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.ts';
import { createRecurrent } from '../../src/engine/recurrentConfig.ts';
import { scaleRecurrent, spectralNorm } from '../../src/engine/spectral.ts';
import { randomArray } from './helpers/fd.ts';
import { largestSingularValue } from './helpers/linalg.ts';

describe('spectral', () => {
  it('gives max |d_i| for a diagonal matrix', () => {
    const A = Float64Array.from([0.5, 0, 0, 0, -2, 0, 0, 0, 1.5]);
    expect(spectralNorm(A, 3, 3)).toBeCloseTo(2, 12);
  });

  it('agrees with the Jacobi eigenvalues of AᵀA for rectangular random matrices', () => {
    for (const [r, c, seed] of [[5, 7, 1], [7, 5, 2], [12, 12, 3], [1, 4, 4]] as const) {
      const A = randomArray(r * c, seed);
      expect(spectralNorm(A, r, c)).toBeCloseTo(largestSingularValue(A, r, c), 10);
    }
  });

  it('never overestimates: every truncated power iteration is a lower bound that grows', () => {
    const A = randomArray(8 * 8, 9);
    const truth = largestSingularValue(A, 8, 8);
    let prev = 0;
    for (let it = 1; it <= 30; it++) {
      const est = spectralNorm(A, 8, 8, { iterations: it, tolerance: 0 });
      expect(est).toBeLessThanOrEqual(truth * (1 + 1e-12));
      expect(est).toBeGreaterThanOrEqual(prev * (1 - 1e-12));
      prev = est;
    }
  });

  it('rescales every H×H gate block of weight_hh to the requested spectral norm', () => {
    const rec = createRecurrent({
      mode: 'LSTM', inputSize: 1, hiddenSize: 6, numLayers: 2, bias: true,
      batchFirst: true, dropout: 0, bidirectional: true,
    }, createRng(3));
    scaleRecurrent(rec, 1.7);
    for (const n of rec.names.filter((k) => k.startsWith('weight_hh'))) {
      const w = rec.params[n] as Float64Array;
      for (let g = 0; g < 4; g++) {
        expect(largestSingularValue(w.subarray(g * 36, (g + 1) * 36), 6, 6)).toBeCloseTo(1.7, 8);
      }
    }
  });
});
