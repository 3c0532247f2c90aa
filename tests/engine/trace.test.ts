import { describe, expect, it } from 'vitest';
import { createModel, type Model, type ModelConfig } from '../../src/engine/model.ts';
import { RECURRENT_MODES } from '../../src/engine/recurrentConfig.ts';
import { scaleRecurrent } from '../../src/engine/spectral.ts';
import { traceExample } from '../../src/engine/trace.ts';
import { refForward, type RefHooks } from './helpers/reference.ts';
import { randomArray, relErr } from './helpers/fd.ts';
import { largestSingularValue } from './helpers/linalg.ts';

const T = 4;
const H = 3;
const I = 2;

function makeModel(mode: ModelConfig['mode'], head: ModelConfig['head'], seed: number): Model {
  return createModel({
    mode, inputSize: I, hiddenSize: H, numLayers: 2, bidirectional: true, bias: true,
    dropout: 0, outputSize: 2, head, loss: 'mse',
  }, seed);
}

/** The model's MSE through the naive reference (B = 1: batch-first equals time-major). */
function refLoss(model: Model, x: Float64Array, y: Float64Array, hooks: RefHooks = {}): number {
  const rnnParams = model.rnn.params;
  const r = refForward({ ...model.rnn.config }, rnnParams, x, T, 1, null, null, hooks);
  const F = model.fc.inFeatures;
  const W = model.params['fc.weight'] as Float64Array;
  const b = model.params['fc.bias'] as Float64Array;
  const steps = model.config.head === 'last' ? [T - 1] : Array.from({ length: T }, (_, t) => t);
  let s = 0;
  let k = 0;
  for (const t of steps) {
    for (let o = 0; o < 2; o++, k++) {
      let p = b[o] ?? 0;
      for (let j = 0; j < F; j++) p += (W[o * F + j] ?? 0) * (r.output[t * F + j] ?? 0);
      s += (p - (y[k] ?? 0)) ** 2;
    }
  }
  return s / k;
}

