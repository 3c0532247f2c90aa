import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/index.ts';
import { EMPTY_PROGRESS, PROGRESS_KEY, readProgress } from '../../src/state/progressSlice.ts';

/** A Map-backed localStorage for Node, where there is none. */
function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('readProgress', () => {
  it('keeps well-formed entries and drops the rest', () => {
    const stored = JSON.stringify({ visited: { sequences: ['order', 'blank', 7, 'order'], 'Bad Id!': ['x'], gates: 'nope' }, last: { lesson: 1, step: 2 } });
    expect(readProgress(stored)).toEqual({ visited: { sequences: ['order', 'blank'] }, last: { lesson: 1, step: 2 } });
  });

  it('returns no progress for missing, corrupt or foreign values', () => {
    expect(readProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(readProgress('{oops')).toEqual(EMPTY_PROGRESS);
    expect(readProgress('42')).toEqual(EMPTY_PROGRESS);
    expect(readProgress(JSON.stringify({ visited: {}, last: { lesson: 0, step: 1 } })).last).toBeNull();
  });
});

describe('the progress slice', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: fakeStorage(), configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('records each visited step once, in first-visit order, and the last position', () => {
    const store = createAppStore();
    store.getState().markVisited('sequences', 'blank', { lesson: 1, step: 2 });
    store.getState().markVisited('sequences', 'order', { lesson: 1, step: 1 });
    store.getState().markVisited('sequences', 'blank', { lesson: 1, step: 2 });
    expect(store.getState().progress).toEqual({ visited: { sequences: ['blank', 'order'] }, last: { lesson: 1, step: 2 } });
  });

  it('remembers progress across stores (a reload) through localStorage', () => {
    createAppStore().getState().markVisited('gates', 'lstm', { lesson: 8, step: 2 });
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null')).toMatchObject({ visited: { gates: ['lstm'] } });
    expect(createAppStore().getState().progress.visited).toEqual({ gates: ['lstm'] });
  });

  it('forgets everything on reset', () => {
    const store = createAppStore();
    store.getState().markVisited('gates', 'lstm', { lesson: 8, step: 2 });
    store.getState().resetProgress();
    expect(store.getState().progress).toEqual(EMPTY_PROGRESS);
    expect(createAppStore().getState().progress).toEqual(EMPTY_PROGRESS);
  });

  it('still counts progress for the visit when storage is unavailable', () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    const store = createAppStore();
    store.getState().markVisited('shapes', 'axes', { lesson: 3, step: 1 });
    expect(store.getState().progress.visited).toEqual({ shapes: ['axes'] });
  });

  it('holds the current highlight target for panels to read', () => {
    const store = createAppStore();
    store.getState().setHighlight('loss-curve');
    expect(store.getState().highlight).toBe('loss-curve');
  });
});
