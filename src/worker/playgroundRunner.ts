/**
 * The playground worker's logic, free of `self` so Node tests drive it with a fake clock. It owns
 * one job — a small model trained on one task — steps it in short time slices, reports progress,
 * and answers `inspect` with what the model does at every time step.
 */
import { gatherBatch } from '../engine/batch.ts';
import { accuracy, softmaxRows } from '../engine/gradlab/accuracy.ts';
import { makeSeriesTask } from '../engine/tasks/windowing.ts';
import { traceExample } from '../engine/trace.ts';
import { createSession, trainOne } from './session.ts';
import type { Session } from './session.ts';
import { checkConfig } from './configCheck.ts';
import { PLAYGROUND_PROTOCOL_VERSION } from './playgroundProtocol.ts';
import type { FromPlayground, InspectSource, Inspection, PlaygroundInfo, ToPlayground } from './playgroundProtocol.ts';

/** What the runner needs from its host (the worker global, or a test). */
export type PlaygroundHost = Readonly<{
  post(msg: FromPlayground): void;
  /** a monotonic clock, ms */
  now(): number;
  /** runs `fn` as a new task, after any messages already queued */
  later(fn: () => void): void;
}>;

/** Most steps a job may ask for: the demos need a few hundred to a few thousand. */
export const MAX_PLAYGROUND_STEPS = 20_000;
const SLICE_MS = 12;
const REPORT_MS = 100;

type Job = { id: number; session: Session; maxSteps: number; target: number; reportedAt: number; done: boolean };

/** Share of scored training targets the model gets right (argmax); null for regression. */
export function trainingAccuracy(s: Session): number | null {
  const ds = s.dataset;
  if (ds.targets.kind !== 'classes' || ds.train.length === 0) return null;
  return accuracy(s.model, ds, ds.train);
}

function infoOf(s: Session): PlaygroundInfo {
  const ds = s.dataset;
  const m = s.model.config;
  return {
    arrangement: ds.arrangement,
    kind: ds.targets.kind,
    n: ds.n,
    T: ds.T,
    inputSize: ds.inputSize,
    inputLabels: ds.inputLabels ? [...ds.inputLabels] : null,
    classLabels: ds.targets.kind === 'classes' ? [...ds.targets.labels] : null,
    sampleText: ds.sampleText ? [...ds.sampleText] : null,
    layers: m.numLayers,
    directions: m.bidirectional ? 2 : 1,
    hidden: m.hiddenSize,
  };
}

/** What the model does on `source`, or an English reason it cannot run on it. */
export function inspect(s: Session, source: InspectSource): Inspection | string {
  const ds = s.dataset;
  const O = s.model.config.outputSize;
  const perStep = s.model.config.head === 'each';
  let x: Float64Array;
  let T: number;
  let y: Float64Array | Int32Array;
  let example: number | null = null;
  if ('example' in source) {
    if (!Number.isInteger(source.example) || source.example < 0 || source.example >= ds.n) {
      return `example ${source.example} is not between 0 and ${ds.n - 1}`;
    }
    const b = gatherBatch(ds, [source.example]);
    ({ x, T, y } = b);
    example = source.example;
  } else {
    T = source.T;
    if (!Number.isInteger(T) || T < 1 || T > 200) return `T must be a whole number from 1 to 200, not ${T}`;
    if (!(source.x instanceof Float64Array) || source.x.length !== T * ds.inputSize) {
      return `the input must hold T × ${ds.inputSize} = ${T * ds.inputSize} numbers`;
    }
    if (!source.x.every(Number.isFinite)) return 'the input holds a number that is not finite';
    x = source.x;
    const rows = perStep ? T : 1;
    y = ds.targets.kind === 'classes' ? new Int32Array(rows) : new Float64Array(rows * O);
  }
  const tr = traceExample(s.model, x, T, y, { jacobian: false });
  const outRows = perStep ? T : 1;
  const norm = ds.normalization;
  const toUnits = (v: number) => (norm ? v * norm.std + norm.mean : v);
  const out = ds.targets.kind === 'classes' ? softmaxRows(tr.prediction, O) : tr.prediction.map(toUnits);
  const target = example === null ? null : ds.targets.kind === 'classes' ? Float64Array.from(y) : Float64Array.from(y, toUnits);
  return { T, x: x.slice(), h: tr.cells.map((c) => c.h.slice()), out, outRows, outSize: O, target, example };
}

