/**
 * The description of a run's data set that the UI needs (sizes, split, targets, the sine
 * picture), copied out of the session once per run so the worker keeps its own arrays.
 */
import { isTaskId, TASKS } from '../engine/tasks/index.ts';
import type { DatasetInfo } from './protocol.ts';
import { SEQ_LEN_OPTION } from './config.ts';
import type { Session } from './session.ts';

/** The allowed `seqLen` of a task, or null when the task fixes its own length. */
export function seqLenRange(task: string): Readonly<{ min: number; max: number }> | null {
  const option = SEQ_LEN_OPTION[task];
  if (option === undefined || !isTaskId(task)) return null;
  const r = TASKS[task].ranges[option];
  return r === undefined ? null : { min: r.min, max: r.max };
}

/** Copies what the UI needs; every array is fresh so it can be transferred. */
export function datasetInfo(s: Session): DatasetInfo {
  const ds = s.dataset;
  const t = ds.targets;
  return {
    task: ds.task,
    arrangement: ds.arrangement,
    n: ds.n,
    T: ds.T,
    inputSize: ds.inputSize,
    outSize: t.kind === 'regression' ? t.outSize : t.classes,
    targetKind: t.kind,
    classLabels: t.kind === 'classes' ? [...t.labels] : null,
    sampleText: ds.sampleText ? [...ds.sampleText] : null,
    inputLabels: ds.inputLabels ? [...ds.inputLabels] : null,
    train: ds.train.slice(),
    heldOut: ds.heldOut.slice(),
    targets: Float64Array.from(t.y),
    batchesPerEpoch: s.batchesPerEpoch,
    seqLenRange: seqLenRange(ds.task),
    series: ds.series
      ? { x: ds.series.x.slice(), values: ds.series.values.slice(), clean: ds.series.clean?.slice() ?? null, firstTarget: ds.series.firstTarget }
      : null,
  };
}

/** The buffers inside a DatasetInfo, to post as Transferables. */
export function datasetBuffers(d: DatasetInfo): ArrayBuffer[] {
  const arrays = [d.train, d.heldOut, d.targets, d.series?.x, d.series?.values, d.series?.clean];
  const out: ArrayBuffer[] = [];
  for (const a of arrays) if (a && a.buffer instanceof ArrayBuffer) out.push(a.buffer);
  return out;
}
