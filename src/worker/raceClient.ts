/**
 * The page's side of the race worker: typed requests with job ids, events checked for the
 * protocol version, and recovery — a worker that crashes is replaced on the next request, and the
 * crash is reported as an error event instead of leaving a race that never ends.
 */
import type { WorkerLike } from './client.ts';
import { RACE_PROTOCOL_VERSION } from './raceProtocol.ts';
import type { FromRaceWorker, RaceConfig, ToRaceWorker } from './raceProtocol.ts';

/** A new race worker (an ES module worker in its own chunk, with the engine). */
export function spawnRaceWorker(): WorkerLike {
  return new Worker(new URL('./race.worker.ts', import.meta.url), { type: 'module', name: 'unroll-race' });
}

/** What the race client offers the store. */
export type RaceClient = Readonly<{
  /** starts a race; returns its job id */
  race(config: RaceConfig): number;
  stopRace(): void;
  /** starts a sweep over `distances`; returns its job id */
  sweep(config: RaceConfig, distances: readonly number[]): number;
  stopSweep(): void;
  /** stops the worker for good */
  dispose(): void;
}>;

type Request = ToRaceWorker extends infer T ? (T extends unknown ? Omit<T, 'v'> : never) : never;

/** Wraps a race worker made by `spawn`; every event (or crash report) goes to `onEvent`. */
export function createRaceClient(spawn: () => WorkerLike, onEvent: (e: FromRaceWorker) => void): RaceClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;

  function crashed(message: string): void {
    if (worker !== null) {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
    }
    worker = null;
    onEvent({ v: RACE_PROTOCOL_VERSION, type: 'error', name: 'WorkerCrashed', message });
  }

  function ensure(): WorkerLike {
    if (worker !== null) return worker;
    const w = spawn();
    w.onmessage = (m) => {
      const d = m.data as { v?: unknown; type?: unknown } | null;
      if (d === null || typeof d !== 'object' || d.v !== RACE_PROTOCOL_VERSION) {
        onEvent({ v: RACE_PROTOCOL_VERSION, type: 'error', name: 'ProtocolError', message: `unexpected message from the race worker: ${JSON.stringify(d)?.slice(0, 80)}` });
        return;
      }
      onEvent(d as FromRaceWorker);
    };
    w.onerror = (e) => {
      e.preventDefault();
      crashed(e.message || 'the race worker failed to run');
    };
    w.onmessageerror = () => crashed('a message from the race worker could not be read');
    worker = w;
    return w;
  }

  const post = (req: Request): void => ensure().postMessage({ ...req, v: RACE_PROTOCOL_VERSION });

  return {
    race(config) {
      const id = nextId++;
      post({ type: 'race', id, config });
      return id;
    },
    stopRace: () => worker !== null && post({ type: 'stopRace' }),
    sweep(config, distances) {
      const id = nextId++;
      post({ type: 'sweep', id, config, distances });
      return id;
    },
    stopSweep: () => worker !== null && post({ type: 'stopSweep' }),
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
