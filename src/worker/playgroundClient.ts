/**
 * The page's side of the playground worker: spawns it on first use, stamps requests with the
 * protocol version, hands every event (or a crash, as an error event) to one callback, and
 * restarts the worker on the next request after a crash.
 */
import type { WorkerLike } from './client.ts';
import { PLAYGROUND_PROTOCOL_VERSION } from './playgroundProtocol.ts';
import type { FromPlayground, ToPlayground } from './playgroundProtocol.ts';

/** A new playground worker (an ES module worker in its own chunk, with the engine). */
export function spawnPlaygroundWorker(): WorkerLike {
  return new Worker(new URL('./playground.worker.ts', import.meta.url), { type: 'module', name: 'unroll-playground' });
}

/** A request without its version stamp. */
export type PlaygroundRequest = ToPlayground extends infer T ? (T extends unknown ? Omit<T, 'v'> : never) : never;

/** What the client offers the store. */
export type PlaygroundClient = Readonly<{
  send(req: PlaygroundRequest): void;
  dispose(): void;
}>;

/** Wraps a playground worker made by `spawn`; every event goes to `onEvent`. */
export function createPlaygroundClient(spawn: () => WorkerLike, onEvent: (e: FromPlayground) => void): PlaygroundClient {
  let worker: WorkerLike | null = null;
  const fail = (message: string): void => {
    if (worker !== null) {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
    }
    worker = null;
    onEvent({ v: PLAYGROUND_PROTOCOL_VERSION, type: 'error', id: -1, code: 'protocol', message });
  };
  const ensure = (): WorkerLike => {
    if (worker !== null) return worker;
    const w = spawn();
    w.onmessage = (m) => {
      const d = m.data as { v?: unknown } | null;
      if (d === null || typeof d !== 'object' || d.v !== PLAYGROUND_PROTOCOL_VERSION) {
        onEvent({ v: PLAYGROUND_PROTOCOL_VERSION, type: 'error', id: -1, code: 'protocol', message: 'unexpected message from the playground worker' });
        return;
      }
      onEvent(d as FromPlayground);
    };
    w.onerror = (e) => {
      e.preventDefault();
      fail(e.message || 'the playground worker failed to run');
    };
    w.onmessageerror = () => fail('a message from the playground worker could not be read');
    worker = w;
    return w;
  };
  return {
    send: (req) => ensure().postMessage({ ...req, v: PLAYGROUND_PROTOCOL_VERSION }),
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
