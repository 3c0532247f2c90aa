import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { queryOf, splitHash, startUrlSync } from '../../src/state/urlSync.ts';
import type { UrlWindow } from '../../src/state/urlSync.ts';
import { decodeRunQuery } from '../../src/state/urlCodec.ts';
import { reduceEvent } from '../../src/state/events.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';
import type { WorkerPort } from '../../src/state/runSlice.ts';

/** A window with a hash, hashchange listeners and a replaceState that records what it wrote. */
function fakeWindow(hash: string) {
  const listeners: (() => void)[] = [];
  const writes: string[] = [];
  const win: UrlWindow = {
    location: { hash },
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) => {
        writes.push(String(url));
        win.location.hash = String(url);
      },
    },
    addEventListener: ((_type: string, fn: () => void) => void listeners.push(fn)) as unknown as Window['addEventListener'],
    removeEventListener: (() => undefined) as Window['removeEventListener'],
  };
  const navigate = (h: string): void => {
    win.location.hash = h;
    listeners.forEach((l) => l());
  };
  return { win, writes, navigate };
}

/** A port that records the runs it was asked to build. */
function recordingPort() {
  const configured: unknown[][] = [];
  const port = { configure: (...a: unknown[]) => configured.push(a) } as unknown as WorkerPort;
  return { port, configured };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('URL sync', () => {
  it('builds the run of the link in the address bar, step included', () => {
    const store = createAppStore();
    const { win } = fakeWindow('#/lab/training?cell=lstm&hidden=16&seed=9&step=250');
    startUrlSync(store, win, 0);
    const { port, configured } = recordingPort();
    store.getState().attachPort(port);
    expect(configured).toEqual([[{ ...DEFAULT_CONFIG, cell: 'lstm', hidden: 16, seed: 9 }, [], 250, null]]);
    expect(store.getState().run.status).toBe('replaying');
  });

  it('reports each bad field of a hand-broken link and applies the rest', () => {
    const store = createAppStore();
    const { win } = fakeWindow('#/lab/training?cell=gru&lr=1e6&layers=x');
    startUrlSync(store, win, 0);
    expect(store.getState().messages.map((m) => [m.key, m.params.field])).toEqual([
      ['common.url.out-of-range', 'lr'],
      ['common.url.not-a-number', 'layers'],
    ]);
    expect(store.getState().config).toEqual({ ...DEFAULT_CONFIG, cell: 'gru' });
  });

  it('rewrites the query after a change, keeping the path, and puts it back after navigation', async () => {
    const store = createAppStore();
    const { win, writes, navigate } = fakeWindow('#/lab/training');
    startUrlSync(store, win, 0);
    store.getState().startRun({ config: { ...DEFAULT_CONFIG, hidden: 32 }, changes: [], step: 0 });
    await wait(5);
    expect(writes.at(-1)).toMatch(/^#\/lab\/training\?task=sine&cell=rnn_tanh&layers=2&hidden=32&/);
    navigate('#/lesson/2/step/3');
    expect(store.getState().lesson).toEqual({ lesson: 2, step: 3 });
    await wait(5);
    expect(splitHash(writes.at(-1) ?? '')).toEqual({ path: '/lesson/2/step/3', query: queryOf(store.getState()) });
    expect(store.getState().config.hidden).toBe(32);
  });

  it('writes the step of a paused run and leaves it out while training', () => {
    const store = createAppStore();
    const s0 = store.getState();
    const snap = (step: number, running: boolean) =>
      reduceEvent(s0, { v: 1, type: 'snapshot', runId: 1, step, epoch: 0, batchLoss: 0, gradNorm: 0, lr: 0.01, stepsPerSec: 0, running, replayingTo: null, eval: null, trace: null, change: null });
    store.setState(snap(300, true));
    expect(decodeRunQuery(queryOf(store.getState())).run.step).toBe(0);
    store.setState(snap(312, false));
    expect(decodeRunQuery(queryOf(store.getState())).run.step).toBe(312);
  });

  it('opens a pasted link while the app is open', () => {
    const store = createAppStore();
    const { win, navigate } = fakeWindow('#/');
    startUrlSync(store, win, 0);
    navigate('#/?batch=16&step=40');
    expect(store.getState().run).toMatchObject({ base: { ...DEFAULT_CONFIG, batch: 16 }, replayTarget: 40 });
  });
});
