/**
 * The main thread's side of the worker: typed requests, decoded events, and recovery. The client
 * remembers what describes the run — the config at step 0, the live changes, imported weights
 * and the step reached — so when the worker dies (an uncaught error, a crash, or silence while
 * it should be talking) or reports an internal error, it starts a new worker and replays the run
 * to the same step: training is deterministic, so the parameters come back bit for bit. It then
 * reports `restarted` so the UI can say what happened; after repeated failures it gives up
 * (`failed`) instead of looping.
 */
import { decodeFromWorker } from './codec.ts';
import type { ExperimentConfig } from './config.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import type { FromWorker, LiveChange, LiveParams, ToWorker, WorkerError } from './protocol.ts';

/** The part of `Worker` the client uses (tests pass an in-process fake). */
export type WorkerLike = {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
};

/** What the client reports: the worker's events, plus its own recovery news. */
export type ClientEvent =
  | FromWorker
  /** the worker died (`reason`) and a new one is replaying the run to `step` */
  | Readonly<{ type: 'restarted'; reason: string; step: number }>
  /** the worker kept dying; the client stopped restarting it */
  | Readonly<{ type: 'failed'; reason: string }>;

/** How the client is built. */
export type ClientOptions = Readonly<{
  /** starts a worker (the app: `new Worker(new URL('./trainer.worker.ts', …))`) */
  spawn: () => WorkerLike;
  onEvent: (e: ClientEvent) => void;
  /** silence that counts as death while the worker owes an answer or is training, ms */
  watchdogMs?: number;
  /** restarts allowed within `restartWindowMs` before giving up */
  maxRestarts?: number;
  restartWindowMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}>;

type Request = ToWorker extends infer T ? (T extends unknown ? Omit<T, 'v' | 'id'> : never) : never;

/** What describes the run, kept to rebuild it in a new worker. */
type RunRecord = {
  base: ExperimentConfig | null;
  changes: LiveChange[];
  /** state-dict JSON the run started from, when imported */
  imported: string | null;
  step: number;
  running: boolean;
  focus: number | null;
};

/** A typed client. Request methods return the request id that the acknowledging event carries. */
export type TrainingClient = ReturnType<typeof createTrainingClient>;

/** Starts a worker and wraps it. */
export function createTrainingClient(options: ClientOptions) {
  const watchdogMs = options.watchdogMs ?? 30_000;
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const record: RunRecord = { base: null, changes: [], imported: null, step: 0, running: false, focus: null };
  const sentImports = new Map<number, string>();
  const waiting = new Map<number, { resolve: (e: FromWorker) => void; reject: (e: WorkerError) => void }>();
  const restarts: number[] = [];
  let nextId = 1;
  let owed = 0; // requests not yet acknowledged
  let watchdog: unknown = null;
  let worker: WorkerLike;
  let disposed = false;

  function arm(): void {
    if (watchdog !== null) clearTimer(watchdog);
    watchdog = owed > 0 || record.running ? setTimer(() => restart('the worker stopped answering'), watchdogMs) : null;
  }

  function onEvent(e: FromWorker): void {
    const id = e.id;
    switch (e.type) {
      case 'ready':
        record.base = e.base;
        record.changes = [...e.changes];
        record.imported = e.imported ? (id !== undefined ? sentImports.get(id) ?? record.imported : record.imported) : null;
        break;
      case 'snapshot': {
        record.step = e.replayingTo ?? e.step;
        record.running = e.running;
        if (e.change !== null) record.changes.push(e.change);
        break;
      }
      case 'diverged':
        record.running = false;
        break;
      case 'stateDict':
      case 'error':
        break;
    }
    if (id !== undefined) {
      // A configure or import acknowledges with its last snapshot; `ready` is only a stage.
      const final = e.type !== 'ready' && !(e.type === 'snapshot' && e.replayingTo !== null);
      if (final) {
        sentImports.delete(id);
        owed = Math.max(0, owed - 1);
        const w = waiting.get(id);
        waiting.delete(id);
        if (w && e.type === 'error') w.reject(e);
        else if (w) w.resolve(e);
      }
    }
    arm();
    options.onEvent(e);
    if (e.type === 'error' && e.code === 'internal') restart(`${e.name}: ${e.message}`);
  }

  function spawn(): void {
    worker = options.spawn();
    worker.onmessage = (m) => {
      const d = decodeFromWorker(m.data);
      if (d.ok) onEvent(d.msg);
      else options.onEvent({ v: PROTOCOL_VERSION, type: 'error', ...d.error });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      restart(e.message || 'the worker failed to run');
    };
    worker.onmessageerror = () => restart('a message from the worker could not be read');
  }

  function post(req: Request, transfer: Transferable[] = []): number {
    const id = nextId++;
    owed++;
    worker.postMessage({ ...req, v: PROTOCOL_VERSION, id }, transfer);
    arm();
    return id;
  }

  function restart(reason: string): void {
    if (disposed) return;
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    owed = 0;
    for (const [, w] of waiting) w.reject({ code: 'internal', name: 'WorkerRestarted', message: reason });
    waiting.clear();
    const t = now();
    restarts.push(t);
    while (restarts.length > 0 && (restarts[0] ?? t) < t - (options.restartWindowMs ?? 60_000)) restarts.shift();
    if (restarts.length > (options.maxRestarts ?? 3)) {
      record.running = false;
      arm();
      options.onEvent({ type: 'failed', reason });
      return;
    }
    spawn();
    const { base, changes, imported, step, running, focus } = record;
    options.onEvent({ type: 'restarted', reason, step });
    if (base === null) return;
    post({ type: 'configure', config: base, changes: imported === null ? changes : [], toStep: imported === null ? step : 0, focus });
    if (imported !== null) post({ type: 'loadStateDict', json: imported, changes, toStep: step });
    if (running) post({ type: 'run' });
  }

  spawn();

  return {
    configure(config: ExperimentConfig, changes: readonly LiveChange[] = [], toStep = 0, focus: number | null = record.focus): number {
      record.focus = focus;
      return post({ type: 'configure', config, changes, toStep, focus });
    },
    run: (until?: number): number => post(until === undefined ? { type: 'run' } : { type: 'run', until }),
    pause: (): number => post({ type: 'pause' }),
    step: (): number => post({ type: 'step' }),
    reset: (): number => post({ type: 'reset' }),
    setLive: (set: LiveParams): number => post({ type: 'setLive', set }),
    trace(example: number | null): number {
      record.focus = example;
      return post({ type: 'trace', example });
    },
    /** Loads weights; resolves when the run restarted from them, rejects with the worker's error. */
    loadStateDict(json: string): Promise<FromWorker> {
      const id = post({ type: 'loadStateDict', json });
      sentImports.set(id, json);
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
    /** The parameters as PyTorch state-dict JSON. */
    exportStateDict(): Promise<{ json: string; step: number }> {
      const id = post({ type: 'exportStateDict' });
      return new Promise((resolve, reject) =>
        waiting.set(id, { resolve: (e) => (e.type === 'stateDict' ? resolve({ json: e.json, step: e.step }) : reject(new Error(`unexpected ${e.type}`))), reject }),
      );
    },
    /** Stops the worker for good. */
    dispose(): void {
      disposed = true;
      if (watchdog !== null) clearTimer(watchdog);
      worker.terminate();
    },
  };
}
