import { describe, expect, it } from 'vitest';
import {
  createModel, evaluateLoss, lossAndGrad, predict, trainStep, type Batch, type ModelConfig,
} from '../../src/engine/model.ts';
import { createAdam, createSgd } from '../../src/engine/optim.ts';
import { randomArray } from './helpers/fd.ts';
import { describeReport, worstGradError } from './helpers/gradcheck.ts';

const B = 3;
const T = 4;

function batchFor(cfg: ModelConfig, seed: number): Batch {
  const x = randomArray(B * T * cfg.inputSize, seed);
  const rowsY = cfg.head === 'last' ? B : B * T;
  if (cfg.loss === 'ce') {
    const y = new Int32Array(rowsY);
    for (let i = 0; i < rowsY; i++) y[i] = i % 4 === 1 ? -1 : (i * 7 + seed) % cfg.outputSize;
    return { x, B, T, y };
  }
  return { x, B, T, y: randomArray(rowsY * cfg.outputSize, seed + 1) };
}

const CONFIGS: [string, ModelConfig][] = [
  ['LSTM, 2 layers, head last, MSE, 2 outputs', {
    mode: 'LSTM', inputSize: 2, hiddenSize: 3, numLayers: 2, bidirectional: false, bias: true,
    dropout: 0, outputSize: 2, head: 'last', loss: 'mse',
  }],
  ['GRU, bidirectional, head each, cross-entropy with ignored steps', {
    mode: 'GRU', inputSize: 3, hiddenSize: 3, numLayers: 1, bidirectional: true, bias: true,
    dropout: 0, outputSize: 4, head: 'each', loss: 'ce',
  }],
  ['RNN relu, no bias, head each, MSE', {
    mode: 'RNN_RELU', inputSize: 1, hiddenSize: 4, numLayers: 2, bidirectional: false, bias: false,
    dropout: 0, outputSize: 1, head: 'each', loss: 'mse',
  }],
  ['RNN tanh, bidirectional, head last, cross-entropy', {
    mode: 'RNN_TANH', inputSize: 2, hiddenSize: 3, numLayers: 2, bidirectional: true, bias: true,
    dropout: 0, outputSize: 3, head: 'last', loss: 'ce',
  }],
];

