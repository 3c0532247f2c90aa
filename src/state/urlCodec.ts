/**
 * URL ⇄ run: the hash query (`#/lab/training?task=sine&cell=lstm&layers=2&…&step=250`) carries
 * everything a run depends on — the config, live hyperparameter changes and the step reached —
 * so opening a link replays the same run, bit for bit, to the same step.
 *
 * One declarative table, one codec per field (tensorflow/playground's `State.PROPS`). Decoding is
 * total: every bad field becomes a typed problem (which field, what was wrong, what is allowed)
 * and falls back to its default, while the valid fields still apply; nothing here throws.
 */
import { CELL_TYPES, CONFIG_RANGES, DEFAULT_CONFIG } from '../worker/config.ts';
import type { ExperimentConfig, RangedField } from '../worker/config.ts';
import type { LiveChange, LiveParams } from '../worker/protocol.ts';
import { TASK_IDS } from '../engine/tasks/index.ts';

/** What a link describes. */
export type UrlRun = Readonly<{
  /** the config at step 0 */
  config: ExperimentConfig;
  /** live hyperparameter changes, ordered by step */
  changes: readonly LiveChange[];
  /** optimizer steps to replay */
  step: number;
}>;

/** What went wrong with one field of a link. */
export type UrlProblemCode =
  | 'unknown-field'
  | 'duplicate'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'unknown-value'
  | 'malformed'
  | 'too-long';

/** One problem with a link, as data the UI turns into a sentence. */
export type UrlProblem = Readonly<{
  code: UrlProblemCode;
  /** the query key at fault ('' for the whole link) */
  field: string;
  /** the offending text, cut to 40 characters */
  value: string;
  /** inclusive range, for 'out-of-range' and 'not-an-integer' */
  min?: number;
  max?: number;
  /** the allowed values, for 'unknown-value' */
  allowed?: string;
}>;

/** The result of decoding: the run (defaults where fields were bad) and every problem found. */
export type UrlDecode = Readonly<{ run: UrlRun; problems: readonly UrlProblem[] }>;

/** Longest query we read; longer is refused whole (a 100 KB hash is an attack or an accident). */
export const MAX_QUERY_LENGTH = 4000;
/** Highest step a link may ask to replay. */
export const MAX_STEP = 1_000_000;

type Draft = { config: { -readonly [K in keyof ExperimentConfig]: ExperimentConfig[K] }; changes: LiveChange[]; step: number };
type Read = (raw: string, draft: Draft) => Omit<UrlProblem, 'field' | 'value'> | null;
type Field = Readonly<{ key: string; read: Read; write: (run: UrlRun) => string | null }>;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses a number field against a range; returns the value or a problem. */
function parseRanged(raw: string, r: Readonly<{ min: number; max: number; integer: boolean }>): number | Omit<UrlProblem, 'field' | 'value'> {
  if (!NUMBER.test(raw)) return { code: 'not-a-number' };
  const x = Number(raw);
  if (r.integer && !Number.isInteger(x)) return { code: 'not-an-integer', min: r.min, max: r.max };
  if (!(x >= r.min && x <= r.max)) return { code: 'out-of-range', min: r.min, max: r.max };
  return x;
}

/** A numeric config field with its range from CONFIG_RANGES. */
function ranged(key: string, field: Exclude<RangedField, 'clip' | 'truncation' | 'recurrentScale'>, when?: (run: UrlRun) => boolean): Field {
  return {
    key,
    read: (raw, d) => {
      const x = parseRanged(raw, CONFIG_RANGES[field]);
      if (typeof x !== 'number') return x;
      d.config[field] = x;
      return null;
    },
    write: (run) => (when && !when(run) ? null : String(run.config[field])),
  };
}

/** A nullable numeric field: a number in range, or 'off'. */
function nullable(key: string, field: 'clip' | 'truncation' | 'recurrentScale', always: boolean): Field {
  return {
    key,
    read: (raw, d) => {
      if (raw === 'off') {
        d.config[field] = null;
        return null;
      }
      const x = parseRanged(raw, CONFIG_RANGES[field]);
      if (typeof x !== 'number') return x;
      d.config[field] = x;
      return null;
    },
    write: (run) => {
      const x = run.config[field];
      return x === null ? (always ? 'off' : null) : String(x);
    },
  };
}

/** A field with a fixed set of values. */
function choice<T extends string>(key: string, values: readonly T[], set: (d: Draft, v: T) => void, get: (run: UrlRun) => T): Field {
  return {
    key,
    read: (raw, d) => {
      if (!(values as readonly string[]).includes(raw)) return { code: 'unknown-value', allowed: values.join(', ') };
      set(d, raw as T);
      return null;
    },
    write: get,
  };
}

/** `120:lr=0.001,clip=off;300:lr=0.01` — the live changes, in step order. */
function readChanges(raw: string, d: Draft): Omit<UrlProblem, 'field' | 'value'> | null {
  const out: LiveChange[] = [];
  for (const part of raw.split(';')) {
    const m = /^(\d{1,7}):(.+)$/.exec(part);
    if (!m || out.length >= 100) return { code: 'malformed' };
    const set: { lr?: number; clip?: number | null; momentum?: number } = {};
    for (const kv of (m[2] ?? '').split(',')) {
      const [k, v = ''] = kv.split('=');
      if (k === 'clip' && v === 'off') set.clip = null;
      else if (k === 'lr' || k === 'clip' || k === 'mom') {
        const x = parseRanged(v, CONFIG_RANGES[k === 'mom' ? 'momentum' : k]);
        if (typeof x !== 'number') return { code: 'malformed' };
        set[k === 'mom' ? 'momentum' : k] = x;
      } else return { code: 'malformed' };
    }
    const step = Number(m[1]);
    if (out.length > 0 && step < (out.at(-1)?.step ?? 0)) return { code: 'malformed' };
    out.push({ step, set });
  }
  d.changes = out;
  return null;
}

