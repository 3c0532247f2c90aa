/**
 * The worker's logic, free of `self` so Node tests drive it with a fake clock: it owns the
 * session, answers requests, and trains in time slices.
 *
 * Time slices: training runs in slices of `sliceMs` (a few ms); between slices the event loop
 * delivers requests, so Pause is honoured after at most one slice (plus one step) and no step
 * runs after its acknowledgement. Snapshots are throttled to one per `snapshotMs`; the costly
 * parts — a full-data evaluation and the focus trace — are refreshed only as often as keeps
 * them under `evalBudget` / `traceBudget` of the worker's time, so training speed stays close
 * to the engine's own. Paused snapshots always carry a fresh evaluation (and trace).
 */
import { assertNever, decodeToWorker } from './codec.ts';
import { datasetBuffers, datasetInfo } from './datasetInfo.ts';
import { evaluate } from './evaluation.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import type { Evaluation, FromWorker, LiveChange, Snapshot, ToWorker, TraceSnapshot, WorkerError } from './protocol.ts';
import { applyDueChanges, createSession, epochOf, setLive, trainOne } from './session.ts';
import type { Session } from './session.ts';
import { traceBuffers, traceModelBuffers, traceModelOf, traceOf } from './traceData.ts';
import { exportStateDict, readStateDict } from './weights.ts';
import { loadStateDict } from '../engine/index.ts';

/** What the trainer needs from its host (the worker global, or a test). */
export type TrainerHost = Readonly<{
  /** posts an event; `transfer` lists buffers the event gives away */
  post(msg: FromWorker, transfer: ArrayBuffer[]): void;
  /** a monotonic clock in ms */
  now(): number;
  /** runs `fn` as a new task, after any requests already queued */
  later(fn: () => void): void;
}>;

/** Timing knobs (tests shrink them). */
export type TrainerOptions = Readonly<{
  /** how long one slice trains before yielding to the event loop, ms */
  sliceMs: number;
  /** least time between two snapshots while running, ms (25 ms: at most 40 per second) */
  snapshotMs: number;
  /** least time between two evaluations or traces while running, ms */
  evalMs: number;
  /** share of the time a running worker may spend on full-data evaluations */
  evalBudget: number;
  /** share of the time a running worker may spend on traces */
  traceBudget: number;
}>;

/** Defaults: 8 ms slices, ≤ 40 snapshots/s, ≤ 20 evaluations/s taking ≤ 5 % of the time, traces ≤ 3 %. */
export const DEFAULT_TRAINER_OPTIONS: TrainerOptions = { sliceMs: 8, snapshotMs: 25, evalMs: 50, evalBudget: 0.05, traceBudget: 0.03 };

/** When a costly part of a snapshot last ran and how long its recent runs took, ms. */
type Clock = { last: number; recent: number[] };

/** A trainer: feed it every message the worker receives. */
export type Trainer = Readonly<{ receive(data: unknown): void }>;

