/**
 * The workspace of a recurrent module: every buffer one forward and backward pass needs, per
 * (module, slot, batch size, T), allocated on first use and reused so that training steps
 * allocate nothing. `recurrent.ts` runs the passes; this file owns their memory.
 */
import { createCellCache, type CellCache, type CellWeights } from './cells/cache.ts';
import {
  cellKindOf, cellParamNames, directions, layerInputSize, type Recurrent,
} from './recurrentConfig.ts';

/** One layer's buffers inside a pass. */
export type LayerPass = {
  /** features per input row of this layer */
  inSize: number;
  /** the layer's output h_t of all directions, [T, B, D·H] time-major, starting at `outOff` */
  out: Float64Array;
  outOff: number;
  /** inverted-dropout multipliers (0 or 1/(1−p)), [T, B, D·H]; empty for the top layer or p = 0 */
  mask: Float64Array;
  /** out ⊙ mask, what the next layer reads when dropout is active, [T, B, D·H] */
  dropped: Float64Array;
  /** whether the last forward applied dropout to this layer's output */
  dropoutActive: boolean;
  /** dL/d(out), [T, B, D·H] */
  dOut: Float64Array;
  /** one cache per direction (index 1 = `_reverse`) */
  cells: CellCache[];
  /** the cells' weights, re-pointed at the module's params on every call */
  weights: CellWeights[];
  /** where backward accumulates each cell's gradients */
  grads: CellWeights[];
  /** parameter names of each direction's cell, e.g. weight_ih_l1_reverse */
  paramNames: ReturnType<typeof cellParamNames>[];
};

/**
 * The results of one forward pass and, after `recurrentBackward`, its gradients. Arrays are
 * workspace buffers: valid until the next pass with the same (batch, T, slot), so copy what
 * must outlive it.
 */
export type RecurrentPass = {
  B: number;
  T: number;
  /** the workspace slot this pass belongs to (see `RecurrentForwardOptions.slot`) */
  slot: string;
  /** (B, T, D·H) if batch_first else (T, B, D·H): the top layer's h_t of both directions */
  output: Float64Array;
  /** PyTorch's h_n: the final state of every layer and direction, (L·D, B, H) */
  hN: Float64Array;
  /** PyTorch's c_n for LSTM, (L·D, B, H); null otherwise */
  cN: Float64Array | null;
  /** dL/d(input) in the input's layout; filled by backward when `inputGrad` */
  dInput: Float64Array;
  /** dL/dh0, (L·D, B, H); filled by backward when h0 was given */
  dh0: Float64Array;
  /** dL/dc0 for LSTM, (L·D, B, H); filled by backward when c0 was given */
  dc0: Float64Array;
  /** whether the forward received h0 / c0 */
  h0Given: boolean;
  c0Given: boolean;
  /** the layer-0 input, time-major [T, B, input_size] */
  xTime: Float64Array;
  /** dL/d(xTime), [T, B, input_size] */
  dxTime: Float64Array;
  layers: LayerPass[];
};

const MAX_CACHED_SHAPES = 6;
const passCache = new WeakMap<Recurrent, RecurrentPass[]>();

/** The reusable pass of (slot, B, T) of `rec`, allocating it on first use. */
export function passFor(rec: Recurrent, B: number, T: number, slot: string): RecurrentPass {
  let passes = passCache.get(rec);
  if (passes === undefined) {
    passes = [];
    passCache.set(rec, passes);
  }
  // A linear search over ≤ 4 entries: no key strings built per call.
  for (let i = 0; i < passes.length; i++) {
    const p = passes[i];
    if (p.B === B && p.T === T && p.slot === slot) return p;
  }
  // Keep a few shapes: full and short training batches, evaluation of train and held-out data, trace.
  if (passes.length >= MAX_CACHED_SHAPES) passes.shift();
  const pass = createPass(rec, B, T, slot);
  passes.push(pass);
  return pass;
}

function createPass(rec: Recurrent, B: number, T: number, slot: string): RecurrentPass {
  const cfg = rec.config;
  const D = directions(cfg);
  const H = cfg.hiddenSize;
  const L = cfg.numLayers;
  const kind = cellKindOf(cfg.mode);
  const xTime = new Float64Array(T * B * cfg.inputSize);
  const dxTime = new Float64Array(T * B * cfg.inputSize);
  const layers: LayerPass[] = [];
  for (let l = 0; l < L; l++) {
    const inSize = layerInputSize(cfg, l);
    const prev = l > 0 ? layers[l - 1] : null;
    const dOut = new Float64Array(T * B * D * H);
    const cells: CellCache[] = [];
    for (let d = 0; d < D; d++) {
      cells.push(createCellCache(kind, T, B, inSize, H, d === 1, {
        x: prev ? prev.out : xTime,
        xOff: prev ? prev.outOff : 0,
        dOut, dOutOff: d * H, ldOut: D * H,
        dx: prev ? prev.dOut : dxTime,
        dxOff: 0,
      }));
    }
    const hasDropout = cfg.dropout > 0 && l < L - 1;
    const weights: CellWeights[] = [];
    const grads: CellWeights[] = [];
    for (let d = 0; d < D; d++) {
      // Placeholders; `bind` points them at the real arrays on every call.
      weights.push({ wih: xTime, whh: xTime, bih: null, bhh: null });
      grads.push({ wih: xTime, whh: xTime, bih: null, bhh: null });
    }
    layers.push({
      inSize,
      // One direction: the layer output *is* the cell's state buffer (slots 1…T), no copy.
      out: D === 1 ? cells[0].hs : new Float64Array(T * B * D * H),
      outOff: D === 1 ? B * H : 0,
      mask: new Float64Array(hasDropout ? T * B * D * H : 0),
      dropped: new Float64Array(hasDropout ? T * B * D * H : 0),
      dropoutActive: false,
      dOut, cells, weights, grads,
      paramNames: cells.map((_, d) => cellParamNames(l, d === 1)),
    });
  }
  const isLstm = kind === 'lstm';
  return {
    B, T, slot,
    output: new Float64Array(T * B * D * H),
    hN: new Float64Array(L * D * B * H),
    cN: isLstm ? new Float64Array(L * D * B * H) : null,
    dInput: new Float64Array(T * B * cfg.inputSize),
    dh0: new Float64Array(L * D * B * H),
    dc0: new Float64Array(isLstm ? L * D * B * H : 0),
    h0Given: false,
    c0Given: false,
    xTime, dxTime, layers,
  };
}

/** Points every cell's weight (or gradient) slots at the arrays in `record`: no allocation. */
export function bindWeights(rec: Recurrent, pass: RecurrentPass, record: Record<string, Float64Array>, useGrads: boolean): void {
  const cfg = rec.config;
  for (let l = 0; l < pass.layers.length; l++) {
    const layer = pass.layers[l];
    const target = useGrads ? layer.grads : layer.weights;
    for (let d = 0; d < target.length; d++) {
      const n = layer.paramNames[d];
      const w = target[d];
      w.wih = record[n.wih];
      w.whh = record[n.whh];
      w.bih = cfg.bias ? record[n.bih] : null;
      w.bhh = cfg.bias ? record[n.bhh] : null;
    }
  }
}
