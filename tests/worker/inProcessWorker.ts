/**
 * A worker in this process: the real trainer behind asynchronous, structured-cloned messages,
 * with switches to make it crash or hang.
 */
import type { WorkerLike } from '../../src/worker/client.ts';
import { createTrainer } from '../../src/worker/trainer.ts';

/** The trainer behind postMessage-like asynchrony. */
export class InProcessWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  terminated = false;
  /** when true, the worker swallows requests (a hung worker) */
  silent = false;
  private trainer = createTrainer({
    post: (msg) => setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(msg) } as MessageEvent)),
    now: () => performance.now(),
    later: (fn) => setTimeout(() => !this.terminated && fn()),
  });
  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setTimeout(() => !this.terminated && !this.silent && this.trainer.receive(copy));
  }
  terminate(): void {
    this.terminated = true;
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}
