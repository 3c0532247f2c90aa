/**
 * `nn.RNN` / `nn.LSTM` / `nn.GRU` forward and backward: layers, directions, batch_first,
 * dropout between layers, initial states — PyTorch's semantics on top of the one-direction cells.
 *
 * Work is done layer by layer, not step by step: each layer runs its whole sequence (both
 * directions) before the next starts, so input projections and weight gradients are one GEMM
 * per layer. Buffers live in a `RecurrentPass` (recurrentPass.ts), allocated once per (module,
 * batch, T) and reused.
 *
 * Truncated BPTT (`truncation` = k): the classic chunked definition. Each direction splits its
 * own processing order into chunks of k steps (s = 0…k−1, k…2k−1, …) and the state entering a
 * chunk is treated as a constant — exactly `h = h.detach()` (and `c = c.detach()`) before steps
 * s = k, 2k, …. Gradients still reach the weights from every step, the gradient from
 * h_n/c_n still enters the last chunk, and h0 still gets the gradient of the first chunk.
 * k ≥ T is full BPTT.
 */
import { type Rng } from './rng.ts';
import { assertFinite, assertPositiveInt, assertShape, EngineError } from './errors.ts';
import { finalSlot, initSlot } from './cells/cache.ts';
import { rnnBackward, rnnForward } from './cells/rnn.ts';
import { lstmBackward, lstmForward } from './cells/lstm.ts';
import { gruBackward, gruForward } from './cells/gru.ts';
import { directions, type Recurrent } from './recurrentConfig.ts';
import { bindWeights, passFor, type RecurrentPass } from './recurrentPass.ts';

export type { LayerPass, RecurrentPass } from './recurrentPass.ts';

/** Options of `recurrentForward`. */
export type RecurrentForwardOptions = {
  /** initial hidden state, (L·D, B, H); omitted or null = zeros */
  h0?: Float64Array | null;
  /** initial cell state (LSTM only), (L·D, B, H); omitted or null = zeros */
  c0?: Float64Array | null;
  /** training mode: enables dropout between layers (default false, like `module.eval()`) */
  training?: boolean;
  /** source of the dropout masks; required when training with dropout > 0 */
  rng?: Rng | undefined;
  /**
   * Workspace name. Passes with the same (slot, batch, T) share buffers; a trace or an
   * evaluation uses its own slot so it cannot clobber a training pass awaiting backward.
   */
  slot?: string;
};

/** Options of `recurrentBackward`. */
export type RecurrentBackwardOptions = {
  /** dL/dh_n, (L·D, B, H); omitted = zeros */
  dhN?: Float64Array | null;
  /** dL/dc_n (LSTM), (L·D, B, H); omitted = zeros */
  dcN?: Float64Array | null;
  /** truncated BPTT chunk length k (see the file header); default Infinity = full BPTT */
  truncation?: number;
  /** whether to compute dL/d(input) (default true; a model skips it for its data) */
  inputGrad?: boolean;
};


const STATE_LAYOUT = '(num_layers * num_directions, batch, hidden_size)';
const INPUT_LAYOUT_BF = '(batch, seq, input_size with batch_first=true)';
const INPUT_LAYOUT_TM = '(seq, batch, input_size with batch_first=false)';
const OUTPUT_LAYOUT_BF = '(batch, seq, D * hidden_size with batch_first=true)';
const OUTPUT_LAYOUT_TM = '(seq, batch, D * hidden_size with batch_first=false)';


/**
 * Copies a [T, B, F] time-major block (at `tmOff` in `tm`) to or from the caller's layout
 * (`user`, batch-first [B, T, F] or time-major). `toUser` picks the direction.
 */
function convert(
  tm: Float64Array, tmOff: number, user: Float64Array, batchFirst: boolean,
  B: number, T: number, F: number, toUser: boolean,
): void {
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      const u = (batchFirst ? b * T + t : t * B + b) * F;
      const m = tmOff + (t * B + b) * F;
      if (toUser) for (let k = 0; k < F; k++) user[u + k] = tm[m + k];
      else for (let k = 0; k < F; k++) tm[m + k] = user[u + k];
    }
  }
}

