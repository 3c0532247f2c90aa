/**
 * What the three cells share: their weights for one layer and direction, and the cache one
 * direction keeps between its forward and backward pass.
 *
 * Time layout. Sequences inside the engine are time-major, `[T, B, features]` row-major, so one
 * time step is a contiguous [B, features] block and a whole layer's input is one [T·B, features]
 * matrix (one GEMM for the input projection of every step). A reverse direction walks t = T−1…0
 * but stores everything at its *time* index t, so its arrays line up with the input and with the
 * forward direction.
 */
import { createPanels, type Panels } from '../kernels.ts';

/**
 * The weights of one cell (one layer, one direction) in PyTorch's layout, or the gradients
 * accumulated for them (same shapes). G = 1 (RNN), 4 (LSTM: i, f, g, o), 3 (GRU: r, z, n).
 */
export type CellWeights = {
  /** weight_ih: [G·H, inSize] */
  wih: Float64Array;
  /** weight_hh: [G·H, H] */
  whh: Float64Array;
  /** bias_ih: [G·H], or null when the module has bias=False */
  bih: Float64Array | null;
  /** bias_hh: [G·H], or null when the module has bias=False */
  bhh: Float64Array | null;
};

/** The recurrence a cell computes; RNN variants differ only in their nonlinearity. */
export type CellKind = 'rnn_tanh' | 'rnn_relu' | 'lstm' | 'gru';

/** Number of stacked gate blocks per cell kind (rows of weight_ih are G·H). */
export function gateCount(kind: CellKind): number {
  return kind === 'lstm' ? 4 : kind === 'gru' ? 3 : 1;
}

/**
 * Everything one direction of one layer keeps from its forward pass for backward and for the
 * trace. Allocated once per (model, batch size, T) and reused: the hot loops never allocate.
 */
export type CellCache = {
  kind: CellKind;
  /** sequence length */
  T: number;
  /** batch size */
  B: number;
  /** hidden size */
  H: number;
  /** features per input row */
  inSize: number;
  /** gate blocks, 1 / 4 / 3 */
  G: number;
  /** true for the `_reverse` direction of a bidirectional layer */
  reverse: boolean;
  /** whether the last forward had a given (possibly nonzero) initial state */
  h0Given: boolean;
  /**
   * Hidden states, [(T+1), B, H] with one extra slot for the initial state. Forward direction:
   * slot 0 = h0 and slot t+1 = h_t. Reverse: slot T = h0 and slot t = h_t. Either way the
   * outputs are T contiguous slots (from `outSlot0`) and the *previous* states of all steps are T
   * contiguous slots (from `prevSlot0`) in time order — so dW_hh is one GEMM.
   */
  hs: Float64Array;
  /** LSTM cell states, [(T+1), B, H], same slot layout as `hs`; empty otherwise */
  cs: Float64Array;
  /** first slot of the outputs h_0…h_{T−1} in `hs` (1 forward, 0 reverse) */
  outSlot0: number;
  /** first slot of the previous states h_{−1}…h_{T−2} in `hs` (0 forward, 1 reverse) */
  prevSlot0: number;
  /**
   * Pre-activations, [T, B, G·H]. RNN/LSTM: x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh. GRU: the input part
   * x·W_ihᵀ + b_ih only, because its candidate gate multiplies the hidden part by r.
   */
  z: Float64Array;
  /** GRU only: hidden part h_{t−1}·W_hhᵀ + b_hh, [T, B, 3H] (r, z, n blocks); empty otherwise */
  zh: Float64Array;
  /** post-activation gates [T, B, G·H] (LSTM i, f, g, o; GRU r, z, n); empty for RNN */
  gates: Float64Array;
  /** LSTM only: tanh(c_t), [T, B, H]; empty otherwise */
  tanhC: Float64Array;
  /** gradient w.r.t. `z`, [T, B, G·H]; filled by backward */
  dz: Float64Array;
  /** GRU only: gradient w.r.t. `zh`, [T, B, 3H]; empty otherwise */
  dzh: Float64Array;
  /**
   * dL/dh_t in total (from the layer above or the head, plus the recurrent path from t+1),
   * [T, B, H]; filled by backward, read by the trace.
   */
  dh: Float64Array;
  /** scratch [B, H]: the recurrent gradient flowing into the previous step */
  carryH: Float64Array;
  /** scratch [B, H]: LSTM cell-state gradient flowing into the previous step */
  carryC: Float64Array;
  /** scratch [G·H]: b_ih + b_hh in forward, the shared bias gradient in backward */
  biasSum: Float64Array;
  /**
   * W_hh packed for the recurrent products (kernels.ts `gemmNTPacked`): its rows in forward, its
   * columns in backward. Packed once per pass and reused by all T steps.
   */
  whhPanels: Panels;
} & CellBinding;

