/**
 * Everything the panels show about one example, per layer, direction and time step: states,
 * gates (pre-activation and activation), outputs, dL/dh_t and how strongly the final state
 * still depends on h_t — computed from one forward + backward of that example alone (B = 1).
 *
 * A trace is plain data (numbers, strings and Float64Arrays), so the worker can post it with its
 * buffers as transferables. It never touches the model's own gradients or training workspace.
 */
import { activations } from './activations.ts';
import { cellWeightsOf, directions } from './recurrentConfig.ts';
import { backprop, type Model } from './model.ts';
import { stateJacobianNorms } from './jacobian.ts';
import { spectralNorm } from './spectral.ts';
import type { CellCache } from './cells/cache.ts';
import type { RecurrentPass } from './recurrent.ts';

/** One gate of a cell over time; an Elman RNN reports its single pre-activation as gate 'h'. */
export type GateTrace = {
  /** 'i' | 'f' | 'g' | 'o' (LSTM), 'r' | 'z' | 'n' (GRU), 'h' (RNN: a_t and h_t = act(a_t)) */
  name: string;
  /**
   * pre-activation, [T, H]: W_i· x_t + b_i· + W_h· h_{t−1} + b_h· — for the GRU candidate n it is
   * W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn)
   */
  pre: Float64Array;
  /** activation, [T, H]: σ(pre) for gates, tanh (or relu) for candidates */
  act: Float64Array;
};

/**
 * The vanishing-gradient bound of an Elman RNN layer: ‖∂h_final/∂h_t‖ ≤ (γ·σ_max)^k, where k is
 * the number of steps from t to the final state (T−1−t forward, t reverse), since each step
 * multiplies by diag(f′)·W_hh with ‖diag(f′)‖ ≤ γ.
 */
export type GammaSigmaBound = {
  /** max |f′| of the nonlinearity (1 for tanh and relu) */
  gamma: number;
  /** σ_max(W_hh), by Lanczos (a lower-bound estimate converging from below, to ~1e-14) */
  sigmaMax: number;
};

/** One layer and direction over time. All [T, …] arrays are in time order t = 0…T−1. */
export type CellTrace = {
  layer: number;
  /** 0 = forward, 1 = reverse (`_reverse` parameters) */
  direction: number;
  /** hidden states h_t, [T, H] */
  h: Float64Array;
  /** LSTM cell states c_t, [T, H]; null for other modes */
  c: Float64Array | null;
  gates: GateTrace[];
  /**
   * dL/dh_t in total, [T, H]: through the upper layers or the head at step t *and* through the
   * recurrence into later steps (full BPTT unless `truncation` was given)
   */
  dLdh: Float64Array;
  /** ‖dL/dh_t‖₂, [T] */
  dLdhNorm: Float64Array;
  /**
   * ‖∂h_final/∂h_t‖₂ (spectral norm; Lanczos, a lower bound converging from below) through this direction's own
   * recurrence, [T]; h_final is h_{T−1} (forward) or h_0 (reverse), where the value is 1.
   * For LSTM it is the h-block of the (h, c) transition product, i.e. c_t held fixed.
   */
  jacobianNorm: Float64Array;
  /** for RNN_TANH / RNN_RELU; null for LSTM and GRU, whose gates break the simple bound */
  bound: GammaSigmaBound | null;
};

/** The whole trace of one example. */
export type ModelTrace = {
  T: number;
  hiddenSize: number;
  /** the example's input, [T, inputSize] */
  x: Float64Array;
  /** one entry per layer and direction, index layer·D + direction */
  cells: CellTrace[];
  /** the top layer's outputs y_t (both directions concatenated), [T, D·H] — what the head reads */
  output: Float64Array;
  /** head output: [outputSize] for head 'last', [T, outputSize] for 'each' (logits for 'ce') */
  prediction: Float64Array;
  /** the example's loss */
  loss: number;
};

/** Options of `traceExample`. */
export type TraceOptions = {
  /** report dL/dh_t as truncated BPTT of this chunk length would see it */
  truncation?: number;
  /**
   * compute `jacobianNorm` (default true). It is the expensive part — T products of H×G·H
   * matrices per layer and direction — so a worker may refresh it less often than the rest.
   * When false, `jacobianNorm` is filled with NaN.
   */
  jacobian?: boolean;
};

const GATE_NAMES = { rnn_tanh: ['h'], rnn_relu: ['h'], lstm: ['i', 'f', 'g', 'o'], gru: ['r', 'z', 'n'] } as const;

