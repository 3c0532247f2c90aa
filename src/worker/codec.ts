/**
 * Checks messages as they cross the worker boundary. `postMessage` carries whatever the other
 * side sent, so each side decodes before it switches on `type`: a wrong protocol version or a
 * malformed request becomes an error value (the worker answers with an error event; it never
 * throws on input). Both checks are shallow where the sender is our own code and deep where a
 * person's data rides along (the config, the state-dict text).
 */
import { checkConfig } from './configCheck.ts';
import { CONFIG_RANGES } from './config.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import type { FromWorker, LiveChange, LiveParams, ToWorker, WorkerError } from './protocol.ts';

/** A decoded message or why it was refused. */
export type Decoded<T> = Readonly<{ ok: true; msg: T }> | Readonly<{ ok: false; error: WorkerError; id?: number }>;

/** Compile-time exhaustiveness: a `switch (msg.type)` ending here fails to build when a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStep = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function refuse<T>(code: WorkerError['code'], message: string, id?: number): Decoded<T> {
  const error: WorkerError = { code, name: 'ProtocolError', message };
  return id === undefined ? { ok: false, error } : { ok: false, error, id };
}

/** Checks the envelope: an object with our version, a string `type` and an optional integer `id`. */
function envelope<T>(data: unknown): Decoded<T> | { m: Record<string, unknown>; id: number | undefined } {
  if (!isRecord(data)) return refuse('bad-message', `message must be an object, got ${data === null ? 'null' : typeof data}`);
  const id = isStep(data.id) ? data.id : undefined;
  if (data.id !== undefined && id === undefined) return refuse('bad-message', 'id must be a non-negative integer');
  if (data.v !== PROTOCOL_VERSION) {
    return refuse('version', `protocol version ${String(data.v)} is not supported (expected ${PROTOCOL_VERSION})`, id);
  }
  if (typeof data.type !== 'string') return refuse('bad-message', 'message has no type', id);
  return { m: data, id };
}

/** Checks live hyperparameters against the config ranges. */
export function checkLive(value: unknown): LiveParams | string {
  if (!isRecord(value)) return 'set must be an object';
  const out: { lr?: number; clip?: number | null; momentum?: number } = {};
  for (const [k, x] of Object.entries(value)) {
    if (k === 'lr' || k === 'momentum') {
      const r = CONFIG_RANGES[k];
      if (typeof x !== 'number' || !(x >= r.min && x <= r.max)) return `${k} must be a number from ${r.min} to ${r.max}`;
      out[k] = x;
    } else if (k === 'clip') {
      const r = CONFIG_RANGES.clip;
      if (x !== null && (typeof x !== 'number' || !(x >= r.min && x <= r.max))) return `clip must be null or a number from ${r.min} to ${r.max}`;
      out.clip = x;
    } else {
      return `${k} cannot change during a run`;
    }
  }
  return out;
}

function checkChanges(value: unknown): LiveChange[] | string {
  if (!Array.isArray(value) || value.length > 1000) return 'changes must be an array of at most 1000 entries';
  const out: LiveChange[] = [];
  for (const c of value as unknown[]) {
    if (!isRecord(c) || !isStep(c.step)) return 'each change needs a step';
    const set = checkLive(c.set);
    if (typeof set === 'string') return set;
    out.push({ step: c.step, set });
  }
  return out;
}

/** Decodes a request arriving in the worker. */
export function decodeToWorker(data: unknown): Decoded<ToWorker> {
  const e = envelope<ToWorker>(data);
  if ('ok' in e) return e;
  const { m: v, id } = e;
  const base = { v: PROTOCOL_VERSION, ...(id === undefined ? {} : { id }) } as const;
  const ok = (msg: ToWorker): Decoded<ToWorker> => ({ ok: true, msg });
  switch (v.type) {
    case 'configure': {
      const c = checkConfig(v.config);
      if (!c.ok) return { ok: false, error: { code: 'config', name: 'ConfigError', message: c.message, field: c.field }, ...(id === undefined ? {} : { id }) };
      const changes = checkChanges(v.changes ?? []);
      if (typeof changes === 'string') return refuse('bad-message', changes, id);
      if (!isStep(v.toStep) || !(v.focus === null || isStep(v.focus))) {
        return refuse('bad-message', 'configure needs toStep (a non-negative integer) and focus (one, or null)', id);
      }
      return ok({ ...base, type: 'configure', config: c.config, changes, toStep: v.toStep, focus: v.focus });
    }
    case 'run':
      if (v.until !== undefined && !isStep(v.until)) return refuse('bad-message', 'until must be a non-negative integer', id);
      return ok(v.until === undefined ? { ...base, type: 'run' } : { ...base, type: 'run', until: v.until });
    case 'pause':
    case 'step':
    case 'reset':
    case 'exportStateDict':
      return ok({ ...base, type: v.type });
    case 'setLive': {
      const set = checkLive(v.set);
      return typeof set === 'string' ? refuse('bad-message', set, id) : ok({ ...base, type: 'setLive', set });
    }
    case 'trace':
      return v.example === null || isStep(v.example)
        ? ok({ ...base, type: 'trace', example: v.example })
        : refuse('bad-message', 'example must be a non-negative integer or null', id);
    case 'loadStateDict': {
      if (typeof v.json !== 'string') return refuse('bad-message', 'json must be a string', id);
      const changes = checkChanges(v.changes ?? []);
      if (typeof changes === 'string') return refuse('bad-message', changes, id);
      const toStep = v.toStep ?? 0;
      if (!isStep(toStep)) return refuse('bad-message', 'toStep must be a non-negative integer', id);
      return ok({ ...base, type: 'loadStateDict', json: v.json, changes, toStep });
    }
    default:
      return refuse('bad-message', `unknown request type '${String(v.type).slice(0, 40)}'`, id);
  }
}

const EVENT_TYPES: ReadonlySet<string> = new Set<FromWorker['type']>(['ready', 'snapshot', 'diverged', 'error', 'stateDict']);

/** Decodes an event arriving from the worker (our own code: the envelope and type are checked). */
export function decodeFromWorker(data: unknown): Decoded<FromWorker> {
  const e = envelope<FromWorker>(data);
  if ('ok' in e) return e;
  if (!EVENT_TYPES.has(e.m.type as string)) return refuse('bad-message', `unknown event type '${String(e.m.type).slice(0, 40)}'`, e.id);
  return { ok: true, msg: e.m as FromWorker };
}