function writeChanges(changes: readonly LiveChange[]): string | null {
  if (changes.length === 0) return null;
  const one = (s: LiveParams): string =>
    [
      s.lr === undefined ? null : `lr=${s.lr}`,
      s.clip === undefined ? null : `clip=${s.clip === null ? 'off' : s.clip}`,
      s.momentum === undefined ? null : `mom=${s.momentum}`,
    ]
      .filter((x) => x !== null)
      .join(',');
  return changes.map((c) => `${c.step}:${one(c.set)}`).join(';');
}

/** The table: query key → codec, in the order links show them. */
export const URL_FIELDS: readonly Field[] = [
  choice('task', TASK_IDS, (d, v) => (d.config.task = v), (r) => r.config.task as (typeof TASK_IDS)[number]),
  choice('cell', CELL_TYPES, (d, v) => (d.config.cell = v), (r) => r.config.cell),
  ranged('layers', 'layers'),
  ranged('hidden', 'hidden'),
  choice('bi', ['0', '1'] as const, (d, v) => (d.config.bidirectional = v === '1'), (r) => (r.config.bidirectional ? '1' : '0')),
  ranged('seq', 'seqLen'),
  ranged('batch', 'batch'),
  choice('opt', ['adam', 'sgd'] as const, (d, v) => (d.config.optimizer = v), (r) => r.config.optimizer),
  ranged('lr', 'lr'),
  ranged('mom', 'momentum', (r) => r.config.optimizer === 'sgd'),
  nullable('clip', 'clip', true),
  nullable('trunc', 'truncation', false),
  nullable('rscale', 'recurrentScale', false),
  ranged('seed', 'seed'),
  { key: 'live', read: readChanges, write: (r) => writeChanges(r.changes) },
  {
    key: 'step',
    read: (raw, d) => {
      const x = parseRanged(raw, { min: 0, max: MAX_STEP, integer: true });
      if (typeof x !== 'number') return x;
      d.step = x;
      return null;
    },
    write: (r) => (r.step > 0 ? String(r.step) : null),
  },
];

const BY_KEY = new Map(URL_FIELDS.map((f) => [f.key, f]));
/** Task options travel as `t.<name>=<number>`; their ranges are the task's, checked by the worker. */
const TASK_OPTION = /^t\.([a-zA-Z]{1,20})$/;

const cut = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** Decodes a hash query (the part after '?'); never throws. */
export function decodeRunQuery(query: string): UrlDecode {
  const draft: Draft = { config: { ...DEFAULT_CONFIG, taskOptions: {} }, changes: [], step: 0 };
  const problems: UrlProblem[] = [];
  const done = (): UrlDecode => ({ run: { config: draft.config, changes: draft.changes, step: draft.step }, problems });
  if (query.length > MAX_QUERY_LENGTH) {
    problems.push({ code: 'too-long', field: '', value: `${query.length}`, max: MAX_QUERY_LENGTH });
    return done();
  }
  const seen = new Set<string>();
  const taskOptions: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, raw] of new URLSearchParams(query)) {
    const field = cut(key);
    if (seen.has(key)) {
      problems.push({ code: 'duplicate', field, value: cut(raw) });
      continue;
    }
    seen.add(key);
    const opt = TASK_OPTION.exec(key);
    if (opt) {
      const x = NUMBER.test(raw) ? Number(raw) : NaN;
      if (Number.isFinite(x)) taskOptions[opt[1] ?? ''] = x;
      else problems.push({ code: 'not-a-number', field, value: cut(raw) });
      continue;
    }
    const codec = BY_KEY.get(key);
    if (codec === undefined) {
      problems.push({ code: 'unknown-field', field, value: cut(raw) });
      continue;
    }
    const p = codec.read(raw, draft);
    if (p !== null) problems.push({ ...p, field, value: cut(raw) });
  }
  draft.config.taskOptions = { ...taskOptions };
  const lastChange = draft.changes.at(-1);
  if (lastChange !== undefined && lastChange.step > draft.step) {
    // A change after the step reached cannot have happened in the run the link describes.
    problems.push({ code: 'malformed', field: 'live', value: cut(writeChanges(draft.changes) ?? '') });
    draft.changes = [];
  }
  return done();
}

/** Encodes a run as a hash query, fields in table order; values stay readable (no %-escapes for : ; = ,). */
export function encodeRunQuery(run: UrlRun): string {
  const parts: string[] = [];
  for (const f of URL_FIELDS) {
    const v = f.write(run);
    if (v !== null) parts.push(`${f.key}=${encodeURIComponent(v).replace(/%3A/g, ':').replace(/%3B/g, ';').replace(/%3D/g, '=').replace(/%2C/g, ',')}`);
  }
  // String(-0) is "0"; a link must give back exactly the number it was made from.
  for (const [k, v] of Object.entries(run.config.taskOptions)) parts.push(`t.${encodeURIComponent(k)}=${Object.is(v, -0) ? '-0' : v}`);
  return parts.join('&');
}
