import { describe, expect, it } from 'vitest';
import { createTrainingClient } from '../../src/worker/client.ts';
import type { ClientEvent } from '../../src/worker/client.ts';
import { InProcessWorker } from './inProcessWorker.ts';
import { SMALL } from './trainerHarness.ts';

function setup(options: { watchdogMs?: number } = {}) {
  const workers: InProcessWorker[] = [];
  const events: ClientEvent[] = [];
  const client = createTrainingClient({
    spawn: () => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    },
    onEvent: (e) => events.push(e),
    ...options,
  });
  const until = async (predicate: () => boolean, ms = 10_000): Promise<void> => {
    const end = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const lastStep = (): number => {
    const s = events.flatMap((e) => (e.type === 'snapshot' ? [e] : [])).at(-1);
    return s?.step ?? -1;
  };
  return { client, workers, events, until, lastStep };
}

describe('training client', () => {
  it('restarts a crashed worker at the same step with bit-identical parameters and says so', async () => {
    const t = setup();
    t.client.configure(SMALL);
    t.client.step();
    t.client.setLive({ lr: 0.003 });
    for (let i = 0; i < 6; i++) t.client.step();
    await t.until(() => t.lastStep() === 7);
    const before = await t.client.exportStateDict();

    t.workers[0]?.crash('boom');
    expect(t.workers[0]?.terminated).toBe(true);
    expect(t.events.at(-1)).toEqual({ type: 'restarted', reason: 'boom', step: 7 });
    await t.until(() => t.events.some((e) => e.type === 'snapshot' && e.step === 7 && e.replayingTo === null && t.events.indexOf(e) > t.events.findIndex((x) => x.type === 'restarted')));
    const after = await t.client.exportStateDict();
    expect(t.workers).toHaveLength(2);
    expect(after).toEqual(before);
    t.client.dispose();
  });

  it('restarts a worker that reports an internal error', async () => {
    const t = setup();
    t.client.configure(SMALL);
    await t.until(() => t.lastStep() === 0);
    t.workers[0]?.onmessage?.({ data: { v: 1, type: 'error', code: 'internal', name: 'TypeError', message: 'x is undefined' } } as MessageEvent);
    expect(t.events.at(-1)).toMatchObject({ type: 'restarted', reason: 'TypeError: x is undefined' });
    expect(t.workers).toHaveLength(2);
    t.client.dispose();
  });

  it('gives up after repeated crashes instead of looping', async () => {
    const t = setup();
    t.client.configure(SMALL);
    for (let i = 0; i < 4; i++) t.workers.at(-1)?.crash(`crash ${i}`);
    expect(t.events.at(-1)).toEqual({ type: 'failed', reason: 'crash 3' });
    expect(t.workers).toHaveLength(4);
    t.client.dispose();
  });

  it('treats a worker that stops answering as dead', async () => {
    const t = setup({ watchdogMs: 60 });
    t.workers[0]!.silent = true;
    t.client.configure(SMALL);
    await t.until(() => t.events.some((e) => e.type === 'restarted'));
    expect(t.events.find((e) => e.type === 'restarted')).toMatchObject({ reason: 'the worker stopped answering' });
    t.client.dispose();
  });

  it('surfaces an event of another protocol version as an error instead of using it', async () => {
    const t = setup();
    t.workers[0]?.onmessage?.({ data: { v: 7, type: 'snapshot', step: 3 } } as MessageEvent);
    expect(t.events).toEqual([expect.objectContaining({ type: 'error', code: 'version' })]);
    t.client.dispose();
  });

  it('rejects a mismatched weight file with the reason and resolves a matching one', async () => {
    const t = setup();
    t.client.configure(SMALL);
    const { json } = await t.client.exportStateDict();
    await expect(t.client.loadStateDict('{"fc.bias": [1]}')).rejects.toMatchObject({ code: 'import', reason: 'missing-parameter' });
    await expect(t.client.loadStateDict(json)).resolves.toMatchObject({ type: 'snapshot', step: 0 });
    t.client.dispose();
  });
});