/** Creates a runner around a host; feed it every message the worker receives. */
export function createPlaygroundRunner(host: PlaygroundHost): { receive(data: unknown): void } {
  let job: Job | null = null;

  function report(j: Job, force: boolean): void {
    const now = host.now();
    if (!force && now - j.reportedAt < REPORT_MS) return;
    j.reportedAt = now;
    const accuracy = trainingAccuracy(j.session);
    j.done = j.session.step >= j.maxSteps || (accuracy !== null && accuracy >= j.target);
    host.post({
      v: PLAYGROUND_PROTOCOL_VERSION, type: 'progress', id: j.id,
      step: j.session.step, maxSteps: j.maxSteps, loss: j.session.last.loss, accuracy, done: j.done,
    });
  }

  function tick(j: Job): void {
    if (job !== j || j.done) return;
    const t0 = host.now();
    while (host.now() - t0 < SLICE_MS && j.session.step < j.maxSteps) trainOne(j.session);
    if (!Number.isFinite(j.session.last.loss)) {
      job = null;
      host.post({ v: PLAYGROUND_PROTOCOL_VERSION, type: 'error', id: j.id, code: 'diverged', message: `the loss stopped being finite at step ${j.session.step}` });
      return;
    }
    report(j, j.session.step >= j.maxSteps);
    if (!j.done) host.later(() => tick(j));
  }

  function train(msg: Extract<ToPlayground, { type: 'train' }>): void {
    const fail = (code: 'config' | 'series', message: string) =>
      host.post({ v: PLAYGROUND_PROTOCOL_VERSION, type: 'error', id: msg.id, code, message });
    job = null;
    const check = checkConfig(msg.config);
    if (!check.ok) return fail('config', check.message);
    if (!Number.isInteger(msg.maxSteps) || msg.maxSteps < 1 || msg.maxSteps > MAX_PLAYGROUND_STEPS) {
      return fail('config', `maxSteps must be a whole number from 1 to ${MAX_PLAYGROUND_STEPS}`);
    }
    let session: Session;
    try {
      session = msg.series === null
        ? createSession(check.config)
        : createSession(check.config, [], makeSeriesTask(msg.series, check.config.seqLen, check.config.seed, { heldOut: 0 }));
    } catch (e) {
      return fail(msg.series === null ? 'config' : 'series', e instanceof Error ? e.message : String(e));
    }
    const j: Job = { id: msg.id, session, maxSteps: msg.maxSteps, target: msg.targetAccuracy, reportedAt: -Infinity, done: false };
    job = j;
    host.post({ v: PLAYGROUND_PROTOCOL_VERSION, type: 'info', id: j.id, info: infoOf(session) });
    report(j, true);
    host.later(() => tick(j));
  }

  return {
    receive(data) {
      const msg = decode(data);
      if (typeof msg === 'string') {
        host.post({ v: PLAYGROUND_PROTOCOL_VERSION, type: 'error', id: -1, code: 'protocol', message: msg });
        return;
      }
      if (msg.type === 'train') return train(msg);
      if (job === null || job.id !== msg.id) {
        host.post({ v: PLAYGROUND_PROTOCOL_VERSION, type: 'error', id: msg.id, code: 'input', message: 'no trained model for this job' });
        return;
      }
      const result = inspect(job.session, msg.source);
      host.post(typeof result === 'string'
        ? { v: PLAYGROUND_PROTOCOL_VERSION, type: 'error', id: msg.id, code: 'input', message: result }
        : { v: PLAYGROUND_PROTOCOL_VERSION, type: 'inspected', id: msg.id, inspection: result });
    },
  };
}

function decode(data: unknown): ToPlayground | string {
  if (typeof data !== 'object' || data === null) return 'a message must be an object';
  const m = data as Record<string, unknown>;
  if (m.v !== PLAYGROUND_PROTOCOL_VERSION) return `protocol version ${String(m.v)} is not ${PLAYGROUND_PROTOCOL_VERSION}`;
  if (typeof m.id !== 'number') return 'a request needs a numeric id';
  if (m.type === 'train') {
    const ok = typeof m.config === 'object' && m.config !== null && typeof m.maxSteps === 'number'
      && typeof m.targetAccuracy === 'number' && (m.series === null || m.series instanceof Float64Array);
    return ok ? (m as ToPlayground) : 'train needs config, maxSteps, targetAccuracy and series';
  }
  if (m.type === 'inspect') {
    const s = m.source as Record<string, unknown> | null;
    const ok = typeof s === 'object' && s !== null && (typeof s.example === 'number' || (s.x instanceof Float64Array && typeof s.T === 'number'));
    return ok ? (m as ToPlayground) : 'inspect needs a source: { example } or { x, T }';
  }
  return `unknown request type ${String(m.type)}`;
}
