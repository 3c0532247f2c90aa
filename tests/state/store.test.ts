import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import type { AppStore } from '../../src/state/store.ts';
import { connectStore } from '../../src/state/connect.ts';
import { createTrainingClient } from '../../src/worker/client.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';
import { InProcessWorker } from '../worker/inProcessWorker.ts';
import { SMALL } from '../worker/trainerHarness.ts';

/** A store joined to an in-process worker, with animation frames run by hand. */
function connected(prepare?: (store: AppStore) => void) {
  const store = createAppStore();
  prepare?.(store);
  const frames: (() => void)[] = [];
  let updates = 0;
  store.subscribe(() => updates++);
  connectStore(store, (onEvent) => createTrainingClient({ spawn: () => new InProcessWorker(), onEvent }), (flush) => {
    frames.push(flush);
    return () => undefined;
  });
  const frame = (): void => frames.splice(0).forEach((f) => f());
  /** runs frames until `done()` holds */
  const until = async (done: () => boolean, ms = 15_000): Promise<void> => {
    const end = Date.now() + ms;
    for (;;) {
      frame();
      if (done()) return;
      if (Date.now() > end) throw new Error(`timed out; run = ${JSON.stringify(store.getState().run)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return { store, frame, until, updates: () => updates, pendingFrames: () => frames.length };
}

const small = (store: AppStore): void => store.getState().startRun({ config: SMALL, changes: [], step: 0 });

describe('store and worker', () => {
  it('shows the run at step 0 with its data set and loss once the worker is ready', async () => {
    const t = connected(small);
    await t.until(() => t.store.getState().run.loss !== null);
    const s = t.store.getState();
    expect(s.run).toMatchObject({ ready: true, status: 'idle', step: 0 });
    expect(s.snapshot.dataset?.n).toBe(90);
    expect(s.snapshot.eval?.outputs.length).toBe(90);
    expect(s.history.step).toEqual([0]);
  });

  it('applies all worker news of a frame in one store update', async () => {
    const t = connected(small);
    await t.until(() => t.store.getState().run.ready);
    for (let i = 0; i < 5; i++) t.store.getState().step();
    await new Promise((r) => setTimeout(r, 300));
    expect(t.pendingFrames()).toBe(1);
    const before = t.updates();
    t.frame();
    expect(t.updates()).toBe(before + 1);
    expect(t.store.getState().run.step).toBe(5);
  });

  it('stops changing the step once Pause is acknowledged', async () => {
    const t = connected(small);
    await t.until(() => t.store.getState().run.ready);
    t.store.getState().train();
    await t.until(() => t.store.getState().run.status === 'running' && t.store.getState().run.step > 20);
    t.store.getState().pause();
    expect(t.store.getState().run.pausing).toBe(true);
    await t.until(() => t.store.getState().run.status === 'paused');
    const { step, pausing, loss, lossStep } = t.store.getState().run;
    expect(pausing).toBe(false);
    expect(lossStep).toBe(step);
    expect(loss).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    t.frame();
    expect(t.store.getState().run.step).toBe(step);
  });

  it('changes the learning rate in place and records the step it took effect for the link', async () => {
    const t = connected(small);
    await t.until(() => t.store.getState().run.ready);
    t.store.getState().step();
    t.store.getState().step();
    await t.until(() => t.store.getState().run.step === 2);
    expect(t.store.getState().configure({ lr: 0.003 })).toEqual({ ok: true, restarted: false });
    await t.until(() => t.store.getState().run.lr === 0.003);
    expect(t.store.getState().run.changes).toEqual([{ step: 2, set: { lr: 0.003 } }]);
    expect(t.store.getState().run.step).toBe(2);
  });

  it('starts a new run when a structural setting changes', async () => {
    const t = connected(small);
    await t.until(() => t.store.getState().run.ready);
    t.store.getState().step();
    await t.until(() => t.store.getState().run.step === 1);
    expect(t.store.getState().configure({ hidden: 4 })).toEqual({ ok: true, restarted: true });
    // nn.RNN(1, 4): W_ih 4×1, W_hh 4×4, two biases of 4; Linear(4, 1): 4 weights and a bias.
    await t.until(() => t.store.getState().run.paramCount === 4 * 1 + 4 * 4 + 4 + 4 + 4 + 1);
    expect(t.store.getState().run).toMatchObject({ step: 0, status: 'idle' });
  });

  it('refuses an out-of-range value with a message and keeps the run', async () => {
    const t = connected(small);
    await t.until(() => t.store.getState().run.ready);
    const r = t.store.getState().configure({ lr: 1e6 });
    expect(r).toMatchObject({ ok: false, field: 'lr' });
    expect(t.store.getState().config.lr).toBe(SMALL.lr);
    expect(t.store.getState().messages.at(-1)).toMatchObject({ key: 'common.config.refused', params: { field: 'lr' } });
  });

  it('falls back to the defaults, with a message, when the engine refuses the config of a link', async () => {
    const t = connected((store) => store.getState().startRun({ config: { ...DEFAULT_CONFIG, seqLen: 80 }, changes: [], step: 0 }));
    await t.until(() => t.store.getState().run.ready);
    expect(t.store.getState().messages.map((m) => m.key)).toContain('common.config.rejected');
    expect(t.store.getState().run.base).toEqual(DEFAULT_CONFIG);
  });

  it('reports divergence with its step and recovers on Reset', async () => {
    const t = connected((store) => store.getState().startRun({ config: { ...SMALL, cell: 'rnn_relu', hidden: 32, optimizer: 'sgd', lr: 1 }, changes: [], step: 0 }));
    await t.until(() => t.store.getState().run.ready);
    t.store.getState().train();
    await t.until(() => t.store.getState().run.status === 'diverged');
    const { diverged, step } = t.store.getState().run;
    expect(diverged?.step).toBe(step);
    expect(t.store.getState().messages.at(-1)).toMatchObject({ key: 'common.run.diverged', params: { step } });
    t.store.getState().reset();
    await t.until(() => t.store.getState().run.status === 'idle' && t.store.getState().run.loss !== null);
    expect(Number.isFinite(t.store.getState().run.loss)).toBe(true);
  });

  it('refuses a mismatched weight file with its reason and changes nothing', async () => {
    const t = connected(small);
    await t.until(() => t.store.getState().run.ready);
    t.store.getState().step();
    await t.until(() => t.store.getState().run.step === 1);
    const { json } = await t.store.getState().exportWeights();
    const outcome = await t.store.getState().importWeights(json.replace('"fc.bias"', '"fc.bias_extra"'));
    expect(outcome).toMatchObject({ ok: false, reason: 'unknown-parameter' });
    t.frame();
    expect(t.store.getState().run.step).toBe(1);
    expect((await t.store.getState().exportWeights()).json).toBe(json);
    expect(await t.store.getState().importWeights('x'.repeat(6 * 1024 * 1024))).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
