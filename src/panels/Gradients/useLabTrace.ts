/**
 * The focus example's gradient trace for the lab: the newest trace whose numbers are finite (a
 * diverged model's trace is all NaN; the last finite one is what shows what happened), the
 * heatmap rows collected over the run, and a replay counter for the pulse animation.
 *
 * Subscribes transiently to the store (no re-render per frame): the lab re-renders only when a
 * new trace arrives. Asks the worker for traces of sample 0 if nobody has asked for any.
 */
import { useEffect, useRef, useState } from 'react';
import type { CellTrace } from '../../engine/index.ts';
import { useAppStore } from '../../state/index.ts';
import type { AppState } from '../../state/index.ts';
import { appendRow, EMPTY_TRACE_HISTORY } from './traceHistory.ts';
import type { TraceHistory } from './traceHistory.ts';

/** What the lab draws from traces. */
export type LabTrace = Readonly<{
  /** layer 1 (forward direction) of the newest finite trace */
  cell: CellTrace;
  T: number;
  /** the training step of that trace */
  step: number;
  history: TraceHistory;
  /** changes when the pulse should play again */
  playKey: number;
}>;

/** Least time between two plays of the pulse, ms: one play must finish before the next starts. */
export const PULSE_EVERY_MS = 1800;

const finiteCell = (c: CellTrace | undefined): c is CellTrace =>
  c !== undefined && c.jacobianNorm.every(Number.isFinite) && c.dLdhNorm.every(Number.isFinite);

/** The lab's trace state (null until the first finite trace of the current run). */
export function useLabTrace(): LabTrace | null {
  const [state, setState] = useState<LabTrace | null>(null);
  const lastPlay = useRef(-Infinity);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const s = useAppStore.getState();
    if (s.snapshot.focus === null) s.setFocus(0);
    const take = (st: AppState, reset: boolean): void => {
      const snap = st.snapshot.trace;
      const cell = snap?.data.cells[0];
      if (snap === null || snap === undefined || !finiteCell(cell)) {
        if (reset) setState(null);
        return;
      }
      const now = performance.now();
      const due = now - lastPlay.current >= PULSE_EVERY_MS;
      if (due) lastPlay.current = now;
      setState((prev) => {
        const history = appendRow(reset || prev === null ? EMPTY_TRACE_HISTORY : prev.history, snap.step, cell.jacobianNorm);
        return { cell, T: snap.data.T, step: snap.step, history, playKey: (prev?.playKey ?? 0) + (due ? 1 : 0) };
      });
      if (!due && timer.current === null) {
        // Play the newest trace once the current play has finished.
        timer.current = setTimeout(() => {
          timer.current = null;
          lastPlay.current = performance.now();
          setState((prev) => (prev === null ? prev : { ...prev, playKey: prev.playKey + 1 }));
        }, PULSE_EVERY_MS - (now - lastPlay.current));
      }
    };
    take(s, true);
    const unsubscribe = useAppStore.subscribe((st, prev) => {
      const newRun = st.run.base !== prev.run.base;
      if (newRun || st.snapshot.trace !== prev.snapshot.trace) take(st, newRun);
    });
    return () => {
      unsubscribe();
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, []);

  return state;
}
