import { describe, expect, it } from 'vitest';
import { createPlaygroundRunner } from '../../src/worker/playgroundRunner.ts';
import { PLAYGROUND_PROTOCOL_VERSION } from '../../src/worker/playgroundProtocol.ts';
import type { FromPlayground, ToPlayground } from '../../src/worker/playgroundProtocol.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';
import type { ExperimentConfig } from '../../src/worker/config.ts';
import { encodeWord } from '../../src/engine/tasks/words.ts';

const v = PLAYGROUND_PROTOCOL_VERSION;

/** A runner on a fake host whose queue is drained synchronously. */
function harness() {
  const out: FromPlayground[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const runner = createPlaygroundRunner({
    post: (m) => out.push(m),
    now: () => (clock += 1),
    later: (fn) => queue.push(fn),
  });
  const drain = () => {
    for (let i = 0; i < 100_000 && queue.length > 0; i++) queue.shift()?.();
  };
  const send = (m: ToPlayground) => runner.receive(m);
  return { out, send, drain, receive: runner.receive };
}

const WORDS: ExperimentConfig = { ...DEFAULT_CONFIG, task: 'words', cell: 'lstm', layers: 2, hidden: 32, seqLen: 3, batch: 8, lr: 0.01 };

describe('playground runner', () => {
  it("trains the lecture's word-completion LSTM until it knows every word, then completes 'lov' with 'e'", () => {
    const h = harness();
    h.send({ v, type: 'train', id: 1, config: WORDS, maxSteps: 3000, targetAccuracy: 1, series: null });
    h.drain();
    const info = h.out.find((m) => m.type === 'info');
    expect(info?.type === 'info' && info.info.arrangement).toBe('many-to-one');
    const last = h.out.filter((m) => m.type === 'progress').at(-1);
    expect(last?.type === 'progress' && last.done).toBe(true);
    expect(last?.type === 'progress' && last.accuracy).toBe(1);
    expect(last?.type === 'progress' && last.step).toBeLessThan(3000);

    h.send({ v, type: 'inspect', id: 1, source: { x: encodeWord('lov'), T: 3 } });
    const answer = h.out.at(-1);
    if (answer?.type !== 'inspected') throw new Error(`expected inspected, got ${JSON.stringify(answer)}`);
    const { out, outSize, outRows, h: states } = answer.inspection;
    expect(outRows).toBe(1);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const labels = info?.type === 'info' ? info.info.classLabels ?? [] : [];
    const best = Array.from(out).indexOf(Math.max(...out));
    expect(labels[best]).toBe('e');
    expect(outSize).toBe(labels.length);
    expect(states).toHaveLength(2);
    expect(states[0]).toHaveLength(3 * 32);
  });

  it('reports per-step outputs and scored targets for a many-to-many sample', () => {
    const h = harness();
    const cfg: ExperimentConfig = { ...DEFAULT_CONFIG, task: 'nextchar', cell: 'gru', layers: 1, hidden: 16, seqLen: 3, lr: 0.01 };
    h.send({ v, type: 'train', id: 7, config: cfg, maxSteps: 50, targetAccuracy: 1, series: null });
    h.drain();
    h.send({ v, type: 'inspect', id: 7, source: { example: 0 } });
    const answer = h.out.at(-1);
    if (answer?.type !== 'inspected') throw new Error('expected inspected');
    expect(answer.inspection.outRows).toBe(answer.inspection.T);
    expect(answer.inspection.target).toHaveLength(answer.inspection.T);
    for (let t = 0; t < answer.inspection.T; t++) {
      const row = answer.inspection.out.slice(t * answer.inspection.outSize, (t + 1) * answer.inspection.outSize);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it("trains on a person's series windowed like the sine, and answers in the series' own units", () => {
    const h = harness();
    const series = Float64Array.from({ length: 200 }, (_, i) => 1000 + 50 * Math.sin(i / 5));
    const cfg: ExperimentConfig = { ...DEFAULT_CONFIG, hidden: 16, layers: 1, seqLen: 10, lr: 0.01 };
    h.send({ v, type: 'train', id: 3, config: cfg, maxSteps: 300, targetAccuracy: 1, series });
    h.drain();
    const info = h.out.find((m) => m.type === 'info');
    expect(info?.type === 'info' && info.info.n).toBe(190);
    const progress = h.out.filter((m) => m.type === 'progress');
    const first = progress[0];
    const last = progress.at(-1);
    if (first?.type !== 'progress' || last?.type !== 'progress') throw new Error('no progress');
    expect(last.step).toBe(300);
    h.send({ v, type: 'inspect', id: 3, source: { example: 20 } });
    const answer = h.out.at(-1);
    if (answer?.type !== 'inspected' || answer.inspection.target === null) throw new Error('expected inspected');
    expect(answer.inspection.target[0]).toBeCloseTo(1000 + 50 * Math.sin(30 / 5), 6);
    expect(Math.abs((answer.inspection.out[0] ?? 0) - answer.inspection.target[0]!)).toBeLessThan(25);
  });

  it('names what is wrong with bad requests and keeps the trained model', () => {
    const h = harness();
    h.receive({ v: 99, type: 'train' });
    h.send({ v, type: 'train', id: 2, config: { ...WORDS, hidden: 0 }, maxSteps: 10, targetAccuracy: 1, series: null });
    h.send({ v, type: 'train', id: 4, config: { ...DEFAULT_CONFIG, seqLen: 10 }, maxSteps: 10, targetAccuracy: 1, series: new Float64Array(5) });
    h.send({ v, type: 'train', id: 5, config: WORDS, maxSteps: 20, targetAccuracy: 1, series: null });
    h.drain();
    h.send({ v, type: 'inspect', id: 5, source: { x: new Float64Array(4), T: 3 } });
    h.send({ v, type: 'inspect', id: 5, source: { example: 999 } });
    h.send({ v, type: 'inspect', id: 6, source: { example: 0 } });
    h.send({ v, type: 'inspect', id: 5, source: { example: 0 } });
    const errors = h.out.filter((m) => m.type === 'error').map((m) => (m.type === 'error' ? `${m.id} ${m.code}: ${m.message}` : ''));
    expect(errors[0]).toMatch(/^-1 protocol: protocol version 99/);
    expect(errors[1]).toMatch(/^2 config: .*hidden/);
    expect(errors[2]).toMatch(/^4 series: .*too few/);
    expect(errors[3]).toMatch(/^5 input: the input must hold T × \d+ = \d+ numbers/);
    expect(errors[4]).toMatch(/^5 input: example 999 is not between 0 and/);
    expect(errors[5]).toBe('6 input: no trained model for this job');
    expect(h.out.at(-1)?.type).toBe('inspected');
  });
});
