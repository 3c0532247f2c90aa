/**
 * The run: its status and counters as the worker last reported them, the description that
 * reproduces it (base config, live changes, step — what the share link carries), and the actions
 * that drive it. Actions are callable outside React (`useAppStore.getState().train()`); they send
 * requests through the port and let the worker's acknowledgements change the state, so the UI
 * never claims something the worker has not done (e.g. "paused" before the last step finished).
 */
import type { StateCreator } from 'zustand';
import type { TrainingClient } from '../worker/client.ts';
import { DEFAULT_CONFIG } from '../worker/config.ts';
import type { ExperimentConfig } from '../worker/config.ts';
import type { LiveChange } from '../worker/protocol.ts';
import type { WorkerError } from '../worker/protocol.ts';
import type { AppState } from './store.ts';
import type { UrlRun } from './urlCodec.ts';

/** idle: at step 0, not training · paused: stopped after step 0 · replaying: a link is being replayed. */
export type RunStatus = 'idle' | 'running' | 'paused' | 'replaying' | 'diverged' | 'error';

/** What the worker port must offer (the training client, or a test double). */
export type WorkerPort = Pick<TrainingClient, 'configure' | 'run' | 'pause' | 'step' | 'reset' | 'setLive' | 'trace' | 'loadStateDict' | 'exportStateDict'>;

/** The run as the UI knows it. */
export type RunInfo = Readonly<{
  status: RunStatus;
  /** whether the worker holds a model (false until the first `ready`) */
  ready: boolean;
  /** Pause was asked and not yet acknowledged */
  pausing: boolean;
  /** optimizer steps taken */
  step: number;
  /** passes over the training samples, fractional */
  epoch: number;
  /** optimizer steps per second while training; 0 otherwise */
  stepsPerSec: number;
  /** the newest full-data loss, its step, and the held-out loss (null when none) */
  loss: number | null;
  lossStep: number | null;
  heldOutLoss: number | null;
  /** the last mini-batch loss and pre-clip gradient norm (NaN before the first step) */
  batchLoss: number;
  gradNorm: number;
  /** learning rate in force */
  lr: number;
  /** the step a link replay is heading for; null otherwise */
  replayTarget: number | null;
  /** where and why the run diverged; null otherwise */
  diverged: Readonly<{ step: number; what: 'loss' | 'gradient' }> | null;
  /** the config at step 0 and the live changes since: with `step`, what reproduces the run */
  base: ExperimentConfig;
  changes: readonly LiveChange[];
  /** the run started from imported weights (a link cannot carry those) */
  imported: boolean;
  /** trainable parameters */
  paramCount: number;
}>;

/** The result of an import. */
export type ImportOutcome = Readonly<{ ok: true }> | Readonly<{ ok: false; reason: string; detail: string }>;

/** The run slice. */
export type RunState = Readonly<{
  run: RunInfo;
  /** the worker, once `startTrainingClient` has connected one */
  port: WorkerPort | null;
  /** connects a worker and sends it the current run */
  attachPort: (port: WorkerPort) => void;
  /** builds a run (from a link, a preset or a reset of the controls) and replays it to `step` */
  startRun: (run: UrlRun) => void;
  train: () => void;
  pause: () => void;
  step: () => void;
  reset: () => void;
  /** which sample's trace the worker should send (null: none) */
  setFocus: (example: number | null) => void;
  /** the parameters as PyTorch state-dict JSON */
  exportWeights: () => Promise<{ json: string; step: number }>;
  /** loads PyTorch state-dict JSON; a bad or mismatched file changes nothing */
  importWeights: (text: string) => Promise<ImportOutcome>;
}>;

/** Same limit as the worker's; checked here too so a huge file is never posted. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

/** The run before the worker has said anything. */
export const INITIAL_RUN: RunInfo = {
  status: 'idle',
  ready: false,
  pausing: false,
  step: 0,
  epoch: 0,
  stepsPerSec: 0,
  loss: null,
  lossStep: null,
  heldOutLoss: null,
  batchLoss: NaN,
  gradNorm: NaN,
  lr: DEFAULT_CONFIG.lr,
  replayTarget: null,
  diverged: null,
  base: DEFAULT_CONFIG,
  changes: [],
  imported: false,
  paramCount: 0,
};

/** The config in force after `changes` (all of them: they are at or before the step reached). */
export function configAfter(base: ExperimentConfig, changes: readonly LiveChange[]): ExperimentConfig {
  let c = base;
  for (const ch of changes) c = { ...c, ...ch.set };
  return c;
}

/** Creates the run slice. */
export const createRunSlice: StateCreator<AppState, [], [], RunState> = (set, get) => ({
  run: INITIAL_RUN,
  port: null,
  attachPort: (port) => {
    set({ port });
    const { run, snapshot } = get();
    port.configure(run.base, run.changes, run.replayTarget ?? run.step, snapshot.focus);
  },
  startRun: ({ config, changes, step }) => {
    set((s) => ({
      config: configAfter(config, changes),
      run: { ...s.run, base: config, changes, step, replayTarget: step > 0 ? step : null, status: step > 0 ? 'replaying' : s.run.status, diverged: null },
    }));
    const { port, snapshot } = get();
    port?.configure(config, changes, step, snapshot.focus);
  },
  train: () => {
    const { port, run } = get();
    if (port === null || !run.ready || run.status === 'running') return;
    port.run();
  },
  pause: () => {
    const { port, run } = get();
    if (port === null || !run.ready) return;
    set((s) => ({ run: { ...s.run, pausing: true } }));
    port.pause();
  },
  step: () => {
    const { port, run } = get();
    if (port === null || !run.ready) return;
    port.step();
  },
  reset: () => {
    const { port, run } = get();
    if (port === null) return;
    if (run.ready) port.reset();
    else port.configure(run.base, [], 0, get().snapshot.focus);
  },
  setFocus: (example) => {
    set((s) => ({ snapshot: { ...s.snapshot, focus: example } }));
    const { port, run } = get();
    if (port !== null && run.ready) port.trace(example);
  },
  exportWeights: () => {
    const port = get().port;
    return port === null ? Promise.reject(new Error('no worker')) : port.exportStateDict();
  },
  importWeights: async (text) => {
    const port = get().port;
    const refuse = (reason: string, detail: string): ImportOutcome => {
      get().addMessages([{ level: 'error', source: 'import', key: `common.import.${reason}`, params: {}, detail }]);
      return { ok: false, reason, detail };
    };
    if (port === null) return refuse('internal', 'no worker');
    if (text.length > MAX_IMPORT_CHARS) return refuse('too-large', `${text.length} characters; the limit is ${MAX_IMPORT_CHARS}`);
    try {
      await port.loadStateDict(text);
      get().clearMessages('import');
      get().addMessages([{ level: 'ok', source: 'import', key: 'common.import.done', params: {} }]);
      return { ok: true };
    } catch (e) {
      const err = e as Partial<WorkerError>;
      return refuse(err.reason ?? 'internal', err.message ?? String(e));
    }
  },
});
