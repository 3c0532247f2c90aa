/**
 * The numbers behind the live equations of one step, read from a trace and the parameters:
 * which matrix multiplies which vector, and what each product is. Everything here is arithmetic
 * on data the engine already produced (x_t, h_{t−1}, gate activations, dL/dh_t); the products
 * W x_t, U h_{t−1} are recomputed from the weights because the trace keeps only their sum.
 *
 * Layouts follow PyTorch: weight_ih [G·H, in], weight_hh [G·H, H], gates stacked i,f,g,o (LSTM)
 * or r,z,n (GRU); trace arrays are [T, H] rows in time order; a reverse direction's "previous"
 * step is t+1. The initial state is zero, like PyTorch when h0 is not given.
 */
import type { CellTrace } from '../../engine/index.ts';
import type { NetSnapshot, RowRef } from './types.ts';

/** The sizes of a snapshot's model. */
export type NetShape = Readonly<{
  T: number;
  layers: number;
  /** directions: 2 when bidirectional */
  D: number;
  H: number;
  /** features of x_t */
  inputSize: number;
  /** outputs of the head (classes for 'ce') */
  outputSize: number;
}>;

/** Sizes read from the trace and the head's weight. */
export function shapeOf(net: NetSnapshot): NetShape {
  const tr = net.trace;
  const layers = tr.cells.reduce((m, c) => Math.max(m, c.layer + 1), 0);
  const D = tr.cells.length / layers;
  const fc = net.params['fc.weight'];
  return {
    T: tr.T, layers, D, H: tr.hiddenSize,
    inputSize: tr.x.length / tr.T,
    outputSize: fc === undefined ? 0 : fc.length / (D * tr.hiddenSize),
  };
}

/** Every row, bottom layer first, forward before reverse. */
export function rowsOf(net: NetSnapshot): RowRef[] {
  return net.trace.cells.map((c) => ({ layer: c.layer, direction: c.direction }));
}

/** The trace of one row. */
export function cellAt(net: NetSnapshot, row: RowRef): CellTrace {
  const { D } = shapeOf(net);
  const c = net.trace.cells[row.layer * D + row.direction];
  if (c === undefined) throw new Error(`no layer ${row.layer} direction ${row.direction} in this trace`);
  return c;
}

/** The 0-based step a row reads its previous state from, or null at its first step. */
export function prevStep(row: RowRef, t: number, T: number): number | null {
  const p = row.direction === 0 ? t - 1 : t + 1;
  return p >= 0 && p < T ? p : null;
}

/** Row t of a [T, n] array (a view, no copy). */
export const rowOf = (a: Float64Array, t: number, n: number): Float64Array => a.subarray(t * n, (t + 1) * n);

/** One cell's weights by PyTorch name; biases are zeros when the module has bias=False. */
export type CellParams = Readonly<{ wih: Float64Array; whh: Float64Array; bih: Float64Array; bhh: Float64Array; inSize: number }>;

/** The PyTorch parameter name of one cell's weight or bias. */
export const paramName = (kind: 'weight_ih' | 'weight_hh' | 'bias_ih' | 'bias_hh', row: RowRef): string =>
  `rnn.${kind}_l${row.layer}${row.direction === 1 ? '_reverse' : ''}`;

/** The weights of one row. */
export function cellParams(net: NetSnapshot, row: RowRef): CellParams {
  const p = net.params;
  const whh = p[paramName('weight_hh', row)] ?? new Float64Array(0);
  const wih = p[paramName('weight_ih', row)] ?? new Float64Array(0);
  const GH = whh.length / net.trace.hiddenSize;
  return {
    wih, whh,
    bih: p[paramName('bias_ih', row)] ?? new Float64Array(GH),
    bhh: p[paramName('bias_hh', row)] ?? new Float64Array(GH),
    inSize: GH === 0 ? 0 : wih.length / GH,
  };
}