/**
 * Runs the module on `input` — (B, T, input_size) if batch_first else (T, B, input_size) — and
 * returns output, h_n and c_n (in a reusable pass; see `RecurrentPass`).
 */
export function recurrentForward(
  rec: Recurrent, input: Float64Array, B: number, T: number, opts: RecurrentForwardOptions = {},
): RecurrentPass {
  const cfg = rec.config;
  const D = directions(cfg);
  const H = cfg.hiddenSize;
  const L = cfg.numLayers;
  const I = cfg.inputSize;
  assertPositiveInt('batch', B);
  assertPositiveInt('seq_len', T);
  if (cfg.batchFirst) assertShape('input', input, INPUT_LAYOUT_BF, B, T, I);
  else assertShape('input', input, INPUT_LAYOUT_TM, T, B, I);
  assertFinite('input', input);
  const h0 = opts.h0 ?? null;
  const c0 = opts.c0 ?? null;
  const isLstm = cfg.mode === 'LSTM';
  if (h0 !== null) {
    assertShape('h0', h0, STATE_LAYOUT, L * D, B, H);
    assertFinite('h0', h0);
  }
  if (c0 !== null) {
    if (!isLstm) throw new EngineError(`c0: only LSTM has a cell state, got c0 for mode '${cfg.mode}'`);
    assertShape('c0', c0, STATE_LAYOUT, L * D, B, H);
    assertFinite('c0', c0);
  }
  const training = opts.training ?? false;
  const p = cfg.dropout;
  if (training && p > 0 && L > 1 && opts.rng === undefined) {
    throw new EngineError(`rng: required when training with dropout > 0, got undefined (dropout=${p})`);
  }

  const pass = passFor(rec, B, T, opts.slot ?? 'main');
  pass.h0Given = h0 !== null;
  pass.c0Given = c0 !== null;
  convert(pass.xTime, 0, input, cfg.batchFirst, B, T, I, false);
  bindWeights(rec, pass, rec.params, false);

  const BH = B * H;
  for (let l = 0; l < L; l++) {
    const layer = pass.layers[l];
    if (l > 0) {
      const prev = pass.layers[l - 1];
      for (const c of layer.cells) {
        c.x = prev.dropoutActive ? prev.dropped : prev.out;
        c.xOff = prev.dropoutActive ? 0 : prev.outOff;
      }
    }
    for (let d = 0; d < D; d++) {
      const c = layer.cells[d];
      const k = (l * D + d) * BH;
      const s0 = initSlot(c) * BH;
      if (h0 !== null) for (let i = 0; i < BH; i++) c.hs[s0 + i] = h0[k + i];
      else c.hs.fill(0, s0, s0 + BH);
      if (isLstm) {
        if (c0 !== null) for (let i = 0; i < BH; i++) c.cs[s0 + i] = c0[k + i];
        else c.cs.fill(0, s0, s0 + BH);
      }
      c.h0Given = h0 !== null;
      const w = layer.weights[d];
      if (c.kind === 'lstm') lstmForward(c, w);
      else if (c.kind === 'gru') gruForward(c, w);
      else rnnForward(c, w);
    }
    if (D === 2) {
      const out = layer.out;
      for (let d = 0; d < 2; d++) {
        const c = layer.cells[d];
        for (let t = 0; t < T; t++) {
          const src = (c.outSlot0 + t) * BH;
          for (let b = 0; b < B; b++) {
            const o = (t * B + b) * 2 * H + d * H;
            for (let j = 0; j < H; j++) out[o + j] = c.hs[src + b * H + j];
          }
        }
      }
    }
    layer.dropoutActive = training && layer.mask.length > 0;
    if (layer.dropoutActive) {
      // Inverted dropout like torch: zero with probability p, scale survivors by 1/(1−p).
      const rng = opts.rng as Rng;
      const scale = 1 / (1 - p);
      const { mask, dropped, out, outOff } = layer;
      for (let i = 0; i < mask.length; i++) {
        const m = rng.uniform() < p ? 0 : scale;
        mask[i] = m;
        dropped[i] = out[outOff + i] * m;
      }
    }
  }

  const top = pass.layers[L - 1];
  const DH = D * H;
  convert(top.out, top.outOff, pass.output, cfg.batchFirst, B, T, DH, true);
  for (let l = 0; l < L; l++) {
    for (let d = 0; d < D; d++) {
      const c = pass.layers[l].cells[d];
      const src = finalSlot(c) * BH;
      const dst = (l * D + d) * BH;
      for (let i = 0; i < BH; i++) pass.hN[dst + i] = c.hs[src + i];
      if (pass.cN !== null) for (let i = 0; i < BH; i++) pass.cN[dst + i] = c.cs[src + i];
    }
  }
  return pass;
}

