/**
 * Training speed with everything a worker does around the engine — time slices, snapshots,
 * full-data evaluations, structured-cloning every event — against the engine's bare step loop,
 * in alternating blocks so a busy machine slows both alike. Timing-dependent, so it runs only
 * when asked: `UNROLL_PERF=1 npx vitest run tests/worker/throughput.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../src/worker/trainer.ts';
import { createSession, trainOne } from '../../src/worker/session.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';
import { PROTOCOL_VERSION } from '../../src/worker/protocol.ts';

const BLOCK_MS = 1500;
const ROUNDS = 5;

/** Steps per second of the engine alone on the lecture's model. */
function bare(): number {
  const s = createSession(DEFAULT_CONFIG);
  for (let i = 0; i < 300; i++) trainOne(s);
  const t0 = performance.now();
  const s0 = s.step;
  while (performance.now() - t0 < BLOCK_MS) trainOne(s);
  return ((s.step - s0) * 1000) / (performance.now() - t0);
}

/** Steps per second through the trainer, as the worker runs it. */
async function throughTrainer(): Promise<number> {
  let step = 0;
  const { port1, port2 } = new MessageChannel();
  const queue: (() => void)[] = [];
  port1.onmessage = () => queue.shift()?.();
  const trainer = createTrainer({
    post: (msg, transfer) => {
      // What postMessage costs the worker: a structured clone with the buffers transferred.
      const copy = structuredClone(msg, { transfer });
      if (copy.type === 'snapshot') step = copy.step;
    },
    now: () => performance.now(),
    later: (fn) => {
      queue.push(fn);
      port2.postMessage(null);
    },
  });
  trainer.receive({ v: PROTOCOL_VERSION, type: 'configure', config: DEFAULT_CONFIG, changes: [], toStep: 300, focus: null });
  while (step < 300) await new Promise((r) => setImmediate(r));
  const t0 = performance.now();
  trainer.receive({ v: PROTOCOL_VERSION, type: 'run' });
  while (performance.now() - t0 < BLOCK_MS) await new Promise((r) => setImmediate(r));
  trainer.receive({ v: PROTOCOL_VERSION, type: 'pause' });
  const rate = ((step - 300) * 1000) / (performance.now() - t0);
  port1.close();
  return rate;
}

describe.runIf(process.env.UNROLL_PERF === '1')('worker throughput', () => {
  it('keeps at least 85 % of the bare engine speed with snapshots on', async () => {
    const ratios: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const a = bare();
      const b = await throughTrainer();
      ratios.push(b / a);
      console.info(`round ${r}: engine ${a.toFixed(0)} steps/s, trainer ${b.toFixed(0)} steps/s, ratio ${(b / a).toFixed(3)}`);
    }
    const median = [...ratios].sort((x, y) => x - y)[Math.floor(ROUNDS / 2)] ?? 0;
    console.info(`median ratio ${median.toFixed(3)}`);
    expect(median).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
