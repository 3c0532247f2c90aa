/**
 * Checks that an untrusted value (a message, a lesson preset, a stored object) is a complete,
 * in-range `ExperimentConfig`. Problems come back as values naming the field, so the worker can
 * answer with an error event instead of throwing, and the UI can say which field was wrong.
 *
 * Task-specific limits (e.g. the sine window must leave 10 windows) are the task's business and
 * are checked where the data set is made (session.ts).
 */
import { CELL_TYPES, CONFIG_RANGES } from './config.ts';
import type { CellType, ExperimentConfig, OptimizerId, RangedField } from './config.ts';

/** The result of `checkConfig`. */
export type ConfigCheck =
  | Readonly<{ ok: true; config: ExperimentConfig }>
  | Readonly<{ ok: false; field: string; message: string }>;

/** Whether `value` lies in the inclusive range of `field` (and is whole where it must be). */
export function inRange(field: RangedField, value: number): boolean {
  const r = CONFIG_RANGES[field];
  return Number.isFinite(value) && value >= r.min && value <= r.max && (!r.integer || Number.isInteger(value));
}

/** "layers must be an integer from 1 to 4 (got 9)": the English detail of a range problem. */
export function rangeMessage(field: RangedField, value: unknown): string {
  const r = CONFIG_RANGES[field];
  return `${field} must be ${r.integer ? 'an integer' : 'a number'} from ${r.min} to ${r.max} (got ${String(value)})`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks every field of a config; the first problem is reported. */
export function checkConfig(value: unknown): ConfigCheck {
  if (!isRecord(value)) return { ok: false, field: '', message: 'config must be an object' };
  const v = value;
  const bad = (field: string, message: string): ConfigCheck => ({ ok: false, field, message });
  if (typeof v.task !== 'string' || v.task.length === 0 || v.task.length > 40) return bad('task', 'task must be a task id');
  if (!isRecord(v.taskOptions)) return bad('taskOptions', 'taskOptions must be an object of numbers');
  const taskOptions: Record<string, number> = {};
  for (const [k, o] of Object.entries(v.taskOptions)) {
    if (typeof o !== 'number' || !Number.isFinite(o)) return bad('taskOptions', `taskOptions.${k} must be a finite number`);
    taskOptions[k] = o;
  }
  if (!CELL_TYPES.includes(v.cell as CellType)) return bad('cell', `cell must be one of ${CELL_TYPES.join(', ')}`);
  if (typeof v.bidirectional !== 'boolean') return bad('bidirectional', 'bidirectional must be a boolean');
  if (v.optimizer !== 'adam' && v.optimizer !== 'sgd') return bad('optimizer', "optimizer must be 'adam' or 'sgd'");
  const ranged: readonly RangedField[] = ['layers', 'hidden', 'seqLen', 'batch', 'lr', 'momentum', 'seed'];
  for (const f of ranged) {
    const x = v[f];
    if (typeof x !== 'number' || !inRange(f, x)) return bad(f, rangeMessage(f, x));
  }
  const nullable: readonly RangedField[] = ['clip', 'truncation', 'recurrentScale'];
  for (const f of nullable) {
    const x = v[f];
    if (x !== null && (typeof x !== 'number' || !inRange(f, x))) return bad(f, `${rangeMessage(f, x)} or null`);
  }
  return {
    ok: true,
    config: {
      task: v.task,
      taskOptions,
      cell: v.cell as CellType,
      layers: v.layers as number,
      hidden: v.hidden as number,
      bidirectional: v.bidirectional,
      seqLen: v.seqLen as number,
      batch: v.batch as number,
      optimizer: v.optimizer as OptimizerId,
      lr: v.lr as number,
      momentum: v.momentum as number,
      clip: v.clip as number | null,
      truncation: v.truncation as number | null,
      recurrentScale: v.recurrentScale as number | null,
      seed: v.seed as number,
    },
  };
}