/** Creates the trainer around a host. */
export function createTrainer(host: TrainerHost, options: TrainerOptions = DEFAULT_TRAINER_OPTIONS): Trainer {
  let session: Session | null = null;
  let runId = 0;
  let running = false;
  let until: number | null = null;
  let replayTo: number | null = null;
  let replayId: number | undefined;
  let focus: number | null = null;
  let scheduled = false;
  let lastSnapshotAt = -Infinity;
  const evalClock: Clock = { last: -Infinity, recent: [] };
  const traceClock: Clock = { last: -Infinity, recent: [] };
  let rate: { t: number; step: number }[] = [];

  const send = (msg: FromWorker, transfer: ArrayBuffer[] = []): void => host.post(msg, transfer);
  const fail = (error: WorkerError, id?: number): void => send({ v: PROTOCOL_VERSION, type: 'error', ...(id === undefined ? {} : { id }), ...error });

  /** Runs `make`, timing it into `clock`. */
  function timed<T>(clock: Clock, make: () => T): T {
    const t0 = host.now();
    const out = make();
    const t1 = host.now();
    clock.recent = [...clock.recent.slice(-3), t1 - t0];
    clock.last = t1;
    return out;
  }

  // The cost is the least of the last four, and unknown (0) until there are two: the first call
  // pays for JIT and workspace allocation and a GC pause can land in any call, and one such
  // outlier must not stall the updates for seconds.
  const due = (clock: Clock, budget: number, t: number): boolean =>
    t - clock.last >= Math.max(options.evalMs, (clock.recent.length > 1 ? Math.min(...clock.recent) : 0) / budget);

  function stepsPerSec(s: Session, t: number): number {
    if (!running && replayTo === null) {
      rate = [];
      return 0;
    }
    rate.push({ t, step: s.step });
    while (rate.length > 2 && (rate[0]?.t ?? t) < t - 1000) rate.shift();
    const first = rate[0];
    return first !== undefined && t > first.t ? ((s.step - first.step) * 1000) / (t - first.t) : 0;
  }

  /** Posts where the run is; `full` forces a fresh evaluation and trace (paused and acknowledged snapshots). */
  function snapshot(full: boolean, id?: number, change: LiveChange | null = null): void {
    const s = session;
    if (s === null) return;
    const t = host.now();
    const transfer: ArrayBuffer[] = [];
    let ev: Evaluation | null = null;
    if (full || due(evalClock, options.evalBudget, t)) {
      const e = timed(evalClock, () => evaluate(s));
      ev = { step: s.step, ...e };
      if (e.outputs.buffer instanceof ArrayBuffer) transfer.push(e.outputs.buffer);
    }
    let trace: TraceSnapshot | null = null;
    const example = focus;
    if (example !== null && (full || due(traceClock, options.traceBudget, t))) {
      const data = timed(traceClock, () => traceOf(s, example));
      const model = traceModelOf(s);
      trace = { step: s.step, example, data, model };
      transfer.push(...traceBuffers(data), ...traceModelBuffers(model));
    }
    const snap: Snapshot = {
      runId,
      step: s.step,
      epoch: epochOf(s),
      batchLoss: s.last.loss,
      gradNorm: s.last.gradNorm,
      lr: s.config.lr,
      stepsPerSec: stepsPerSec(s, t),
      running,
      replayingTo: replayTo,
      eval: ev,
      trace,
      change,
    };
    lastSnapshotAt = host.now();
    send({ v: PROTOCOL_VERSION, type: 'snapshot', ...(id === undefined ? {} : { id }), ...snap }, transfer);
  }

  function ready(s: Session, id?: number): void {
    const dataset = datasetInfo(s);
    const paramCount = s.model.names.reduce((n, k) => n + (s.model.params[k]?.length ?? 0), 0);
    send(
      {
        v: PROTOCOL_VERSION,
        type: 'ready',
        ...(id === undefined ? {} : { id }),
        runId,
        config: s.config,
        base: s.base,
        changes: [...s.changes],
        dataset,
        paramCount,
        imported: s.imported,
      },
      datasetBuffers(dataset),
    );
  }

  /** Makes `s` the current run, stopped at its step. */
  function adopt(s: Session, id: number | undefined): void {
    session = s;
    runId++;
    running = false;
    until = null;
    replayTo = null;
    if (focus !== null && focus >= s.dataset.n) focus = null;
    ready(s, id);
  }

  /** Makes `s` the run and, with `toStep` > 0, replays it there; the last snapshot acknowledges `id`. */
  function start(s: Session, toStep: number, id: number | undefined): void {
    adopt(s, id);
    if (toStep > 0) {
      replayTo = toStep;
      replayId = id;
      snapshot(false);
      schedule();
    } else {
      snapshot(true, id);
    }
  }

  function stop(): void {
    running = false;
    until = null;
    replayTo = null;
  }

  /**
   * One step with the divergence check; false when the run diverged (and was stopped). The
   * paused snapshot then acknowledges `ackId`, the request that was waiting for this step.
   */
  function stepChecked(s: Session, ackId: number | undefined): boolean {
    const r = trainOne(s);
    if (Number.isFinite(r.loss) && Number.isFinite(r.gradNorm)) return true;
    stop();
    snapshot(true, ackId);
    const what = Number.isFinite(r.loss) ? 'gradient' : 'loss';
    send({ v: PROTOCOL_VERSION, type: 'diverged', runId, step: s.step, what, value: what === 'loss' ? r.loss : r.gradNorm });
    return false;
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    host.later(tick);
  }

  /** One time slice of training. */
  function tick(): void {
    scheduled = false;
    const s = session;
    if (s === null) return;
    try {
      const deadline = host.now() + options.sliceMs;
      for (;;) {
        if (replayTo !== null && s.step >= replayTo) {
          replayTo = null;
          applyDueChanges(s);
          snapshot(true, replayId);
        }
        if (until !== null && s.step >= until) {
          stop();
          snapshot(true);
        }
        if (!running && replayTo === null) return;
        if (!stepChecked(s, replayTo !== null ? replayId : undefined)) return;
        if (host.now() >= deadline) break;
      }
      if (host.now() - lastSnapshotAt >= options.snapshotMs) snapshot(false);
      schedule();
    } catch (e) {
      stop();
      fail(errorOf(e));
    }
  }

  function need(id: number | undefined): Session | null {
    if (session === null) fail({ code: 'no-model', name: 'ProtocolError', message: 'configure a model first' }, id);
    return session;
  }

  function handle(msg: ToWorker): void {
    const id = msg.id;
    switch (msg.type) {
      case 'configure': {
        let s: Session;
        try {
          s = createSession(msg.config, msg.changes);
        } catch (e) {
          // The old run, if any, stays as it was: a rejected config changes nothing.
          fail({ ...errorOf(e), code: 'config' }, id);
          return;
        }
        focus = msg.focus;
        start(s, msg.toStep, id);
        return;
      }
      case 'run': {
        const s = need(id);
        if (s === null) return;
        running = true;
        until = msg.until ?? null;
        snapshot(false, id);
        schedule();
        return;
      }
      case 'pause':
        if (need(id) === null) return;
        stop();
        snapshot(true, id);
        return;
      case 'step': {
        const s = need(id);
        if (s === null) return;
        stop();
        if (stepChecked(s, id)) snapshot(true, id);
        return;
      }
      case 'reset': {
        const s = need(id);
        if (s === null) return;
        adopt(createSession(s.config), id);
        snapshot(true, id);
        return;
      }
      case 'setLive': {
        const s = need(id);
        if (s === null) return;
        setLive(s, msg.set);
        snapshot(false, id, { step: s.step, set: msg.set });
        return;
      }
      case 'trace': {
        const s = need(id);
        if (s === null) return;
        if (msg.example !== null && msg.example >= s.dataset.n) {
          fail({ code: 'bad-message', name: 'ProtocolError', message: `example ${msg.example} does not exist (the data set has ${s.dataset.n})` }, id);
          return;
        }
        focus = msg.example;
        traceClock.last = -Infinity;
        snapshot(!running, id);
        return;
      }
      case 'loadStateDict': {
        const s = need(id);
        if (s === null) return;
        const r = readStateDict(s.model, msg.json);
        if (!r.ok) {
          fail({ code: 'import', name: 'ImportError', message: r.problem.message, reason: r.problem.code }, id);
          return;
        }
        const fresh = createSession(s.config, msg.changes ?? []);
        loadStateDict(fresh.model, r.params);
        fresh.imported = true;
        start(fresh, msg.toStep ?? 0, id);
        return;
      }
      case 'exportStateDict': {
        const s = need(id);
        if (s === null) return;
        send({ v: PROTOCOL_VERSION, type: 'stateDict', ...(id === undefined ? {} : { id }), json: exportStateDict(s.model), step: s.step });
        return;
      }
      default:
        assertNever(msg);
    }
  }

  return {
    receive(data) {
      const d = decodeToWorker(data);
      if (!d.ok) {
        fail(d.error, d.id);
        return;
      }
      try {
        handle(d.msg);
      } catch (e) {
        fail(errorOf(e), d.msg.id);
      }
    },
  };
}

/** An exception as error data: a ConfigError is 'config', anything else a bug ('internal'). */
function errorOf(e: unknown): WorkerError {
  const err = e instanceof Error ? e : new Error(String(e));
  const field = (err as { field?: unknown }).field;
  return {
    code: err.name === 'ConfigError' ? 'config' : 'internal',
    name: err.name,
    message: err.message,
    ...(typeof field === 'string' ? { field } : {}),
    ...(err.stack === undefined ? {} : { stack: err.stack }),
  };
}