/** What the row reads at step t: x_t for layer 0, the concatenated outputs of the layer below otherwise. */
export function inputAt(net: NetSnapshot, layer: number, t: number): Float64Array {
  const { D, H, inputSize } = shapeOf(net);
  if (layer === 0) return rowOf(net.trace.x, t, inputSize);
  const out = new Float64Array(D * H);
  for (let d = 0; d < D; d++) out.set(rowOf(cellAt(net, { layer: layer - 1, direction: d }).h, t, H), d * H);
  return out;
}

/** rows [r0, r0+n) of M ([·, cols], row-major) times v. */
export function matVec(M: Float64Array, cols: number, r0: number, n: number, v: Float64Array): Float64Array {
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let k = 0; k < cols; k++) s += (M[(r0 + r) * cols + k] ?? 0) * (v[k] ?? 0);
    out[r] = s;
  }
  return out;
}

/** One gate (or the RNN's single pre-activation 'h') at one step. */
export type GateStep = Readonly<{
  name: string;
  /** this gate's rows of weight_ih, [H, in], and of weight_hh, [H, H] (views) */
  W: Float64Array;
  U: Float64Array;
  /** this gate's rows of W_ih times the input, [H] */
  Wx: Float64Array;
  /** this gate's rows of W_hh times h_{t−1}, [H] */
  Uh: Float64Array;
  /** b_ih and b_hh rows, [H] each (the lecture's b is their sum; the GRU candidate needs them apart) */
  bih: Float64Array;
  bhh: Float64Array;
  /** pre-activation and activation from the trace, [H] */
  pre: Float64Array;
  act: Float64Array;
}>;

/** Everything one row computes at one step. */
export type ForwardStep = Readonly<{
  /** 0-based step */
  t: number;
  /** the step h_{t−1} comes from (t+1 for a reverse row), null at the first step (zero state) */
  prev: number | null;
  x: Float64Array;
  hPrev: Float64Array;
  /** LSTM only: c_{t−1} and c_t */
  cPrev: Float64Array | null;
  c: Float64Array | null;
  gates: readonly GateStep[];
  h: Float64Array;
}>;

/** The forward computation of `row` at 0-based step t. */
export function forwardStep(net: NetSnapshot, row: RowRef, t: number): ForwardStep {
  const { T, H } = shapeOf(net);
  const cell = cellAt(net, row);
  const w = cellParams(net, row);
  const prev = prevStep(row, t, T);
  const x = inputAt(net, row.layer, t);
  const hPrev = prev === null ? new Float64Array(H) : rowOf(cell.h, prev, H);
  const gates = cell.gates.map((g, gi): GateStep => ({
    name: g.name,
    W: w.wih.subarray(gi * H * w.inSize, (gi + 1) * H * w.inSize),
    U: w.whh.subarray(gi * H * H, (gi + 1) * H * H),
    Wx: matVec(w.wih, w.inSize, gi * H, H, x),
    Uh: matVec(w.whh, H, gi * H, H, hPrev),
    bih: w.bih.subarray(gi * H, (gi + 1) * H),
    bhh: w.bhh.subarray(gi * H, (gi + 1) * H),
    pre: rowOf(g.pre, t, H),
    act: rowOf(g.act, t, H),
  }));
  const c = cell.c;
  return {
    t, prev, x, hPrev, gates,
    cPrev: c === null ? null : prev === null ? new Float64Array(H) : rowOf(c, prev, H),
    c: c === null ? null : rowOf(c, t, H),
    h: rowOf(cell.h, t, H),
  };
}

/** The head at one step: y_t = V h_t + c on the top layer's output. */
export type OutputStep = Readonly<{
  t: number;
  /** the top layer's output (both directions concatenated), [D·H] */
  hTop: Float64Array;
  /** fc.weight [O, D·H] and fc.bias [O] */
  V: Float64Array;
  bias: Float64Array;
  /** the head's output from the trace, [O] (logits for 'ce') */
  y: Float64Array;
  /** softmax(y) for 'ce'; null for regression */
  probs: Float64Array | null;
}>;

