/**
 * What `nn.RNN` / `nn.LSTM` / `nn.GRU` return and hold for given constructor arguments and input
 * shape: the shapes of `output`, `h_n`, `c_n`, of every parameter in `named_parameters()` order,
 * and the parameter count. Pure arithmetic, no tensors, so the Shapes panel can answer for
 * hidden_size 4096 as fast as for 4. Checked against shapes PyTorch itself returned
 * (tests/fixtures/torch-shapes.json).
 *
 * Arguments typed by a person are validated here and come back as error values naming the
 * argument and its allowed range, never as exceptions.
 */

/** The module class: `nn.RNN`, `nn.LSTM` or `nn.GRU`. */
export type ModuleKind = 'RNN' | 'LSTM' | 'GRU';

/** The module classes, in the order the form shows them. */
export const MODULE_KINDS: readonly ModuleKind[] = ['RNN', 'LSTM', 'GRU'];

/** `nn.RNN`'s `nonlinearity` argument (LSTM and GRU have none). */
export type Nonlinearity = 'tanh' | 'relu';

/** Constructor arguments, with PyTorch's meaning; numbers may be anything a person typed. */
export type RecurrentArgs = Readonly<{
  kind: ModuleKind;
  /** features per time step of the input (`input_size`) */
  inputSize: number;
  /** features of h (`hidden_size`) */
  hiddenSize: number;
  /** stacked layers (`num_layers`) */
  numLayers: number;
  /** used by nn.RNN only */
  nonlinearity: Nonlinearity;
  bias: boolean;
  /** input and output are (batch, seq, feature) instead of (seq, batch, feature) */
  batchFirst: boolean;
  /** dropout probability on every layer's output but the last (training only) */
  dropout: number;
  bidirectional: boolean;
}>;

/** The input's batch size and sequence length (its third axis is `input_size`). */
export type InputDims = Readonly<{ batch: number; seq: number }>;

/** The fields a person can get wrong, named as PyTorch names them. */
export type ArgField = 'input_size' | 'hidden_size' | 'num_layers' | 'dropout' | 'batch' | 'seq';

/**
 * Allowed range of each integer field. PyTorch has no upper bounds; ours keep the diagram and
 * the parameter count (≤ ~2·10⁹, well inside float64 integers) meaningful.
 */
export const INT_LIMITS = {
  input_size: { min: 1, max: 4096 },
  hidden_size: { min: 1, max: 4096 },
  num_layers: { min: 1, max: 16 },
  batch: { min: 1, max: 4096 },
  seq: { min: 1, max: 4096 },
} as const;

/** A validation problem: which field, the message key under `shapes.errors`, its parameters. */
export type ShapeIssue = Readonly<{
  field: ArgField;
  key: 'shapes.errors.wholeNumber' | 'shapes.errors.dropoutRange';
  params: Readonly<{ name: string; min: number; max: number }>;
}>;

/** Something legal that still deserves a word (PyTorch warns about it too). */
export type ShapeNote = 'shapes.notes.dropoutSingleLayer';

/** One parameter tensor. */
export type ParamShape = Readonly<{
  /** PyTorch name, e.g. 'weight_ih_l1_reverse' */
  name: string;
  /** which of the four tensors of a cell this is */
  role: 'weight_ih' | 'weight_hh' | 'bias_ih' | 'bias_hh';
  layer: number;
  reverse: boolean;
  shape: readonly number[];
  /** number of elements (product of the shape) */
  numel: number;
}>;

/** Everything the module's shapes depend on, with the result. */
export type RecurrentShapes = Readonly<{
  args: RecurrentArgs;
  dims: InputDims;
  /** directions: 2 when bidirectional */
  D: 1 | 2;
  /** stacked gate blocks: 1 (RNN), 4 (LSTM: i, f, g, o), 3 (GRU: r, z, n) */
  G: 1 | 3 | 4;
  input: readonly number[];
  output: readonly number[];
  hN: readonly number[];
  /** LSTM only; null otherwise */
  cN: readonly number[] | null;
  params: readonly ParamShape[];
  paramCount: number;
}>;

/** The answer: shapes (with notes) or the list of problems. */
export type ShapesResult =
  | Readonly<{ ok: true; shapes: RecurrentShapes; notes: readonly ShapeNote[] }>
  | Readonly<{ ok: false; issues: readonly ShapeIssue[] }>;

/** Gate blocks stacked along dim 0 of the weights (PyTorch's `gate_size = G · hidden_size`). */
export function gateCount(kind: ModuleKind): 1 | 3 | 4 {
  return kind === 'LSTM' ? 4 : kind === 'GRU' ? 3 : 1;
}

