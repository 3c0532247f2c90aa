/**
 * The diagrams of the RNN family and the live model behind each: a task from the engine and a
 * model small enough to train in a second or two in the playground worker. One-to-one has no
 * time axis and so no recurrent model: it is drawn for comparison only.
 */
import { DEFAULT_CONFIG } from '../../worker/config.ts';
import type { ExperimentConfig } from '../../worker/config.ts';

export const DEMO_IDS = ['one-to-one', 'one-to-many', 'many-to-one', 'sentiment', 'many-to-many', 'seq2seq', 'bidirectional', 'stacked'] as const;
export type DemoId = (typeof DEMO_IDS)[number];

/** Where outputs appear: the shape of the diagram. */
export type Layout = 'one-to-one' | 'one-to-many' | 'many-to-one' | 'many-to-many' | 'seq2seq';

/** What a person may type to try the model. */
export type TryKind = 'letter' | 'word' | 'phrase' | 'digits' | 'values';

export type Demo = Readonly<{
  id: DemoId;
  layout: Layout;
  /** the live model; null for one-to-one */
  config: ExperimentConfig | null;
  maxSteps: number;
  /** stop once the training accuracy reaches this (classification) */
  target: number;
  tryKind: TryKind | null;
}>;

const base = (patch: Partial<ExperimentConfig>): ExperimentConfig => ({ ...DEFAULT_CONFIG, lr: 0.01, clip: 1, ...patch });

/** Reversal lengths the seq2seq demo trains on (short, so it learns in seconds). */
export const REVERSE_LENGTHS = { minLength: 2, maxLength: 4 } as const;

export const DEMOS: Readonly<Record<DemoId, Demo>> = {
  'one-to-one': { id: 'one-to-one', layout: 'one-to-one', config: null, maxSteps: 0, target: 1, tryKind: null },
  'one-to-many': {
    id: 'one-to-many', layout: 'one-to-many', maxSteps: 2000, target: 1, tryKind: 'letter',
    config: base({ task: 'chargen', cell: 'lstm', layers: 1, hidden: 32, seqLen: 3, batch: 8 }),
  },
  'many-to-one': {
    id: 'many-to-one', layout: 'many-to-one', maxSteps: 3000, target: 1, tryKind: 'word',
    // The lecture's word completion: a 2-layer LSTM on one-hot letters, three in, the fourth out.
    config: base({ task: 'words', cell: 'lstm', layers: 2, hidden: 32, seqLen: 3, batch: 8 }),
  },
  sentiment: {
    id: 'sentiment', layout: 'many-to-one', maxSteps: 2000, target: 1, tryKind: 'phrase',
    config: base({ task: 'sentiment', cell: 'gru', layers: 1, hidden: 16, seqLen: 3, batch: 8 }),
  },
  'many-to-many': {
    id: 'many-to-many', layout: 'many-to-many', maxSteps: 2000, target: 0.85, tryKind: 'word',
    config: base({ task: 'nextchar', cell: 'lstm', layers: 1, hidden: 32, seqLen: 3, batch: 8 }),
  },
  seq2seq: {
    id: 'seq2seq', layout: 'seq2seq', maxSteps: 6000, target: 0.97, tryKind: 'digits',
    config: base({ task: 'reverse', taskOptions: { ...REVERSE_LENGTHS, count: 512, heldOut: 0.2 }, cell: 'lstm', layers: 1, hidden: 64, seqLen: 9, batch: 16 }),
  },
  bidirectional: {
    id: 'bidirectional', layout: 'many-to-one', maxSteps: 3000, target: 1, tryKind: 'word',
    config: base({ task: 'words', cell: 'gru', layers: 1, hidden: 24, seqLen: 3, batch: 8, bidirectional: true }),
  },
  stacked: {
    id: 'stacked', layout: 'many-to-one', maxSteps: 1200, target: 1, tryKind: 'values',
    // The lecture's sine model: nn.RNN(1, 64, num_layers=2), 100 epochs of 12 batches.
    config: { ...DEFAULT_CONFIG },
  },
};

/** Window sizes offered for a person's own series (the lecture uses 10). */
export const SERIES_WINDOW = { min: 2, max: 50, initial: 10 } as const;
/** Steps the series model trains for. */
export const SERIES_STEPS = 800;
