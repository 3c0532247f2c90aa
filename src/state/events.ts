/**
 * How worker news changes the store: a pure function from (state, event) to the changed slices.
 * The connection (connect.ts) folds every event of one animation frame through it and commits
 * the result with a single `setState`, so panels render at most once per frame.
 */
import type { ClientEvent } from '../worker/client.ts';
import type { WorkerError } from '../worker/protocol.ts';
import { appendPoint, EMPTY_HISTORY } from './historySlice.ts';
import type { NewMessage } from './messages.ts';
import { withMessages } from './messages.ts';
import { configAfter } from './runSlice.ts';
import type { RunStatus } from './runSlice.ts';
import type { AppState } from './store.ts';

/** The part of the state that events change. */
export type EventState = Pick<AppState, 'run' | 'snapshot' | 'history' | 'config' | 'messages'>;

function errorMessage(e: WorkerError): NewMessage {
  const detail = e.message;
  switch (e.code) {
    case 'config':
      return { level: 'error', source: 'config', key: 'common.config.rejected', params: { field: e.field ?? '' }, detail };
    case 'version':
      return { level: 'error', source: 'worker', key: 'common.worker.version', params: {}, detail };
    case 'import':
    case 'bad-message':
    case 'no-model':
    case 'internal':
      return { level: 'error', source: 'worker', key: 'common.worker.error', params: {}, detail: `${e.name}: ${detail}` };
  }
}

/** Applies one event. */
export function reduceEvent(s: EventState, e: ClientEvent): EventState {
  switch (e.type) {
    case 'ready':
      return {
        ...s,
        config: e.config,
        run: {
          ...s.run,
          ready: true,
          status: 'idle',
          pausing: false,
          step: 0,
          epoch: 0,
          stepsPerSec: 0,
          loss: null,
          lossStep: null,
          heldOutLoss: null,
          batchLoss: NaN,
          gradNorm: NaN,
          lr: e.config.lr,
          diverged: null,
          base: e.base,
          changes: e.changes,
          imported: e.imported,
          paramCount: e.paramCount,
        },
        snapshot: { ...s.snapshot, dataset: e.dataset, eval: null, trace: null },
        history: EMPTY_HISTORY,
      };
    case 'snapshot': {
      const diverged = s.run.diverged;
      const status: RunStatus =
        e.replayingTo !== null ? 'replaying' : e.running ? 'running' : diverged !== null ? 'diverged' : e.step === 0 ? 'idle' : 'paused';
      const ev = e.eval;
      return {
        ...s,
        run: {
          ...s.run,
          status,
          pausing: s.run.pausing && e.running,
          step: e.step,
          epoch: e.epoch,
          stepsPerSec: e.stepsPerSec,
          batchLoss: e.batchLoss,
          gradNorm: e.gradNorm,
          lr: e.lr,
          replayTarget: e.replayingTo,
          // The worker acknowledges a live change with the step it took effect: the link needs both.
          changes: e.change === null ? s.run.changes : [...s.run.changes, e.change],
          ...(ev === null ? {} : { loss: ev.loss, lossStep: ev.step, heldOutLoss: ev.heldOutLoss }),
        },
        snapshot: {
          ...s.snapshot,
          ...(ev === null ? {} : { eval: ev }),
          ...(e.trace === null ? {} : { trace: e.trace }),
        },
        history: ev === null ? s.history : appendPoint(s.history, ev.step, ev.loss, ev.heldOutLoss),
      };
    }
    case 'diverged':
      return {
        ...s,
        run: { ...s.run, status: 'diverged', pausing: false, diverged: { step: e.step, what: e.what } },
        messages: withMessages(s.messages, [
          { level: 'warn', source: 'run', key: 'common.run.diverged', params: { step: e.step, what: e.what }, detail: `${e.what} = ${e.value}` },
        ]),
      };
    case 'error': {
      // A refused config leaves the worker's run as it was: show that run's config again.
      const config = e.code === 'config' && s.run.ready ? configAfter(s.run.base, s.run.changes) : s.config;
      const status: RunStatus = e.code === 'internal' || e.code === 'version' ? 'error' : s.run.status;
      // A refused import is reported by `importWeights`, which awaits exactly that answer.
      const messages = e.code === 'import' ? s.messages : withMessages(s.messages, [errorMessage(e)]);
      return { ...s, config, run: { ...s.run, status, pausing: false }, messages };
    }
    case 'restarted':
      return {
        ...s,
        run: { ...s.run, status: s.run.status === 'error' ? 'paused' : s.run.status },
        messages: withMessages(s.messages, [{ level: 'warn', source: 'worker', key: 'common.worker.restarted', params: { step: e.step }, detail: e.reason }]),
      };
    case 'failed':
      return {
        ...s,
        run: { ...s.run, status: 'error', pausing: false },
        messages: withMessages(s.messages, [{ level: 'error', source: 'worker', key: 'common.worker.failed', params: {}, detail: e.reason }]),
      };
    case 'stateDict':
      return s;
  }
}
