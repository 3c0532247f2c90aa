/**
 * A deliberately naive reference of nn.RNN / nn.LSTM / nn.GRU: one sample, one step, one unit at
 * a time, straight from the PyTorch documentation's equations, sharing no code with the engine.
 * Tests use it as an independent forward with hooks the engine does not have: perturbing a
 * hidden state in place, and freezing the states where truncated BPTT cuts the graph.
 */
import type { RecurrentMode } from '../../../src/engine/recurrentConfig.ts';

/** The module arguments the reference understands. */
export type RefConfig = {
  mode: RecurrentMode;
  inputSize: number;
  hiddenSize: number;
  numLayers: number;
  bias: boolean;
  bidirectional: boolean;
};

/** Optional interventions in the forward pass. */
export type RefHooks = {
  /** adds `delta` to unit j of h_t (layer, direction, time, batch row) right after it is computed */
  perturb?: { layer: number; dir: number; t: number; b: number; j: number; delta: number };
  /**
   * truncation k: before processing steps s = k, 2k, … the incoming (h, c) is looked up in
   * `frozen` (if present, as a constant) and recorded into `entering`
   */
  truncation?: number;
  frozen?: Map<string, { h: number[]; c: number[] }>;
  entering?: Map<string, { h: number[]; c: number[] }>;
};

/** Outputs, time-major flat arrays like PyTorch with batch_first=False. */
export type RefResult = {
  /** [T, B, D·H] */
  output: number[];
  /** [L·D, B, H] */
  hN: number[];
  /** [L·D, B, H] (zeros unless LSTM) */
  cN: number[];
};

const sig = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Runs the reference. `x` is time-major [T, B, I]; `params` maps PyTorch names to row-major
 * arrays; `h0`/`c0` are [L·D, B, H] or null.
 */
export function refForward(
  cfg: RefConfig, params: Record<string, ArrayLike<number>>, x: ArrayLike<number>, T: number, B: number,
  h0: ArrayLike<number> | null = null, c0: ArrayLike<number> | null = null, hooks: RefHooks = {},
): RefResult {
  const H = cfg.hiddenSize;
  const D = cfg.bidirectional ? 2 : 1;
  const G = cfg.mode === 'LSTM' ? 4 : cfg.mode === 'GRU' ? 3 : 1;
  let input: number[] = Array.from(x);
  let inSize = cfg.inputSize;
  const hN = new Array<number>(cfg.numLayers * D * B * H).fill(0);
  const cN = new Array<number>(cfg.numLayers * D * B * H).fill(0);
  for (let l = 0; l < cfg.numLayers; l++) {
    const out = new Array<number>(T * B * D * H).fill(0);
    for (let d = 0; d < D; d++) {
      const sfx = `l${l}${d === 1 ? '_reverse' : ''}`;
      const wih = params[`weight_ih_${sfx}`];
      const whh = params[`weight_hh_${sfx}`];
      const bih = cfg.bias ? params[`bias_ih_${sfx}`] : undefined;
      const bhh = cfg.bias ? params[`bias_hh_${sfx}`] : undefined;
      if (!wih || !whh) throw new Error(`missing weights of ${sfx}`);
      // row r of W·v + b
      const lin = (W: ArrayLike<number>, bvec: ArrayLike<number> | undefined, v: number[], cols: number, r: number): number => {
        let s = bvec ? (bvec[r] ?? 0) : 0;
        for (let k = 0; k < cols; k++) s += (W[r * cols + k] ?? 0) * (v[k] ?? 0);
        return s;
      };
      for (let b = 0; b < B; b++) {
        const idx = ((l * D + d) * B + b) * H;
        let h: number[] = [];
        let c: number[] = [];
        for (let j = 0; j < H; j++) {
          h.push(h0 ? (h0[idx + j] ?? 0) : 0);
          c.push(c0 ? (c0[idx + j] ?? 0) : 0);
        }
        for (let s = 0; s < T; s++) {
          const t = d === 1 ? T - 1 - s : s;
          const k = hooks.truncation;
          if (k !== undefined && s > 0 && s % k === 0) {
            const key = `${l},${d},${s},${b}`;
            hooks.entering?.set(key, { h: h.slice(), c: c.slice() });
            const f = hooks.frozen?.get(key);
            if (f) {
              h = f.h.slice();
              c = f.c.slice();
            }
          }
          const xt = input.slice((t * B + b) * inSize, (t * B + b + 1) * inSize);
          const gi: number[] = [];
          const gh: number[] = [];
          for (let r = 0; r < G * H; r++) {
            gi.push(lin(wih, bih, xt, inSize, r));
            gh.push(lin(whh, bhh, h, H, r));
          }
          const hNew: number[] = [];
          const cNew: number[] = [];
          for (let j = 0; j < H; j++) {
            const hj = h[j] ?? 0;
            if (cfg.mode === 'RNN_TANH') hNew.push(Math.tanh((gi[j] ?? 0) + (gh[j] ?? 0)));
            else if (cfg.mode === 'RNN_RELU') hNew.push(Math.max(0, (gi[j] ?? 0) + (gh[j] ?? 0)));
            else if (cfg.mode === 'LSTM') {
              const a = (q: number): number => (gi[q * H + j] ?? 0) + (gh[q * H + j] ?? 0);
              const ig = sig(a(0)), fg = sig(a(1)), gg = Math.tanh(a(2)), og = sig(a(3));
              const cj = fg * (c[j] ?? 0) + ig * gg;
              cNew.push(cj);
              hNew.push(og * Math.tanh(cj));
            } else {
              const r = sig((gi[j] ?? 0) + (gh[j] ?? 0));
              const z = sig((gi[H + j] ?? 0) + (gh[H + j] ?? 0));
              const n = Math.tanh((gi[2 * H + j] ?? 0) + r * (gh[2 * H + j] ?? 0));
              hNew.push((1 - z) * n + z * hj);
            }
          }
          const p = hooks.perturb;
          if (p && p.layer === l && p.dir === d && p.t === t && p.b === b) {
            hNew[p.j] = (hNew[p.j] ?? 0) + p.delta;
          }
          h = hNew;
          if (cfg.mode === 'LSTM') c = cNew;
          for (let j = 0; j < H; j++) out[(t * B + b) * D * H + d * H + j] = h[j] ?? 0;
        }
        for (let j = 0; j < H; j++) {
          hN[idx + j] = h[j] ?? 0;
          cN[idx + j] = cfg.mode === 'LSTM' ? (c[j] ?? 0) : 0;
        }
      }
    }
    input = out;
    inSize = D * H;
  }
  return { output: input, hN, cN };
}

/** Σ a_i·w_i, the fixtures' linear test loss. */
export function dot(a: ArrayLike<number>, w: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (w[i] ?? 0);
  return s;
}
