/**
 * The configuration and parameters of a recurrent module — `nn.RNN`, `nn.LSTM`, `nn.GRU` — with
 * PyTorch's argument names, parameter names, shapes, order and initialisation, so a state dict
 * moves between Unroll and a PyTorch script unchanged.
 */
import { type Rng } from './rng.ts';
import { assertOneOf, assertPositiveInt, assertInRange, EngineError } from './errors.ts';
import { gateCount, type CellKind, type CellWeights } from './cells/cache.ts';

/** PyTorch's `mode` string of the module (`nn.RNN(nonlinearity='tanh')` is 'RNN_TANH'). */
export type RecurrentMode = 'RNN_TANH' | 'RNN_RELU' | 'LSTM' | 'GRU';

/** All modes, in the order the UI lists them. */
export const RECURRENT_MODES: readonly RecurrentMode[] = ['RNN_TANH', 'RNN_RELU', 'LSTM', 'GRU'];

/** The constructor arguments of `nn.RNN` / `nn.LSTM` / `nn.GRU`, camel-cased. */
export type RecurrentConfig = Readonly<{
  mode: RecurrentMode;
  /** features per time step of the input (PyTorch `input_size`) */
  inputSize: number;
  /** features of the hidden state h (PyTorch `hidden_size`) */
  hiddenSize: number;
  /** stacked layers; layer k > 0 reads the (D·H)-wide output of layer k − 1 */
  numLayers: number;
  /** whether b_ih and b_hh exist */
  bias: boolean;
  /** inputs/outputs are (batch, seq, feature) instead of (seq, batch, feature) */
  batchFirst: boolean;
  /** dropout probability on the outputs of every layer but the last, in training only */
  dropout: number;
  /** a second, reverse-time direction per layer (D = 2) */
  bidirectional: boolean;
}>;

/** A recurrent module as plain data: its config and named parameters with their gradients. */
export type Recurrent = {
  config: RecurrentConfig;
  /** parameter names in PyTorch's `named_parameters()` order */
  names: readonly string[];
  /** PyTorch shape of each parameter, e.g. weight_ih_l0 → [G·H, input_size] */
  shapes: Readonly<Record<string, readonly number[]>>;
  /** parameter values, row-major in the PyTorch shape; updated in place, never replaced */
  params: Record<string, Float64Array>;
  /** gradients with the same keys and shapes; backward *accumulates* into them */
  grads: Record<string, Float64Array>;
};

/** Maps PyTorch's nn.RNN `nonlinearity` argument to a mode: 'tanh' → 'RNN_TANH', 'relu' → 'RNN_RELU'. */
export function rnnModeFor(nonlinearity: string): RecurrentMode {
  assertOneOf('nonlinearity', nonlinearity, ['tanh', 'relu'] as const);
  return nonlinearity === 'tanh' ? 'RNN_TANH' : 'RNN_RELU';
}

/** The cell recurrence computed by a mode. */
export function cellKindOf(mode: RecurrentMode): CellKind {
  return mode === 'RNN_TANH' ? 'rnn_tanh' : mode === 'RNN_RELU' ? 'rnn_relu' : mode === 'LSTM' ? 'lstm' : 'gru';
}

/** Number of directions D: 2 when bidirectional. */
export function directions(config: RecurrentConfig): number {
  return config.bidirectional ? 2 : 1;
}

/** Throws an EngineError naming the first argument that PyTorch would reject. */
export function validateRecurrentConfig(config: RecurrentConfig): void {
  assertOneOf('mode', config.mode, RECURRENT_MODES);
  assertPositiveInt('input_size', config.inputSize);
  assertPositiveInt('hidden_size', config.hiddenSize);
  assertPositiveInt('num_layers', config.numLayers);
  for (const [name, v] of [['bias', config.bias], ['batch_first', config.batchFirst],
    ['bidirectional', config.bidirectional]] as const) {
    if (typeof v !== 'boolean') throw new EngineError(`${name} must be a boolean, got ${String(v)}`);
  }
  assertInRange('dropout', config.dropout, 0, 1);
}

/** Names of one cell's parameters, e.g. layer 1 reverse → weight_ih_l1_reverse, …. */
export function cellParamNames(layer: number, reverse: boolean): {
  wih: string; whh: string; bih: string; bhh: string;
} {
  const sfx = `l${layer}${reverse ? '_reverse' : ''}`;
  return { wih: `weight_ih_${sfx}`, whh: `weight_hh_${sfx}`, bih: `bias_ih_${sfx}`, bhh: `bias_hh_${sfx}` };
}

/** Input width of a layer: input_size for layer 0, D·H above it. */
export function layerInputSize(config: RecurrentConfig, layer: number): number {
  return layer === 0 ? config.inputSize : directions(config) * config.hiddenSize;
}

/**
 * Builds the module with PyTorch's initialisation: every parameter ~ U(−1/√H, 1/√H), drawn in
 * `named_parameters()` order (per layer, per direction: W_ih, W_hh, b_ih, b_hh) from `rng`.
 */
export function createRecurrent(config: RecurrentConfig, rng: Rng): Recurrent {
  validateRecurrentConfig(config);
  const H = config.hiddenSize;
  const GH = gateCount(cellKindOf(config.mode)) * H;
  const bound = 1 / Math.sqrt(H);
  const names: string[] = [];
  const shapes: Record<string, readonly number[]> = {};
  const params: Record<string, Float64Array> = {};
  const grads: Record<string, Float64Array> = {};
  const add = (name: string, shape: readonly number[]): void => {
    const n = shape.reduce((a, b) => a * b, 1);
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) w[i] = rng.range(-bound, bound);
    names.push(name);
    shapes[name] = shape;
    params[name] = w;
    grads[name] = new Float64Array(n);
  };
  for (let l = 0; l < config.numLayers; l++) {
    for (let d = 0; d < directions(config); d++) {
      const n = cellParamNames(l, d === 1);
      add(n.wih, [GH, layerInputSize(config, l)]);
      add(n.whh, [GH, H]);
      if (config.bias) {
        add(n.bih, [GH]);
        add(n.bhh, [GH]);
      }
    }
  }
  return { config, names, shapes, params, grads };
}

/** The arrays of one cell inside a params (or grads) record: no copies, same memory. */
export function cellWeightsOf(
  record: Record<string, Float64Array>, config: RecurrentConfig, layer: number, reverse: boolean,
): CellWeights {
  const n = cellParamNames(layer, reverse);
  return {
    wih: record[n.wih],
    whh: record[n.whh],
    bih: config.bias ? record[n.bih] : null,
    bhh: config.bias ? record[n.bhh] : null,
  };
}