/**
 * Where a direction reads its input and writes gradients: buffers of the surrounding layer,
 * fixed when the workspace is built so forward/backward take no array arguments.
 */
export type CellBinding = {
  /** the layer input, [T, B, inSize] time-major, starting at `xOff` */
  x: Float64Array;
  xOff: number;
  /**
   * dL/d(output h_t) from above, read as [T, B, ·] rows of stride `ldOut` from `dOutOff`
   * (a bidirectional layer's gradient is [T, B, 2H]; the reverse half starts at H).
   */
  dOut: Float64Array;
  dOutOff: number;
  ldOut: number;
  /** where dL/dx is *accumulated* ([T, B, inSize] from `dxOff`), or null if nobody needs it */
  dx: Float64Array | null;
  dxOff: number;
};

/** Allocates the cache of one direction for a sequence of T steps and B rows. */
export function createCellCache(
  kind: CellKind, T: number, B: number, inSize: number, H: number, reverse: boolean,
  binding: CellBinding,
): CellCache {
  const G = gateCount(kind);
  const lstm = kind === 'lstm';
  const gru = kind === 'gru';
  const steps = T * B;
  return {
    kind, T, B, H, inSize, G, reverse,
    h0Given: false,
    hs: new Float64Array((T + 1) * B * H),
    cs: new Float64Array(lstm ? (T + 1) * B * H : 0),
    outSlot0: reverse ? 0 : 1,
    prevSlot0: reverse ? 1 : 0,
    z: new Float64Array(steps * G * H),
    zh: new Float64Array(gru ? steps * G * H : 0),
    gates: new Float64Array(kind === 'rnn_tanh' || kind === 'rnn_relu' ? 0 : steps * G * H),
    tanhC: new Float64Array(lstm ? steps * H : 0),
    dz: new Float64Array(steps * G * H),
    dzh: new Float64Array(gru ? steps * G * H : 0),
    dh: new Float64Array(steps * H),
    carryH: new Float64Array(B * H),
    carryC: new Float64Array(lstm ? B * H : 0),
    biasSum: new Float64Array(G * H),
    whhPanels: createPanels(),
    ...binding,
  };
}

/** Slot in `hs`/`cs` holding h_t (the output of step t). */
export function outSlot(c: CellCache, t: number): number {
  return c.reverse ? t : t + 1;
}

/** Slot in `hs`/`cs` holding the state step t starts from (h_{t−1}, or h_{t+1} in reverse). */
export function prevSlot(c: CellCache, t: number): number {
  return c.reverse ? t + 1 : t;
}

/** Slot holding the initial state (h0 / c0 of this direction). */
export function initSlot(c: CellCache): number {
  return c.reverse ? c.T : 0;
}

/** Slot holding the final state (h_n / c_n of this direction). */
export function finalSlot(c: CellCache): number {
  return c.reverse ? 0 : c.T;
}

/**
 * Whether the recurrent gradient is cut when it would flow from processing step `s` into the
 * state before it (truncated BPTT, see `recurrent.ts` for the definition): at s = k, 2k, 3k, …
 * counted in the direction's own processing order. s = 0 is never cut, so h0 keeps its gradient.
 */
export function cutBefore(s: number, truncation: number): boolean {
  return s > 0 && s % truncation === 0;
}