/** Checks every field and returns all problems at once, so the form can mark each one. */
export function validateArgs(args: RecurrentArgs, dims: InputDims): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const values: Readonly<Record<keyof typeof INT_LIMITS, number>> = {
    input_size: args.inputSize,
    hidden_size: args.hiddenSize,
    num_layers: args.numLayers,
    batch: dims.batch,
    seq: dims.seq,
  };
  for (const field of Object.keys(INT_LIMITS) as (keyof typeof INT_LIMITS)[]) {
    const { min, max } = INT_LIMITS[field];
    const v = values[field];
    if (!Number.isInteger(v) || v < min || v > max) {
      issues.push({ field, key: 'shapes.errors.wholeNumber', params: { name: field, min, max } });
    }
  }
  // PyTorch accepts dropout = 1, but it would zero every activation between layers.
  if (!Number.isFinite(args.dropout) || args.dropout < 0 || args.dropout >= 1) {
    issues.push({ field: 'dropout', key: 'shapes.errors.dropoutRange', params: { name: 'dropout', min: 0, max: 1 } });
  }
  return issues;
}

function paramsOf(args: RecurrentArgs, D: number, G: number): ParamShape[] {
  const H = args.hiddenSize;
  const out: ParamShape[] = [];
  const add = (role: ParamShape['role'], layer: number, reverse: boolean, shape: number[]): void => {
    const name = `${role}_l${layer}${reverse ? '_reverse' : ''}`;
    out.push({ name, role, layer, reverse, shape, numel: shape.reduce((a, b) => a * b, 1) });
  };
  // named_parameters() order: layer by layer, forward then reverse, W_ih, W_hh, b_ih, b_hh.
  for (let layer = 0; layer < args.numLayers; layer++) {
    // Layer k > 0 reads the previous layer's output, [forward; reverse] concatenated: D·H wide.
    const inWidth = layer === 0 ? args.inputSize : D * H;
    for (let d = 0; d < D; d++) {
      const reverse = d === 1;
      add('weight_ih', layer, reverse, [G * H, inWidth]);
      add('weight_hh', layer, reverse, [G * H, H]);
      if (args.bias) {
        add('bias_ih', layer, reverse, [G * H]);
        add('bias_hh', layer, reverse, [G * H]);
      }
    }
  }
  return out;
}

/**
 * The shapes PyTorch gives for `module(input)` with `input` of (batch, seq, input_size) when
 * batch_first, else (seq, batch, input_size), and no h0: output is (…, D·H) in the input's layout;
 * h_n and c_n are (num_layers·D, batch, H) whatever batch_first says.
 */
export function recurrentShapes(args: RecurrentArgs, dims: InputDims): ShapesResult {
  const issues = validateArgs(args, dims);
  if (issues.length > 0) return { ok: false, issues };
  const D = args.bidirectional ? 2 : 1;
  const G = gateCount(args.kind);
  const H = args.hiddenSize;
  const { batch: B, seq: T } = dims;
  const lead = args.batchFirst ? [B, T] : [T, B];
  const hN = [args.numLayers * D, B, H];
  const params = paramsOf(args, D, G);
  const notes: ShapeNote[] = [];
  if (args.dropout > 0 && args.numLayers === 1) notes.push('shapes.notes.dropoutSingleLayer');
  return {
    ok: true,
    notes,
    shapes: {
      args,
      dims,
      D,
      G,
      input: [...lead, args.inputSize],
      output: [...lead, D * H],
      hN,
      cN: args.kind === 'LSTM' ? hN : null,
      params,
      paramCount: params.reduce((sum, p) => sum + p.numel, 0),
    },
  };
}

/**
 * The constructor call as it would be written in PyTorch, keyword arguments left at their
 * default omitted: `nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True)`.
 */
export function moduleCall(args: RecurrentArgs): string {
  const parts = [`input_size=${args.inputSize}`, `hidden_size=${args.hiddenSize}`];
  if (args.numLayers !== 1) parts.push(`num_layers=${args.numLayers}`);
  if (args.kind === 'RNN' && args.nonlinearity !== 'tanh') parts.push(`nonlinearity='${args.nonlinearity}'`);
  if (!args.bias) parts.push('bias=False');
  if (args.batchFirst) parts.push('batch_first=True');
  if (args.dropout !== 0) parts.push(`dropout=${args.dropout}`);
  if (args.bidirectional) parts.push('bidirectional=True');
  return `nn.${args.kind}(${parts.join(', ')})`;
}

/** Formats a shape like torch.Size prints it, without the wrapper: [4, 6, 512]. */
export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
