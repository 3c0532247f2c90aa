import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.ts';
import { createRecurrent, type RecurrentConfig, type RecurrentMode } from '../../src/engine/recurrentConfig.ts';
import { recurrentBackward, recurrentForward } from '../../src/engine/recurrent.ts';
import { dot, refForward } from './helpers/reference.ts';
import { randomArray } from './helpers/fd.ts';
import { describeReport, worstGradError, type GradReport } from './helpers/gradcheck.ts';

const MODES: readonly RecurrentMode[] = ['RNN_TANH', 'RNN_RELU', 'LSTM', 'GRU'];
const VARIANTS = [
  { name: '1 layer', numLayers: 1, bidirectional: false, bias: true, batchFirst: true },
  { name: '2 layers bidirectional', numLayers: 2, bidirectional: true, bias: true, batchFirst: false },
  { name: 'no bias', numLayers: 2, bidirectional: false, bias: false, batchFirst: true },
] as const;

const H = 3;
const T = 4;
const B = 2;
const I = 2;

function setup(mode: RecurrentMode, v: (typeof VARIANTS)[number], seed: number) {
  const cfg: RecurrentConfig = {
    mode, inputSize: I, hiddenSize: H, numLayers: v.numLayers, bias: v.bias,
    batchFirst: v.batchFirst, dropout: 0, bidirectional: v.bidirectional,
  };
  const rec = createRecurrent(cfg, createRng(seed));
  const D = v.bidirectional ? 2 : 1;
  const nState = v.numLayers * D * B * H;
  const x = randomArray(T * B * I, seed + 1);
  const h0 = randomArray(nState, seed + 2).map((a) => a * 0.5);
  const c0 = mode === 'LSTM' ? randomArray(nState, seed + 3).map((a) => a * 0.5) : null;
  const wo = randomArray(T * B * D * H, seed + 4);
  const wh = randomArray(nState, seed + 5);
  const wc = mode === 'LSTM' ? randomArray(nState, seed + 6) : null;
  const loss = (): number => {
    const p = recurrentForward(rec, x, B, T, { h0, c0 });
    return dot(p.output, wo) + dot(p.hN, wh) + (p.cN && wc ? dot(p.cN, wc) : 0);
  };
  return { cfg, rec, x, h0, c0, wo, wh, wc, loss };
}

