/**
 * The trace of the focus example — the engine's `ModelTrace` (per layer, direction and time step:
 * h_t, c_t, gates, dL/dh_t, ‖∂h_final/∂h_t‖) — and how it crosses to the main thread.
 */
import { gatherBatch, traceExample } from '../engine/index.ts';
import type { ModelTrace } from '../engine/index.ts';
import type { TraceModel } from './protocol.ts';
import type { Session } from './session.ts';

/** Per-time-step internals of one sample; see the engine's trace.ts for every field. */
export type TraceData = ModelTrace;

/** Traces sample `example` of the session's data set with the current parameters. */
export function traceOf(s: Session, example: number): TraceData {
  const batch = gatherBatch(s.dataset, [example]);
  const truncation = s.config.truncation;
  return traceExample(s.model, batch.x, batch.T, batch.y, truncation === null ? {} : { truncation });
}

/** The buffers of every typed array in a trace, to post as Transferables (each listed once). */
export function traceBuffers(t: TraceData): ArrayBuffer[] {
  const arrays: (Float64Array | null)[] = [t.x, t.output, t.prediction];
  for (const c of t.cells) {
    arrays.push(c.h, c.c, c.dLdh, c.dLdhNorm, c.jacobianNorm);
    for (const g of c.gates) arrays.push(g.pre, g.act);
  }
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a !== null && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  return [...out];
}

/** The cell, head and a copy of the parameters that `traceOf` used (the live equations print them). */
export function traceModelOf(s: Session): TraceModel {
  const params: Record<string, Float64Array> = {};
  for (const k of s.model.names) {
    const p = s.model.params[k];
    if (p !== undefined) params[k] = p.slice();
  }
  return { cell: s.config.cell, head: s.model.config.head, loss: s.model.config.loss, params };
}

/** The buffers of a trace model's parameter copies, to post as Transferables. */
export function traceModelBuffers(m: TraceModel): ArrayBuffer[] {
  return Object.values(m.params).flatMap((a) => (a.buffer instanceof ArrayBuffer ? [a.buffer] : []));
}
