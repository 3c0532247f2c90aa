/**
 * Starts the training worker. The `new URL(…, import.meta.url)` form is what Vite recognises to
 * bundle the worker and the whole engine into their own chunk, out of the page's initial JS.
 */
import type { WorkerLike } from './client.ts';

/** A new training worker (an ES module worker). */
export function spawnTrainerWorker(): WorkerLike {
  return new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module', name: 'unroll-trainer' });
}
