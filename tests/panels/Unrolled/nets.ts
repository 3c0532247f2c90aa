/**
 * Snapshots for the Unrolled and Equations tests, built with the engine itself (tests may import
 * engine functions): a model from a seed, one example, its trace — exactly what the worker sends.
 */
import { createModel, gatherBatch, headFor, traceExample } from '../../../src/engine/index.ts';
import type { ModelConfig, RecurrentMode } from '../../../src/engine/index.ts';
import { TASKS } from '../../../src/engine/tasks/index.ts';
import type { TaskId } from '../../../src/engine/tasks/index.ts';
import type { NetSnapshot } from '../../../src/panels/Equations/types.ts';
import type { CellType } from '../../../src/worker/config.ts';

const MODE: Record<CellType, RecurrentMode> = { rnn_tanh: 'RNN_TANH', rnn_relu: 'RNN_RELU', lstm: 'LSTM', gru: 'GRU' };

/** Options of `tinyNet`. */
export type NetOptions = Readonly<{
  cell?: CellType;
  hidden?: number;
  layers?: number;
  bidirectional?: boolean;
  seed?: number;
}>;

/**
 * The acceptance case: hidden 2, T 3, one scalar input per step, many-to-one regression — the
 * "tiny model" of the lecture, with a fixed input and target.
 */
export function tinyNet(o: NetOptions = {}): NetSnapshot & { model: ReturnType<typeof createModel> } {
  const cell = o.cell ?? 'rnn_tanh';
  const config: ModelConfig = {
    mode: MODE[cell], inputSize: 1, hiddenSize: o.hidden ?? 2, numLayers: o.layers ?? 1,
    bidirectional: o.bidirectional ?? false, bias: true, dropout: 0, outputSize: 1, head: 'last', loss: 'mse',
  };
  const model = createModel(config, o.seed ?? 11);
  const x = Float64Array.from([0.8, -0.6, 0.3]);
  const trace = traceExample(model, x, 3, Float64Array.from([0.5]));
  return { trace, cell, head: 'last', loss: 'mse', params: model.params, inputLabels: null, classLabels: null, model };
}

/** A snapshot of sample `example` of a registry task, with a fresh model for it. */
export function taskNet(task: TaskId, o: NetOptions = {}, example = 0, taskOptions: Readonly<Record<string, number>> = {}): NetSnapshot {
  const ds = TASKS[task].make(taskOptions, 5);
  const t = ds.targets;
  const cell = o.cell ?? 'rnn_tanh';
  const config: ModelConfig = {
    mode: MODE[cell], inputSize: ds.inputSize, hiddenSize: o.hidden ?? 8, numLayers: o.layers ?? 1,
    bidirectional: o.bidirectional ?? false, bias: true, dropout: 0,
    outputSize: t.kind === 'regression' ? t.outSize : t.classes,
    head: headFor(ds), loss: t.kind === 'regression' ? 'mse' : 'ce',
  };
  const model = createModel(config, o.seed ?? 3);
  const b = gatherBatch(ds, [example]);
  return {
    trace: traceExample(model, b.x, b.T, b.y),
    cell, head: config.head, loss: config.loss, params: model.params,
    inputLabels: ds.inputLabels ?? null,
    classLabels: t.kind === 'classes' ? t.labels : null,
  };
}

/** Every decimal number of a TeX source, in order ("-0.123", "1.23{\times}10^{-5}"). */
export function numbersInTex(tex: string): number[] {
  const re = /(-?\d+\.\d+)(?:\{\\times\}10\^\{(-?\d+)\})?/g;
  const out: number[] = [];
  for (const m of tex.matchAll(re)) out.push(Number(m[1]) * 10 ** Number(m[2] ?? 0));
  return out;
}

/** The TeX sources of the formulas inside an element (KaTeX keeps them in a MathML annotation). */
export function texSources(el: Element): string[] {
  return [...el.querySelectorAll('annotation[encoding="application/x-tex"]')].map((a) => a.textContent ?? '');
}
