/**
 * The Shape explorer's form as a person edits it: numbers kept as the typed text, so "0", "" or
 * "2.5" stay on screen while the message explains them, and the lecture examples as presets.
 */
import type { InputDims, ModuleKind, Nonlinearity, RecurrentArgs } from './shapes.ts';

/** Every control of the form; numeric fields hold the raw text of their input. */
export type ShapeForm = Readonly<{
  kind: ModuleKind;
  inputSize: string;
  hiddenSize: string;
  numLayers: string;
  nonlinearity: Nonlinearity;
  bias: boolean;
  batchFirst: boolean;
  dropout: string;
  bidirectional: boolean;
  batch: string;
  seq: string;
}>;

/** The lecture examples the panel offers as one-click presets. */
export type PresetId = 'sine' | 'birnn' | 'batch100';

/** Presets in the order of their buttons. */
export const PRESET_IDS: readonly PresetId[] = ['sine', 'birnn', 'batch100'];

const RNN_DEFAULTS = {
  kind: 'RNN',
  nonlinearity: 'tanh',
  bias: true,
  batchFirst: true,
  dropout: '0',
  bidirectional: false,
} as const;

/** The forms of the presets. */
export const PRESETS: Readonly<Record<PresetId, ShapeForm>> = {
  // Lecture 000: nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True),
  // DataLoader(batch_size=8), windows of n_time=10 noisy sine values.
  sine: { ...RNN_DEFAULTS, inputSize: '1', hiddenSize: '64', numLayers: '2', batch: '8', seq: '10' },
  // Lecture 003: RNN(128, 256, num_layers=3, tanh, batch_first, bidirectional) on
  // randn(4, 6, 128) → output [4, 6, 512], h_n [6, 4, 256].
  birnn: {
    ...RNN_DEFAULTS, inputSize: '128', hiddenSize: '256', numLayers: '3', bidirectional: true, batch: '4', seq: '6',
  },
  // Lecture 001: a batch of 100 samples of 32 features into 64 hidden units. The lecture gives no
  // sequence length; 10 is the sine lesson's window (the fixture uses the same).
  batch100: { ...RNN_DEFAULTS, inputSize: '32', hiddenSize: '64', numLayers: '1', batch: '100', seq: '10' },
};

/** Which preset, if any, the form currently equals (its button shows as pressed). */
export function presetOf(form: ShapeForm): PresetId | null {
  const keys = Object.keys(form) as (keyof ShapeForm)[];
  return PRESET_IDS.find((id) => keys.every((k) => PRESETS[id][k] === form[k])) ?? null;
}

/** Text → number the way a person means it: blank is "nothing" (NaN), not 0. */
function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The module arguments and input dims the form describes (numbers may still be invalid). */
export function argsOf(form: ShapeForm): { args: RecurrentArgs; dims: InputDims } {
  return {
    args: {
      kind: form.kind,
      inputSize: parseNumber(form.inputSize),
      hiddenSize: parseNumber(form.hiddenSize),
      numLayers: parseNumber(form.numLayers),
      nonlinearity: form.nonlinearity,
      bias: form.bias,
      batchFirst: form.batchFirst,
      dropout: parseNumber(form.dropout),
      bidirectional: form.bidirectional,
    },
    dims: { batch: parseNumber(form.batch), seq: parseNumber(form.seq) },
  };
}