describe('trace', () => {
  for (const mode of RECURRENT_MODES) {
    for (const head of ['last', 'each'] as const) {
      it(`gives dL/dh_t equal to the finite-difference derivative for a perturbation of h_t (${mode}, head ${head})`, () => {
        const model = makeModel(mode, head, 12);
        const x = randomArray(T * I, 3);
        const y = randomArray(head === 'last' ? 2 : T * 2, 4);
        const tr = traceExample(model, x, T, y);
        expect(tr.loss).toBeCloseTo(refLoss(model, x, y), 12);
        const eps = 1e-5;
        for (const cell of tr.cells) {
          for (let t = 0; t < T; t++) {
            for (let j = 0; j < H; j++) {
              const at = { layer: cell.layer, dir: cell.direction, t, b: 0, j };
              const numeric = (refLoss(model, x, y, { perturb: { ...at, delta: eps } })
                - refLoss(model, x, y, { perturb: { ...at, delta: -eps } })) / (2 * eps);
              const analytic = cell.dLdh[t * H + j] ?? NaN;
              expect(relErr(analytic, numeric), `l${cell.layer} d${cell.direction} t${t} j${j}`).toBeLessThan(1e-6);
            }
            let n2 = 0;
            for (let j = 0; j < H; j++) n2 += (cell.dLdh[t * H + j] ?? 0) ** 2;
            expect(cell.dLdhNorm[t]).toBeCloseTo(Math.sqrt(n2), 14);
          }
        }
      });
    }

    it(`gives ‖∂h_final/∂h_t‖ = 1 at the final step and the spectral norm of a finite-difference Jacobian elsewhere (${mode})`, () => {
      const model = makeModel(mode, 'last', 5);
      scaleRecurrent(model.rnn, 1.3); // larger recurrent weights: norms neither tiny nor trivial
      const x = randomArray(T * I, 6);
      const tr = traceExample(model, x, T, randomArray(2, 7));
      const cfg = { ...model.rnn.config };
      const eps = 1e-6;
      for (const cell of tr.cells) {
        const final = cell.direction === 0 ? T - 1 : 0;
        expect(cell.jacobianNorm[final]).toBeCloseTo(1, 12);
        const stateIndex = (cell.layer * 2 + cell.direction) * H;
        for (let t = 0; t < T; t++) {
          // J[i][j] = ∂h_final[i] / ∂h_t[j], by central differences of the reference's h_n.
          const J = new Float64Array(H * H);
          for (let j = 0; j < H; j++) {
            const at = { layer: cell.layer, dir: cell.direction, t, b: 0, j };
            const plus = refForward(cfg, model.rnn.params, x, T, 1, null, null, { perturb: { ...at, delta: eps } }).hN;
            const minus = refForward(cfg, model.rnn.params, x, T, 1, null, null, { perturb: { ...at, delta: -eps } }).hN;
            for (let i = 0; i < H; i++) J[i * H + j] = ((plus[stateIndex + i] ?? 0) - (minus[stateIndex + i] ?? 0)) / (2 * eps);
          }
          const expected = largestSingularValue(J, H, H);
          expect(relErr(cell.jacobianNorm[t] ?? NaN, expected, 1e-6), `l${cell.layer} d${cell.direction} t${t}`).toBeLessThan(1e-6);
        }
      }
    });
  }

  it('never exceeds the bound (γ·σ_max)^(steps to the final state) for tanh and relu RNNs', () => {
    for (const mode of ['RNN_TANH', 'RNN_RELU'] as const) {
      for (const sigma of [0.5, 0.9, 1.5, 3]) {
        const model = createModel({
          mode, inputSize: 1, hiddenSize: 8, numLayers: 2, bidirectional: true, bias: true,
          dropout: 0, outputSize: 1, head: 'last', loss: 'mse',
        }, 21);
        scaleRecurrent(model.rnn, sigma);
        const steps = 12;
        const tr = traceExample(model, randomArray(steps, 2), steps, Float64Array.from([0.3]));
        for (const cell of tr.cells) {
          const bound = cell.bound;
          expect(bound).not.toBeNull();
          if (bound === null) continue;
          expect(bound.gamma).toBe(1);
          expect(bound.sigmaMax).toBeCloseTo(sigma, 9);
          for (let t = 0; t < steps; t++) {
            const k = cell.direction === 0 ? steps - 1 - t : t;
            expect(cell.jacobianNorm[t]).toBeLessThanOrEqual((bound.gamma * bound.sigmaMax) ** k * (1 + 1e-9));
          }
        }
      }
    }
  });

  it('reports states, gates and outputs with documented shapes, without touching the model gradients', () => {
    const model = makeModel('LSTM', 'each', 1);
    for (const n of model.names) model.grads[n]?.fill(7);
    const tr = traceExample(model, randomArray(T * I, 1), T, randomArray(T * 2, 2));
    for (const n of model.names) expect(Array.from(model.grads[n] ?? []).every((g) => g === 7)).toBe(true);
    expect(tr.cells.length).toBe(4);
    const cell = tr.cells[3];
    expect(cell?.gates.map((g) => g.name)).toEqual(['i', 'f', 'g', 'o']);
    expect(cell?.h.length).toBe(T * H);
    expect(cell?.c?.length).toBe(T * H);
    expect(cell?.bound).toBeNull();
    expect(tr.output.length).toBe(T * 2 * H);
    expect(tr.prediction.length).toBe(T * 2);
    // h_t = o_t ⊙ tanh(c_t): the reported pieces fit together.
    const o = cell?.gates[3]?.act ?? new Float64Array();
    for (let i = 0; i < T * H; i++) expect(cell?.h[i]).toBeCloseTo((o[i] ?? 0) * Math.tanh(cell?.c?.[i] ?? 0), 14);
    // gate activations are the sigmoid of their pre-activations
    const f = cell?.gates[1];
    for (let i = 0; i < T * H; i++) expect(f?.act[i]).toBeCloseTo(1 / (1 + Math.exp(-(f?.pre[i] ?? 0))), 14);
  });

  it('skips the Jacobian norms when asked, leaving NaN, and keeps everything else', () => {
    const model = makeModel('GRU', 'last', 3);
    const x = randomArray(T * I, 1);
    const y = randomArray(2, 2);
    const full = traceExample(model, x, T, y);
    const cheap = traceExample(model, x, T, y, { jacobian: false });
    for (const [i, cell] of cheap.cells.entries()) {
      expect(Array.from(cell.jacobianNorm).every(Number.isNaN)).toBe(true);
      expect(cell.dLdh).toEqual(full.cells[i]?.dLdh);
    }
  });

  it("reports GRU candidate pre-activations as W_in x + b_in + r ⊙ (W_hn h + b_hn)", () => {
    const model = makeModel('GRU', 'last', 2);
    const tr = traceExample(model, randomArray(T * I, 5), T, randomArray(2, 6));
    for (const cell of tr.cells) {
      const n = cell.gates[2];
      for (let i = 0; i < T * H; i++) expect(n?.act[i]).toBeCloseTo(Math.tanh(n?.pre[i] ?? 0), 14);
    }
  });
});
