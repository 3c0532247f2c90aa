/**
 * From what the model did on one input (an `Inspection`) to what the diagram draws at each time
 * step: the symbol read, the states, and the output emitted — and which of them step t lights up.
 * Pure, so the step-through is tested without a browser.
 */
import type { Inspection, PlaygroundInfo } from '../../worker/playgroundProtocol.ts';
import type { Layout } from './demos.ts';

/** The symbols for "nothing read here" in the seq2seq layout (the decoder's blank input). */
const BLANK = '_';
const SEPARATOR = '|';

export type Column = Readonly<{
  t: number;
  /** what is read at step t; null when nothing is (one-to-many after t = 0) */
  input: string | null;
  /** the output emitted at step t; null when the step emits nothing */
  output: Readonly<{ label: string; prob: number | null; target: string | null; correct: boolean | null }> | null;
  /** seq2seq: which half the step belongs to */
  part: 'encoder' | 'decoder' | null;
}>;

export type DiagramModel = Readonly<{
  T: number;
  columns: readonly Column[];
  /** states per layer·direction, each [T, H] */
  states: readonly Float64Array[];
  hidden: number;
  layers: number;
  directions: number;
}>;

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

function argmax(a: ArrayLike<number>, off: number, k: number): number {
  let best = 0;
  for (let c = 1; c < k; c++) if ((a[off + c] ?? -Infinity) > (a[off + best] ?? -Infinity)) best = c;
  return best;
}

/** The symbol of a one-hot row, or null for an all-zero row; a real value when there are no labels. */
function inputAt(info: PlaygroundInfo, x: Float64Array, t: number): string | null {
  const k = info.inputSize;
  if (info.inputLabels === null) return fmt(x[t * k] ?? NaN);
  let any = false;
  for (let c = 0; c < k; c++) if ((x[t * k + c] ?? 0) !== 0) any = true;
  return any ? (info.inputLabels[argmax(x, t * k, k)] ?? null) : null;
}

/** Whether step t emits an output in this layout. */
function emits(layout: Layout, t: number, T: number, separatorAt: number): boolean {
  if (layout === 'many-to-one' || layout === 'one-to-one') return t === T - 1;
  if (layout === 'seq2seq') return separatorAt >= 0 && t > separatorAt && t <= 2 * separatorAt;
  return true;
}

export function diagramModel(layout: Layout, info: PlaygroundInfo, ins: Inspection): DiagramModel {
  const inputs = Array.from({ length: ins.T }, (_, t) => inputAt(info, ins.x, t));
  const separatorAt = inputs.indexOf(SEPARATOR);
  const columns: Column[] = inputs.map((input, t) => {
    const row = ins.outRows === 1 ? 0 : t;
    let output: Column['output'] = null;
    if (emits(layout, t, ins.T, separatorAt)) {
      const off = row * ins.outSize;
      const tgt = ins.target?.[row];
      if (info.kind === 'classes' && info.classLabels !== null) {
        const best = argmax(ins.out, off, ins.outSize);
        const target = tgt === undefined || tgt < 0 ? null : (info.classLabels[tgt] ?? null);
        output = { label: info.classLabels[best] ?? '?', prob: ins.out[off + best] ?? null, target, correct: target === null ? null : best === tgt };
      } else {
        output = { label: fmt(ins.out[off] ?? NaN), prob: null, target: tgt === undefined ? null : fmt(tgt), correct: null };
      }
    }
    const part = layout !== 'seq2seq' ? null : separatorAt < 0 || t <= separatorAt ? 'encoder' : 'decoder';
    return { t, input: layout === 'seq2seq' && input === BLANK ? null : input, output, part };
  });
  return { T: ins.T, columns, states: ins.h, hidden: info.hidden, layers: info.layers, directions: info.directions };
}

/** Top-k classes of output row `row`, most likely first. */
export function topK(ins: Inspection, labels: readonly string[], row: number, k: number): { label: string; prob: number }[] {
  const off = row * ins.outSize;
  return Array.from({ length: ins.outSize }, (_, c) => ({ label: labels[c] ?? '?', prob: ins.out[off + c] ?? 0 }))
    .sort((a, b) => b.prob - a.prob)
    .slice(0, k);
}
