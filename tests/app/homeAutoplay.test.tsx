import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { AUTOPLAY_EPOCHS, useHomeAutoplay } from '../../src/app/useHomeAutoplay.ts';
import { useAppStore } from '../../src/state/index.ts';
import { INITIAL_RUN, type RunInfo } from '../../src/state/runSlice.ts';

const setRun = (patch: Partial<RunInfo>) => act(() => useAppStore.setState((s) => ({ run: { ...s.run, ...patch } })));

function setReducedMotion(reduce: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
}

describe('home page autoplay', () => {
  const original = useAppStore.getState();
  let train: Mock<() => void>;
  let pause: Mock<() => void>;

  beforeEach(() => {
    setReducedMotion(false);
    train = vi.fn<() => void>();
    pause = vi.fn<() => void>();
    useAppStore.setState({ run: { ...INITIAL_RUN }, train, pause });
  });
  afterEach(() => useAppStore.setState({ run: original.run, train: original.train, pause: original.pause }));

  it('starts a fresh run once the worker is ready, and only once', () => {
    renderHook(() => useHomeAutoplay());
    expect(train).not.toHaveBeenCalled();
    setRun({ ready: true, status: 'idle', step: 0 });
    expect(train).toHaveBeenCalledTimes(1);
    setRun({ status: 'running', step: 5, epoch: 0.5 });
    setRun({ status: 'running', step: 9, epoch: 0.9 });
    expect(train).toHaveBeenCalledTimes(1);
  });

  it(`pauses the demo after the lecture's ${AUTOPLAY_EPOCHS} epochs`, () => {
    renderHook(() => useHomeAutoplay());
    setRun({ ready: true, status: 'idle', step: 0 });
    setRun({ status: 'running', step: 100, epoch: AUTOPLAY_EPOCHS - 1 });
    expect(pause).not.toHaveBeenCalled();
    setRun({ status: 'running', step: 1200, epoch: AUTOPLAY_EPOCHS });
    expect(pause).toHaveBeenCalledTimes(1);
  });

  it('leaves a run alone once the user paused it, and never touches a run that was not fresh', () => {
    renderHook(() => useHomeAutoplay());
    setRun({ ready: true, status: 'idle', step: 0 });
    setRun({ status: 'running', step: 40, epoch: 4 });
    setRun({ status: 'paused', step: 41, epoch: 4.1 });
    setRun({ status: 'running', step: 2000, epoch: AUTOPLAY_EPOCHS + 50 });
    expect(pause).not.toHaveBeenCalled();

    train.mockClear();
    setRun({ ...INITIAL_RUN, ready: true, status: 'paused', step: 300 });
    renderHook(() => useHomeAutoplay());
    expect(train).not.toHaveBeenCalled();
  });

  it('does not start under prefers-reduced-motion', () => {
    setReducedMotion(true);
    renderHook(() => useHomeAutoplay());
    setRun({ ready: true, status: 'idle', step: 0 });
    expect(train).not.toHaveBeenCalled();
  });
});
