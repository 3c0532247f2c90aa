/**
 * The playground worker: a thin shell that gives the playground runner (playgroundRunner.ts) the
 * worker's clock, `postMessage` and a zero-delay task queue — the same shape as race.worker.ts.
 */
import { createPlaygroundRunner } from './playgroundRunner.ts';

// The app compiles with the DOM lib, not WebWorker (they conflict); this is the part we use.
type WorkerScope = {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
};
const scope = self as unknown as WorkerScope;

// A MessageChannel message is a new task with no minimum delay (setTimeout(0) is clamped to 4 ms).
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const runner = createPlaygroundRunner({
  post: (msg) => scope.postMessage(msg),
  now: () => performance.now(),
  later: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  },
});

scope.onmessage = (e: MessageEvent<unknown>) => runner.receive(e.data);
