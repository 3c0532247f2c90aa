/**
 * The store's view of the run (the focus example's trace with the model that made it, and the
 * data set's labels) as the `NetSnapshot` the pure components draw.
 */
import type { DatasetInfo, TraceSnapshot } from '../../worker/protocol.ts';
import type { NetSnapshot } from '../Equations/types.ts';

/** The snapshot to draw, or null while there is no trace (or it came without its model). */
export function netFromStore(trace: TraceSnapshot | null, dataset: DatasetInfo | null): NetSnapshot | null {
  if (trace === null || trace.model === undefined || trace.data.cells.length === 0) return null;
  const m = trace.model;
  return {
    trace: trace.data,
    cell: m.cell,
    head: m.head,
    loss: m.loss,
    params: m.params,
    inputLabels: dataset?.inputLabels ?? null,
    classLabels: dataset?.classLabels ?? null,
  };
}
