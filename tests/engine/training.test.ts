import { describe, expect, it } from 'vitest';
import { createRng, permutation } from '../../src/engine/rng.ts';
import { createModel, evaluateLoss, trainStep, type Batch } from '../../src/engine/model.ts';
import { createAdam } from '../../src/engine/optim.ts';

// The lecture's example (seed 000): nn.RNN(1, 64, num_layers=2, batch_first=True) + Linear on the
// last step, windows of 10 over a noisy sine, batches of 8, Adam. Data built inline so this test
// depends on nothing but the engine core.
function sineData(seed: number): { all: Batch; windows: number } {
  const points = 100;
  const nTime = 10;
  const rng = createRng(seed);
  const series: number[] = [];
  for (let i = 0; i < points; i++) series.push(Math.sin(-2 * Math.PI + (4 * Math.PI * i) / (points - 1)) + 0.1 * rng.normal());
  const n = points - nTime;
  const x = new Float64Array(n * nTime);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < nTime; t++) x[i * nTime + t] = series[i + t] ?? NaN;
    y[i] = series[i + nTime] ?? NaN;
  }
  return { all: { x, B: n, T: nTime, y }, windows: n };
}

describe('training', () => {
  it("trains the lecture's sine model from MSE > 0.3 to < 0.02 on the full data set", () => {
    const { all, windows } = sineData(1234);
    const model = createModel({
      mode: 'RNN_TANH', inputSize: 1, hiddenSize: 64, numLayers: 2, bidirectional: false,
      bias: true, dropout: 0, outputSize: 1, head: 'last', loss: 'mse',
    }, 7);
    const opt = createAdam(model.params, { lr: 0.01 });
    const before = evaluateLoss(model, all);
    const shuffle = createRng(42);
    const batches: Batch[] = [];
    let after = before;
    let epochs = 0;
    for (; epochs < 40 && after >= 0.02; epochs++) {
      const perm = permutation(windows, shuffle);
      for (let s = 0, k = 0; s < windows; s += 8, k++) {
        const idx = perm.subarray(s, Math.min(s + 8, windows));
        const b = batches[k] ?? { x: new Float64Array(8 * 10), B: 8, T: 10, y: new Float64Array(8) };
        batches[k] = b;
        // DataLoader(drop_last=False): the last batch of the epoch is short.
        const B = idx.length;
        const batch = B === 8 ? b : { x: new Float64Array(B * 10), B, T: 10, y: new Float64Array(B) };
        idx.forEach((i, r) => {
          batch.x.set(all.x.subarray(i * 10, i * 10 + 10), r * 10);
          batch.y[r] = all.y[i] ?? NaN;
        });
        trainStep(model, opt, batch);
      }
      after = evaluateLoss(model, all);
    }
    expect(before).toBeGreaterThan(0.3);
    expect(after, `after ${epochs} epochs`).toBeLessThan(0.02);
  });
});
