/**
 * The training worker: a thin shell that gives the trainer (trainer.ts) the worker's clock,
 * `postMessage` with transferables, and a zero-delay task queue.
 */
import { createTrainer } from './trainer.ts';

// The app compiles with the DOM lib, not WebWorker (they conflict); this is the part we use.
type WorkerScope = {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
};
const scope = self as unknown as WorkerScope;

// A MessageChannel message is a new task with no minimum delay; setTimeout(0) is clamped to 4 ms
// once nested, which would idle a third of every 8 ms slice.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const trainer = createTrainer({
  post: (msg, transfer) => scope.postMessage(msg, transfer),
  now: () => performance.now(),
  later: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  },
});

scope.onmessage = (e: MessageEvent<unknown>) => trainer.receive(e.data);
