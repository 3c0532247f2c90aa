/**
 * The models of the gradient lab: one recurrent layer and a many-to-one classifier head, built
 * from one seed exactly as the worker's session builds them (so a lab model and the main run's
 * model with the same config and seed start from the same weights), plus the two initialisations
 * the lab varies — the recurrent matrix's spectral norm and whether gated cells start with their
 * carry gate open.
 *
 * Why the gate init matters. PyTorch draws every bias from U(−1/√H, 1/√H), so an LSTM's forget
 * gate starts at σ(≈0) ≈ ½: the cell state loses half of itself each step and, over 30 steps,
 * its gradient path shrinks by ½³⁰ ≈ 1e-9 — as badly as a tanh RNN's. What the LSTM adds is a
 * path that *can* carry the gradient when f ≈ 1. Gers, Schmidhuber & Cummins (2000) start the
 * forget gate open for that reason; the "chrono" initialisation (Tallec & Ollivier 2018) sets
 * b_f ≈ log(T_max) and b_i = −b_f. We use ±3 (σ(3) ≈ 0.95, 0.95³⁰ ≈ 0.2), the chrono value for
 * dependencies of about 20 steps. The GRU's counterpart is its update gate z (h′ = (1−z)·n + z·h),
 * started at σ(3) ≈ 0.95 too.
 */
import type { LossName } from '../loss.ts';
import { createModel, type Model } from '../model.ts';
import type { RecurrentMode } from '../recurrentConfig.ts';
import { scaleRecurrent } from '../spectral.ts';

/** The cells of the lab, with the UI's names (the same strings as the worker's `CellType`). */
export type LabCell = 'rnn_tanh' | 'rnn_relu' | 'lstm' | 'gru';

/** Every lab cell, in the order the controls list them. */
export const LAB_CELLS: readonly LabCell[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'];

/** PyTorch's module mode of each cell. */
export const LAB_MODE: Readonly<Record<LabCell, RecurrentMode>> = {
  rnn_tanh: 'RNN_TANH',
  rnn_relu: 'RNN_RELU',
  lstm: 'LSTM',
  gru: 'GRU',
};

/**
 * How gated cells start: 'pytorch' = PyTorch's uniform init; 'open' = carry gate open
 * (LSTM b_f += 3 and b_i −= 3, GRU b_z += 3). Elman RNNs have no gates and ignore it.
 */
export type GateInit = 'pytorch' | 'open';

/** The bias shift of the 'open' gate init; see the file comment. */
export const OPEN_GATE_BIAS = 3;

/** Everything that defines a lab model besides its cell. */
export type LabModelSpec = Readonly<{
  /** input features per step */
  inputSize: number;
  /** hidden_size */
  hidden: number;
  /** stacked layers (num_layers) */
  layers: number;
  /** head outputs: classes for 'ce', regression outputs for 'mse' */
  outputs: number;
  /** classification (cross-entropy) or regression (MSE) on the last step */
  loss: LossName;
  /** spectral norm given to every H×H block of W_hh at init; null = PyTorch's init */
  recurrentScale: number | null;
  gateInit: GateInit;
}>;

/**
 * Adds `shift` to the bias of gate block `gate` (0-based, PyTorch's order: LSTM i, f, g, o;
 * GRU r, z, n) in every layer. Only bias_ih moves: PyTorch adds b_ih and b_hh, so one is enough.
 */
function shiftGateBias(model: Model, gate: number, shift: number): void {
  const H = model.config.hiddenSize;
  for (let l = 0; l < model.config.numLayers; l++) {
    const b = model.params[`rnn.bias_ih_l${l}`];
    for (let j = gate * H; j < (gate + 1) * H; j++) b[j] += shift;
  }
}

/** Opens the carry gate of a gated cell (see `GateInit`); a no-op for Elman RNNs. */
export function openCarryGate(model: Model, cell: LabCell): void {
  if (cell === 'lstm') {
    shiftGateBias(model, 1, OPEN_GATE_BIAS);
    shiftGateBias(model, 0, -OPEN_GATE_BIAS);
  } else if (cell === 'gru') {
    shiftGateBias(model, 1, OPEN_GATE_BIAS);
  }
}

/**
 * Builds a `cell` model with a head on the last step, from `seed` — the same call the worker's
 * session makes for a many-to-one task, so the weights match a main-run model of the same config
 * and seed (and, with the PyTorch gate init, stay equal to it).
 */
export function createLabModel(cell: LabCell, spec: LabModelSpec, seed: number): Model {
  const model = createModel(
    {
      mode: LAB_MODE[cell],
      inputSize: spec.inputSize,
      hiddenSize: spec.hidden,
      numLayers: spec.layers,
      bidirectional: false,
      bias: true,
      dropout: 0,
      outputSize: spec.outputs,
      head: 'last',
      loss: spec.loss,
    },
    seed,
  );
  if (spec.recurrentScale !== null) scaleRecurrent(model.rnn, spec.recurrentScale);
  if (spec.gateInit === 'open') openCarryGate(model, cell);
  return model;
}
