import { describe, expect, it } from 'vitest';
import { harness, SMALL } from './trainerHarness.ts';

describe('trainer', () => {
  it('answers configure with ready and a paused snapshot at step 0 carrying a finite full-data loss', () => {
    const h = harness();
    h.configure(SMALL, { id: 1 });
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'snapshot']);
    const ready = h.events[0];
    if (ready?.type !== 'ready') throw new Error('no ready');
    expect(ready.dataset.n).toBe(90);
    expect(ready.dataset.series?.clean?.length).toBe(100);
    const s = h.last();
    expect(s).toMatchObject({ id: 1, step: 0, running: false });
    expect(s.eval?.loss).toBeGreaterThan(0);
    expect(s.eval?.outputShape).toEqual([90, 1]);
  });

  it('takes exactly one optimizer step per Step request', () => {
    const h = harness();
    h.configure();
    h.send({ type: 'step', id: 2 });
    h.send({ type: 'step', id: 3 });
    expect(h.last()).toMatchObject({ id: 3, step: 2, running: false });
    expect(h.pending()).toBe(0);
  });

  it('trains in slices and takes no step after acknowledging Pause', () => {
    const h = harness({ sliceMs: 4, snapshotMs: 1 });
    h.configure();
    h.send({ type: 'run', id: 5 });
    h.runSlices(5);
    const before = h.last().step;
    h.send({ type: 'pause', id: 6 });
    const ack = h.last();
    expect(ack.id).toBe(6);
    expect(ack.running).toBe(false);
    expect(before).toBeGreaterThan(0);
    expect(ack.step).toBeGreaterThanOrEqual(before);
    const count = h.events.length;
    expect(h.runSlices(20)).toBeLessThanOrEqual(1);
    expect(h.events.length).toBe(count);
    h.send({ type: 'step', id: 7 });
    expect(h.last().step).toBe(ack.step + 1);
  });

  it('stops by itself at the step asked for with run until', () => {
    const h = harness();
    h.configure();
    h.send({ type: 'run', until: 37 });
    h.runSlices(200);
    expect(h.last()).toMatchObject({ step: 37, running: false });
    expect(h.pending()).toBe(0);
  });

  it('throttles snapshots and refreshes the full-data evaluation only within its time budget', () => {
    const h = harness({ sliceMs: 2, snapshotMs: 10, evalMs: 10, evalBudget: 0.05 });
    h.configure();
    h.send({ type: 'run', until: 300 });
    h.runSlices(1000);
    const running = h.snapshots().filter((s) => s.running);
    const withEval = running.filter((s) => s.eval !== null);
    expect(running.length).toBeGreaterThan(5);
    expect(withEval.length).toBeLessThan(running.length);
    expect(h.last().eval?.step).toBe(300);
  });

  it('gives bit-identical parameters for the same config trained the same number of steps, however often it reports', () => {
    const a = harness({ sliceMs: 1, snapshotMs: 0, evalMs: 0 });
    const b = harness({ sliceMs: 50, snapshotMs: 1e9 });
    for (const h of [a, b]) {
      h.configure(SMALL, { focus: 3 });
      h.send({ type: 'run', until: 60 });
      h.runSlices(1000);
    }
    expect(a.last().step).toBe(60);
    expect(a.weights()).toBe(b.weights());
    expect(a.last().eval?.loss).toBe(b.last().eval?.loss);
  });

  it('replays a configure to step N with the same parameters and loss as the original run', () => {
    const original = harness();
    original.configure();
    for (let i = 0; i < 25; i++) original.send({ type: 'step' });
    const replay = harness();
    replay.configure(SMALL, { toStep: 25, id: 4 });
    replay.runSlices(1000);
    expect(replay.last()).toMatchObject({ id: 4, step: 25, running: false, replayingTo: null });
    expect(replay.weights()).toBe(original.weights());
    expect(replay.last().eval?.loss).toBe(original.last().eval?.loss);
  });

  it('reproduces a run whose learning rate changed midway from the recorded change', () => {
    const original = harness();
    original.configure();
    for (let i = 0; i < 10; i++) original.send({ type: 'step' });
    original.send({ type: 'setLive', set: { lr: 0.0007 } });
    for (let i = 0; i < 10; i++) original.send({ type: 'step' });
    expect(original.last().lr).toBe(0.0007);
    const replay = harness();
    replay.configure(SMALL, { toStep: 20, changes: [{ step: 10, set: { lr: 0.0007 } }] });
    replay.runSlices(1000);
    expect(replay.weights()).toBe(original.weights());
    const unchanged = harness();
    unchanged.configure(SMALL, { toStep: 20 });
    unchanged.runSlices(1000);
    expect(unchanged.weights()).not.toBe(original.weights());
  });

  it('refuses a message of another protocol version with an error event and keeps working', () => {
    const h = harness();
    h.trainer.receive({ v: 99, type: 'run', id: 8 });
    h.trainer.receive('garbage');
    h.trainer.receive({ v: 1, type: 'explode' });
    expect(h.events.map((e) => (e.type === 'error' ? e.code : e.type))).toEqual(['version', 'bad-message', 'bad-message']);
    expect(h.events[0]).toMatchObject({ id: 8 });
    h.configure();
    expect(h.last().step).toBe(0);
  });

  it('rejects an out-of-range config naming the field and keeps the current run', () => {
    const h = harness();
    h.configure();
    h.send({ type: 'step' });
    h.configure({ ...SMALL, seqLen: 80 }, { id: 3 });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', code: 'config', field: 'seqLen', id: 3 });
    h.send({ type: 'step', id: 4 });
    expect(h.last()).toMatchObject({ id: 4, step: 2 });
  });

  it('pauses a diverging run, names the step, and recovers on Reset', () => {
    const h = harness();
    h.configure({ ...SMALL, cell: 'rnn_relu', hidden: 32, optimizer: 'sgd', momentum: 0.9, lr: 1 });
    h.send({ type: 'run' });
    h.runSlices(2000);
    const diverged = h.events.find((e) => e.type === 'diverged');
    if (diverged?.type !== 'diverged') throw new Error('did not diverge');
    expect(diverged.step).toBeGreaterThan(0);
    expect(h.last()).toMatchObject({ running: false, step: diverged.step });
    expect(h.pending()).toBe(0);
    h.send({ type: 'reset', id: 9 });
    expect(h.last()).toMatchObject({ id: 9, step: 0 });
    expect(Number.isFinite(h.last().eval?.loss)).toBe(true);
  });

  it('imports an exported state dict and refuses bad files without changing anything', () => {
    const trained = harness();
    trained.configure();
    for (let i = 0; i < 15; i++) trained.send({ type: 'step' });
    const json = trained.weights();

    const h = harness();
    h.configure();
    h.send({ type: 'step' });
    const before = h.weights();
    h.send({ type: 'loadStateDict', json: '{"rnn.weight_ih_l0": [', id: 1 });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', code: 'import', reason: 'not-json', id: 1 });
    const wrong = JSON.parse(json) as Record<string, unknown>;
    wrong['fc.weight'] = [[1, 2]];
    h.send({ type: 'loadStateDict', json: JSON.stringify(wrong), id: 2 });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', code: 'import', reason: 'bad-shape', id: 2 });
    expect(h.weights()).toBe(before);

    h.send({ type: 'loadStateDict', json, id: 3 });
    const ready = h.events.find((e) => e.type === 'ready' && e.id === 3);
    expect(ready).toMatchObject({ imported: true });
    expect(h.last()).toMatchObject({ id: 3, step: 0 });
    expect(h.last().eval?.loss).toBe(trained.last().eval?.loss);
  });

  it('carries the trace of the focus example once one is asked for', () => {
    const h = harness();
    h.configure();
    expect(h.last().trace).toBeNull();
    h.send({ type: 'trace', example: 4, id: 2 });
    const s = h.last();
    expect(s.trace?.example).toBe(4);
    expect(s.trace?.data.cells[0]?.h.length).toBe(SMALL.seqLen * SMALL.hidden);
    h.send({ type: 'trace', example: 500, id: 3 });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', code: 'bad-message', id: 3 });
  });
});
