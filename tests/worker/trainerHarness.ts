/**
 * Drives a trainer in Node without a worker: a fake clock that advances a little on every read,
 * and a task queue the test runs by hand, so "between two slices" is an explicit moment.
 */
import { createTrainer, DEFAULT_TRAINER_OPTIONS } from '../../src/worker/trainer.ts';
import type { TrainerOptions } from '../../src/worker/trainer.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';
import type { ExperimentConfig } from '../../src/worker/config.ts';
import { PROTOCOL_VERSION } from '../../src/worker/protocol.ts';
import type { FromWorker, LiveChange, Snapshot, ToWorker } from '../../src/worker/protocol.ts';

/** A small model on the lecture's data: fast enough to train hundreds of steps in a test. */
export const SMALL: ExperimentConfig = { ...DEFAULT_CONFIG, layers: 1, hidden: 8 };

type Omit2<T> = T extends unknown ? Omit<T, 'v'> : never;

/** A trainer with its events, clock and queue exposed. */
export function harness(options: Partial<TrainerOptions> = {}) {
  const events: FromWorker[] = [];
  const queue: (() => void)[] = [];
  let t = 0;
  const trainer = createTrainer(
    {
      post: (msg) => events.push(msg),
      // Every read moves time on, so a slice of `sliceMs` ends after a few steps.
      now: () => (t += 0.25),
      later: (fn) => queue.push(fn),
    },
    { ...DEFAULT_TRAINER_OPTIONS, ...options },
  );
  const send = (msg: Omit2<ToWorker>): void => trainer.receive({ v: PROTOCOL_VERSION, ...msg });
  return {
    trainer,
    events,
    send,
    /** runs queued slices (each may queue the next) up to `max` */
    runSlices(max = 1): number {
      let n = 0;
      while (n < max && queue.length > 0) {
        queue.shift()?.();
        n++;
      }
      return n;
    },
    pending: () => queue.length,
    configure(config: ExperimentConfig = SMALL, extra: { changes?: LiveChange[]; toStep?: number; focus?: number | null; id?: number } = {}): void {
      send({ type: 'configure', config, changes: extra.changes ?? [], toStep: extra.toStep ?? 0, focus: extra.focus ?? null, ...(extra.id === undefined ? {} : { id: extra.id }) });
    },
    snapshots: (): (Snapshot & { id?: number })[] => events.flatMap((e) => (e.type === 'snapshot' ? [e] : [])),
    last: (): Snapshot & { id?: number } => {
      const s = events.flatMap((e) => (e.type === 'snapshot' ? [e] : [])).at(-1);
      if (!s) throw new Error('no snapshot yet');
      return s;
    },
    /** the state dict JSON right now */
    weights(): string {
      send({ type: 'exportStateDict', id: 999_999 });
      const e = events.at(-1);
      if (e?.type !== 'stateDict') throw new Error(`expected a state dict, got ${e?.type}`);
      return e.json;
    },
  };
}