const scratch = new WeakMap<Model, { rnn: Record<string, Float64Array>; fc: Record<string, Float64Array> }>();

function scratchGrads(model: Model): { rnn: Record<string, Float64Array>; fc: Record<string, Float64Array> } {
  let s = scratch.get(model);
  if (s === undefined) {
    const copy = (r: Record<string, Float64Array>): Record<string, Float64Array> => {
      const out: Record<string, Float64Array> = {};
      for (const k of Object.keys(r)) out[k] = new Float64Array(r[k].length);
      return out;
    };
    s = { rnn: copy(model.rnn.grads), fc: copy(model.fc.grads) };
    scratch.set(model, s);
  }
  return s;
}

function gatesOf(c: CellCache): GateTrace[] {
  const { T, H, G } = c;
  const names = GATE_NAMES[c.kind];
  return names.map((name, gi) => {
    const pre = new Float64Array(T * H);
    const act = new Float64Array(T * H);
    for (let t = 0; t < T; t++) {
      const zo = t * G * H + gi * H;
      for (let j = 0; j < H; j++) {
        if (c.kind === 'gru') {
          const r = c.gates[t * G * H + j];
          const hidden = c.zh[zo + j];
          pre[t * H + j] = gi === 2 ? c.z[zo + j] + r * hidden : c.z[zo + j] + hidden;
        } else {
          pre[t * H + j] = c.z[zo + j];
        }
        act[t * H + j] = c.gates.length > 0 ? c.gates[zo + j] : c.hs[(c.outSlot0 + t) * H + j];
      }
    }
    return { name, pre, act };
  });
}

/**
 * Traces example x ([T, inputSize]) with target y (this example's slice of a batch target:
 * Float64Array [outputSize] or [T, outputSize], or Int32Array [1] or [T]) through `model` in
 * eval mode. Costs one forward + backward and, per layer and direction, T products of H×G·H
 * matrices for the Jacobian norms (a few ms for T ≤ 50, H ≤ 64).
 */
export function traceExample(
  model: Model, x: Float64Array, T: number, y: Float64Array | Int32Array, opts: TraceOptions = {},
): ModelTrace {
  const cfg = model.config;
  const g = scratchGrads(model);
  const res = backprop(model, { x, B: 1, T, y }, {
    rnnGrads: g.rnn, fcGrads: g.fc, slot: 'trace', training: false,
    truncation: opts.truncation ?? Infinity, rng: undefined,
  });
  const pass = res.pass as RecurrentPass;
  const H = cfg.hiddenSize;
  const D = directions(model.rnn.config);
  const cells: CellTrace[] = [];
  for (let l = 0; l < cfg.numLayers; l++) {
    for (let d = 0; d < D; d++) {
      const c = pass.layers[l].cells[d];
      const w = cellWeightsOf(model.rnn.params, model.rnn.config, l, d === 1);
      const h = c.hs.slice(c.outSlot0 * H, (c.outSlot0 + T) * H);
      const dLdh = c.dh.slice(0, T * H);
      const dLdhNorm = new Float64Array(T);
      for (let t = 0; t < T; t++) {
        let s = 0;
        for (let j = 0; j < H; j++) s += dLdh[t * H + j] * dLdh[t * H + j];
        dLdhNorm[t] = Math.sqrt(s);
      }
      const jacobianNorm = new Float64Array(T);
      if (opts.jacobian ?? true) stateJacobianNorms(c, w, jacobianNorm);
      else jacobianNorm.fill(NaN);
      const rnn = c.kind === 'rnn_tanh' || c.kind === 'rnn_relu';
      cells.push({
        layer: l, direction: d, h,
        c: c.kind === 'lstm' ? c.cs.slice(c.outSlot0 * H, (c.outSlot0 + T) * H) : null,
        gates: gatesOf(c),
        dLdh, dLdhNorm, jacobianNorm,
        bound: rnn
          ? {
            gamma: activations[c.kind === 'rnn_tanh' ? 'tanh' : 'relu'].gamma,
            sigmaMax: spectralNorm(w.whh, H, H, { tolerance: 1e-15 }),
          }
          : null,
      });
    }
  }
  return {
    T, hiddenSize: H,
    x: x.slice(),
    cells,
    output: pass.output.slice(),
    prediction: res.pred.slice(),
    loss: res.loss,
  };
}