describe('recurrent', () => {
  for (const mode of MODES) {
    for (const v of VARIANTS) {
      it(`matches finite differences for every parameter, the input, h0 and c0 (${mode}, ${v.name})`, () => {
        const s = setup(mode, v, 11);
        const pass = recurrentForward(s.rec, s.x, B, T, { h0: s.h0, c0: s.c0 });
        recurrentBackward(s.rec, pass, s.rec.grads, s.wo, { dhN: s.wh, dcN: s.wc });
        // Copies: the finite-difference forwards below reuse the pass buffers.
        const dInput = pass.dInput.slice();
        const dh0 = pass.dh0.slice();
        const dc0 = pass.dc0.slice();
        const reports: GradReport[] = [];
        for (const name of s.rec.names) {
          reports.push(worstGradError(name, s.rec.params[name] as Float64Array, s.rec.grads[name] as Float64Array, s.loss));
        }
        reports.push(worstGradError('input', s.x, dInput, s.loss));
        reports.push(worstGradError('h0', s.h0, dh0, s.loss));
        if (s.c0) reports.push(worstGradError('c0', s.c0, dc0, s.loss));
        for (const r of reports) expect(r.err, describeReport(r)).toBeLessThan(1e-6);
      });
    }

    it(`agrees with the naive step-by-step reference in the forward pass (${mode})`, () => {
      const s = setup(mode, VARIANTS[1], 21);
      const pass = recurrentForward(s.rec, s.x, B, T, { h0: s.h0, c0: s.c0 });
      // VARIANTS[1] is time-major, like the reference.
      const ref = refForward({ ...s.cfg }, s.rec.params, s.x, T, B, s.h0, s.c0);
      for (let i = 0; i < ref.output.length; i++) expect(pass.output[i]).toBeCloseTo(ref.output[i] ?? NaN, 12);
      for (let i = 0; i < ref.hN.length; i++) expect(pass.hN[i]).toBeCloseTo(ref.hN[i] ?? NaN, 12);
      if (pass.cN) for (let i = 0; i < ref.cN.length; i++) expect(pass.cN[i]).toBeCloseTo(ref.cN[i] ?? NaN, 12);
    });
  }

  // The sizes above run the recurrences' one-row loop and the small-product kernels. These run the
  // packed 4×3 micro-kernel on every product, with partial row and column panels: 9 batch rows
  // (4 + 4 + 1), gate widths 60 and 80 (not multiples of 3), inputs of 17 and 40 features.
  for (const mode of MODES) {
    it(`agrees with the reference and finite differences at sizes that take the packed kernels (${mode})`, () => {
      const [Hb, Tb, Bb, Ib, L] = [20, 6, 9, 17, 2];
      const cfg: RecurrentConfig = {
        mode, inputSize: Ib, hiddenSize: Hb, numLayers: L, bias: true,
        batchFirst: false, dropout: 0, bidirectional: true,
      };
      const rec = createRecurrent(cfg, createRng(31));
      const nState = L * 2 * Bb * Hb;
      const x = randomArray(Tb * Bb * Ib, 32);
      const h0 = randomArray(nState, 33).map((a) => a * 0.5);
      const c0 = mode === 'LSTM' ? randomArray(nState, 34).map((a) => a * 0.5) : null;
      const wo = randomArray(Tb * Bb * 2 * Hb, 35);
      const loss = (): number => dot(recurrentForward(rec, x, Bb, Tb, { h0, c0 }).output, wo);

      const pass = recurrentForward(rec, x, Bb, Tb, { h0, c0 });
      const ref = refForward({ ...cfg }, rec.params, x, Tb, Bb, h0, c0);
      for (let i = 0; i < ref.output.length; i++) expect(pass.output[i]).toBeCloseTo(ref.output[i] ?? NaN, 12);
      for (let i = 0; i < ref.hN.length; i++) expect(pass.hN[i]).toBeCloseTo(ref.hN[i] ?? NaN, 12);

      recurrentBackward(rec, pass, rec.grads, wo);
      const dInput = pass.dInput.slice();
      const dh0 = pass.dh0.slice();
      // A spread of entries per tensor (all of them would be ~10⁵ forward passes).
      const pick = (n: number): number[] => Array.from({ length: 12 }, (_, k) => Math.floor(((k + 0.5) / 12) * n));
      const reports: GradReport[] = [];
      for (const name of rec.names) {
        const p = rec.params[name] as Float64Array;
        reports.push(worstGradError(name, p, rec.grads[name] as Float64Array, loss, pick(p.length)));
      }
      reports.push(worstGradError('input', x, dInput, loss, pick(x.length)));
      reports.push(worstGradError('h0', h0, dh0, loss, pick(h0.length)));
      // This loss sums 2160 outputs, so its finite differences carry ~1e-9 of round-off (100× the
      // small cases'); a wrong product would be off by O(1), not by 1e-5.
      for (const r of reports) expect(r.err, describeReport(r)).toBeLessThan(1e-5);
    });
  }

  it('applies inverted dropout between layers only in training, scaling survivors by 1/(1-p)', () => {
    const cfg: RecurrentConfig = {
      mode: 'RNN_TANH', inputSize: 1, hiddenSize: 4, numLayers: 2, bias: true,
      batchFirst: true, dropout: 0.5, bidirectional: false,
    };
    const rec = createRecurrent(cfg, createRng(3));
    const x = randomArray(5 * 2, 9);
    const evalOut = recurrentForward(rec, x, 2, 5).output.slice();
    const evalAgain = recurrentForward(rec, x, 2, 5, { training: false }).output.slice();
    expect(evalAgain).toEqual(evalOut);
    const pass = recurrentForward(rec, x, 2, 5, { training: true, rng: createRng(1) });
    const mask = pass.layers[0]?.mask ?? new Float64Array();
    const values = new Set(Array.from(mask));
    expect([...values].sort()).toEqual([0, 2]);
    // Same seed, same mask: dropout is a deterministic function of the rng stream.
    const again = recurrentForward(rec, x, 2, 5, { training: true, rng: createRng(1) }).output.slice();
    const first = recurrentForward(rec, x, 2, 5, { training: true, rng: createRng(1) }).output.slice();
    expect(again).toEqual(first);
    expect(again).not.toEqual(evalOut);
  });

  it('backpropagates through the dropout mask of a training pass', () => {
    const cfg: RecurrentConfig = {
      mode: 'GRU', inputSize: 2, hiddenSize: 3, numLayers: 3, bias: true,
      batchFirst: true, dropout: 0.3, bidirectional: true,
    };
    const rec = createRecurrent(cfg, createRng(5));
    const x = randomArray(B * T * 2, 2);
    const wo = randomArray(B * T * 6, 3);
    // A fresh rng with the same seed per forward keeps the mask fixed while parameters move.
    const loss = (): number => dot(recurrentForward(rec, x, B, T, { training: true, rng: createRng(77) }).output, wo);
    const pass = recurrentForward(rec, x, B, T, { training: true, rng: createRng(77) });
    recurrentBackward(rec, pass, rec.grads, wo);
    const dInput = pass.dInput.slice();
    const reports = rec.names.map((n) => worstGradError(n, rec.params[n] as Float64Array, rec.grads[n] as Float64Array, loss));
    reports.push(worstGradError('input', x, dInput, loss));
    for (const r of reports) expect(r.err, describeReport(r)).toBeLessThan(1e-6);
  });

  it('draws initial weights uniformly within ±1/sqrt(hidden_size) in named_parameters order', () => {
    const rec = createRecurrent({
      mode: 'LSTM', inputSize: 3, hiddenSize: 16, numLayers: 2, bias: true,
      batchFirst: false, dropout: 0, bidirectional: true,
    }, createRng(8));
    expect(rec.names.slice(0, 8)).toEqual([
      'weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0',
      'weight_ih_l0_reverse', 'weight_hh_l0_reverse', 'bias_ih_l0_reverse', 'bias_hh_l0_reverse',
    ]);
    expect(rec.shapes.weight_ih_l1).toEqual([64, 32]);
    const bound = 1 / Math.sqrt(16);
    let maxAbs = 0;
    for (const n of rec.names) for (const w of rec.params[n] ?? []) maxAbs = Math.max(maxAbs, Math.abs(w));
    expect(maxAbs).toBeLessThan(bound);
    expect(maxAbs).toBeGreaterThan(0.95 * bound);
    // The first weight is the first uniform draw of the seed's stream, mapped to [−b, b).
    expect(rec.params.weight_ih_l0?.[0]).toBe(-bound + 2 * bound * createRng(8).uniform());
  });
});