/**
 * Backpropagates `dOutput` = dL/d(output) (same layout as output; null = zeros) and the optional
 * dL/dh_n, dL/dc_n through the last forward of `pass`. Accumulates every parameter gradient
 * into `grads` (keys = parameter names; usually `rec.grads`) and fills pass.dInput, dh0, dc0.
 */
export function recurrentBackward(
  rec: Recurrent, pass: RecurrentPass, grads: Record<string, Float64Array>,
  dOutput: Float64Array | null, opts: RecurrentBackwardOptions = {},
): RecurrentPass {
  const cfg = rec.config;
  const D = directions(cfg);
  const H = cfg.hiddenSize;
  const L = cfg.numLayers;
  const { B, T } = pass;
  const BH = B * H;
  const DH = D * H;
  if (dOutput !== null) {
    if (cfg.batchFirst) assertShape('grad_output', dOutput, OUTPUT_LAYOUT_BF, B, T, DH);
    else assertShape('grad_output', dOutput, OUTPUT_LAYOUT_TM, T, B, DH);
  }
  const dhN = opts.dhN ?? null;
  const dcN = opts.dcN ?? null;
  if (dhN !== null) assertShape('grad_h_n', dhN, STATE_LAYOUT, L * D, B, H);
  if (dcN !== null) assertShape('grad_c_n', dcN, STATE_LAYOUT, L * D, B, H);
  const truncation = opts.truncation ?? Infinity;
  if (truncation !== Infinity) assertPositiveInt('truncation', truncation);
  const inputGrad = opts.inputGrad ?? true;
  bindWeights(rec, pass, grads, true);

  const top = pass.layers[L - 1];
  if (dOutput === null) top.dOut.fill(0);
  else convert(top.dOut, 0, dOutput, cfg.batchFirst, B, T, DH, false);

  for (let l = L - 1; l >= 0; l--) {
    const layer = pass.layers[l];
    const dx = l > 0 ? pass.layers[l - 1].dOut : inputGrad ? pass.dxTime : null;
    if (dx !== null) dx.fill(0);
    for (let d = 0; d < D; d++) {
      const c = layer.cells[d];
      c.dx = dx;
      const k = (l * D + d) * BH;
      if (dhN !== null) for (let i = 0; i < BH; i++) c.carryH[i] = dhN[k + i];
      else c.carryH.fill(0);
      if (c.kind === 'lstm') {
        if (dcN !== null) for (let i = 0; i < BH; i++) c.carryC[i] = dcN[k + i];
        else c.carryC.fill(0);
      }
      const w = layer.weights[d];
      const g = layer.grads[d];
      if (c.kind === 'lstm') lstmBackward(c, w, g, truncation, pass.h0Given);
      else if (c.kind === 'gru') gruBackward(c, w, g, truncation, pass.h0Given);
      else rnnBackward(c, w, g, truncation, pass.h0Given);
      if (pass.h0Given) for (let i = 0; i < BH; i++) pass.dh0[k + i] = c.carryH[i];
      if (pass.c0Given) for (let i = 0; i < BH; i++) pass.dc0[k + i] = c.carryC[i];
    }
    if (l > 0) {
      const below = pass.layers[l - 1];
      if (below.dropoutActive) {
        const { dOut, mask } = below;
        for (let i = 0; i < dOut.length; i++) dOut[i] *= mask[i];
      }
    }
  }
  if (inputGrad) {
    convert(pass.dxTime, 0, pass.dInput, cfg.batchFirst, B, T, cfg.inputSize, true);
  }
  return pass;
}