/** Whether the head reads step t (0-based): every step, or only the last. */
export const hasOutput = (net: NetSnapshot, t: number): boolean => net.head === 'each' || t === net.trace.T - 1;

/** The head at 0-based step t, or null where the head reads nothing (many-to-one before the end). */
export function outputStep(net: NetSnapshot, t: number): OutputStep | null {
  if (!hasOutput(net, t)) return null;
  const { D, H, layers, outputSize: O } = shapeOf(net);
  const y = net.head === 'each' ? rowOf(net.trace.prediction, t, O) : net.trace.prediction.subarray(0, O);
  let probs: Float64Array | null = null;
  if (net.loss === 'ce') {
    const m = Math.max(...y);
    const e = Array.from(y, (v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    probs = Float64Array.from(e, (v) => v / s);
  }
  return {
    t, hTop: layers > 0 ? inputAt(net, layers, t) : new Float64Array(D * H),
    V: net.params['fc.weight'] ?? new Float64Array(O * D * H),
    bias: net.params['fc.bias'] ?? new Float64Array(O),
    y, probs,
  };
}

/** dL/dh flowing from step t back to the previous step of a row. */
export type BackwardStep = Readonly<{
  t: number;
  prev: number | null;
  /** dL/dh_t (total, from the trace) and its norm */
  dh: Float64Array;
  dhNorm: number;
  /** dL/dh_{t−1} from the trace; null at the first step, whose "previous" is the fixed zero state */
  dhPrev: Float64Array | null;
  dhPrevNorm: number;
  /**
   * Elman RNN only, the recurrence written out: f′(a_t) from h_t (tanh′ = 1 − h², relu′ = [h > 0]),
   * δ_t = dL/dh_t ⊙ f′(a_t), the recurrent part Uᵀδ_t, and the rest of dL/dh_{t−1} — what reaches
   * h_{t−1} from its own output and the layer above (null at the first step).
   */
  rnn: Readonly<{ fprime: Float64Array; delta: Float64Array; recur: Float64Array; local: Float64Array | null }> | null;
}>;

/** The backward step of `row` at 0-based step t. */
export function backwardStep(net: NetSnapshot, row: RowRef, t: number): BackwardStep {
  const { T, H } = shapeOf(net);
  const cell = cellAt(net, row);
  const prev = prevStep(row, t, T);
  const dh = rowOf(cell.dLdh, t, H);
  const dhPrev = prev === null ? null : rowOf(cell.dLdh, prev, H);
  let rnn: BackwardStep['rnn'] = null;
  if (net.cell === 'rnn_tanh' || net.cell === 'rnn_relu') {
    const h = rowOf(cell.h, t, H);
    const fprime = Float64Array.from(h, (v) => (net.cell === 'rnn_tanh' ? 1 - v * v : v > 0 ? 1 : 0));
    const delta = Float64Array.from(dh, (v, j) => v * (fprime[j] ?? 0));
    const U = cellParams(net, row).whh;
    const recur = new Float64Array(H);
    for (let k = 0; k < H; k++) {
      let s = 0;
      for (let j = 0; j < H; j++) s += (U[j * H + k] ?? 0) * (delta[j] ?? 0);
      recur[k] = s;
    }
    rnn = { fprime, delta, recur, local: dhPrev === null ? null : Float64Array.from(dhPrev, (v, k) => v - (recur[k] ?? 0)) };
  }
  return {
    t, prev, dh, dhNorm: cell.dLdhNorm[t] ?? 0,
    dhPrev, dhPrevNorm: prev === null ? 0 : (cell.dLdhNorm[prev] ?? 0),
    rnn,
  };
}

/** Index of the largest entry (the predicted class). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if ((v[i] ?? -Infinity) > (v[best] ?? -Infinity)) best = i;
  return best;
}

/** The position of the 1 when v is one-hot, else null. */
export function oneHotIndex(v: ArrayLike<number>): number | null {
  let at: number | null = null;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] ?? 0;
    if (x === 1 && at === null) at = i;
    else if (x !== 0) return null;
  }
  return at;
}