describe('model', () => {
  for (const [name, cfg] of CONFIGS) {
    it(`fills gradients that match finite differences of the loss (${name})`, () => {
      const model = createModel(cfg, 3);
      const batch = batchFor(cfg, 5);
      // Stale values must not leak in: lossAndGrad zeroes the gradients first.
      for (const n of model.names) model.grads[n]?.fill(123);
      lossAndGrad(model, batch);
      const grads = Object.fromEntries(model.names.map((n) => [n, (model.grads[n] as Float64Array).slice()]));
      for (const n of model.names) {
        const r = worstGradError(n, model.params[n] as Float64Array, grads[n] as Float64Array,
          () => evaluateLoss(model, batch));
        expect(r.err, describeReport(r)).toBeLessThan(1e-6);
      }
    });
  }

  it('names parameters with PyTorch module prefixes in named_parameters order', () => {
    const model = createModel(CONFIGS[0]?.[1] as ModelConfig, 1);
    expect(model.names).toEqual([
      'rnn.weight_ih_l0', 'rnn.weight_hh_l0', 'rnn.bias_ih_l0', 'rnn.bias_hh_l0',
      'rnn.weight_ih_l1', 'rnn.weight_hh_l1', 'rnn.bias_ih_l1', 'rnn.bias_hh_l1',
      'fc.weight', 'fc.bias',
    ]);
    expect(model.shapes['fc.weight']).toEqual([2, 3]);
    // the prefixed records share memory with the submodules
    expect(model.params['rnn.weight_hh_l1']).toBe(model.rnn.params.weight_hh_l1);
  });

  it('keeps all parameters in one buffer and all gradients in another, in named_parameters order', () => {
    const model = createModel(CONFIGS[0]?.[1] as ModelConfig, 1);
    const first = model.params[model.names[0] ?? ''] as Float64Array;
    let offset = first.byteOffset;
    for (const n of model.names) {
      const p = model.params[n] as Float64Array;
      const g = model.grads[n] as Float64Array;
      expect(p.buffer).toBe(first.buffer);
      expect(p.byteOffset).toBe(offset);
      expect(g.byteOffset).toBe(offset);
      expect(g.buffer).toBe((model.grads[model.names[0] ?? ''] as Float64Array).buffer);
      expect(g.buffer).not.toBe(p.buffer);
      offset += p.byteLength;
    }
    // The submodules hold the same views.
    expect(model.grads['fc.bias']).toBe(model.fc.grads.bias);
    expect(model.params['rnn.bias_hh_l0']).toBe(model.rnn.params.bias_hh_l0);
  });

  it('reports the gradient norm of the step without clipping too', () => {
    const cfg = CONFIGS[2]?.[1] as ModelConfig;
    const batch = batchFor(cfg, 5);
    const a = createModel(cfg, 3);
    lossAndGrad(a, batch);
    let norm2 = 0;
    for (const n of a.names) for (const g of a.grads[n] ?? []) norm2 += g * g;
    const b = createModel(cfg, 3);
    expect(trainStep(b, createSgd(b.params, { lr: 0.1 }), batch).gradNorm).toBeCloseTo(Math.sqrt(norm2), 14);
  });

  it('predicts [B, outputSize] for head last and [B, T, outputSize] for head each', () => {
    const [, last] = CONFIGS[0] as [string, ModelConfig];
    const [, each] = CONFIGS[1] as [string, ModelConfig];
    expect(predict(createModel(last, 1), batchFor(last, 1).x, B, T).length).toBe(B * 2);
    expect(predict(createModel(each, 1), batchFor(each, 1).x, B, T).length).toBe(B * T * 4);
  });

  it('gives the same weights for the same seed and different ones for another seed', () => {
    const cfg = CONFIGS[0]?.[1] as ModelConfig;
    const a = createModel(cfg, 9);
    const b = createModel(cfg, 9);
    const c = createModel(cfg, 10);
    for (const n of a.names) expect(a.params[n]).toEqual(b.params[n]);
    expect(a.params['fc.weight']).not.toEqual(c.params['fc.weight']);
  });

  it('lowers the loss of a fixed batch with repeated steps and reports the pre-clip gradient norm', () => {
    const cfg = CONFIGS[0]?.[1] as ModelConfig;
    const model = createModel(cfg, 2);
    const batch = batchFor(cfg, 8);
    const opt = createAdam(model.params, { lr: 0.05 });
    const first = trainStep(model, opt, batch, { clip: 1e-3 });
    let norm2 = 0;
    for (const n of model.names) for (const g of model.grads[n] ?? []) norm2 += g * g;
    // after clipping the stored gradients have norm max_norm, while the step reports the norm before
    expect(Math.sqrt(norm2)).toBeCloseTo(1e-3 * first.gradNorm / (first.gradNorm + 1e-6), 12);
    expect(first.gradNorm).toBeGreaterThan(1e-3);
    let last = first.loss;
    for (let i = 0; i < 60; i++) last = trainStep(model, opt, batch).loss;
    expect(last).toBeLessThan(first.loss * 0.5);
  });

  it('trains with dropout deterministically from the seed, and evaluates without it', () => {
    const cfg: ModelConfig = { ...(CONFIGS[0]?.[1] as ModelConfig), dropout: 0.5 };
    const run = (): number[] => {
      const model = createModel(cfg, 4);
      const opt = createSgd(model.params, { lr: 0.1 });
      const batch = batchFor(cfg, 3);
      return [0, 1, 2].map(() => trainStep(model, opt, batch).loss).concat(evaluateLoss(model, batch));
    };
    expect(run()).toEqual(run());
  });

  it('accepts a truncation length in the training step', () => {
    const cfg = CONFIGS[2]?.[1] as ModelConfig;
    const model = createModel(cfg, 6);
    const batch = batchFor(cfg, 2);
    lossAndGrad(model, batch);
    const full = (model.grads['rnn.weight_hh_l0'] as Float64Array).slice();
    lossAndGrad(model, batch, { truncation: 1 });
    const cut = (model.grads['rnn.weight_hh_l0'] as Float64Array).slice();
    expect(cut).not.toEqual(full);
    lossAndGrad(model, batch, { truncation: T });
    expect(model.grads['rnn.weight_hh_l0']).toEqual(full);
  });
});
