/**
 * Joins a training client to a store: worker events are buffered and applied once per animation
 * frame (one `setState` for all of a frame's news, so React renders at most once per frame),
 * and the client becomes the store's port for actions.
 *
 * Hidden tabs get no animation frames, so a timer flushes too: the buffer never grows without
 * bound and a returning tab shows the current state at once.
 */
import type { ClientEvent, TrainingClient } from '../worker/client.ts';
import { DEFAULT_CONFIG } from '../worker/config.ts';
import { reduceEvent } from './events.ts';
import type { EventState } from './events.ts';
import type { AppStore } from './store.ts';

/** Schedules a flush; returns a cancel function. */
export type FrameScheduler = (flush: () => void) => () => void;

/** requestAnimationFrame, with a 100 ms timer as a backstop for hidden tabs. */
export const animationFrame: FrameScheduler = (flush) => {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    flush();
  };
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(once) : null;
  const timer = setTimeout(once, 100);
  return () => {
    done = true;
    if (raf !== null) cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
};

/**
 * Creates the client with `makeClient(onEvent)`, wires its events into `store` and attaches it
 * as the store's port (which sends the store's current run). Returns the client.
 */
export function connectStore(
  store: AppStore,
  makeClient: (onEvent: (e: ClientEvent) => void) => TrainingClient,
  schedule: FrameScheduler = animationFrame,
): TrainingClient {
  let buffer: ClientEvent[] = [];
  let cancel: (() => void) | null = null;

  const flush = (): void => {
    cancel = null;
    const events = buffer;
    buffer = [];
    const before = store.getState();
    let s: EventState = before;
    for (const e of events) s = reduceEvent(s, e);
    const frame = before.snapshot.frame + 1;
    store.setState({ ...s, snapshot: { ...s.snapshot, frame } });
    // A link whose config the engine refused, before any run existed: fall back to the defaults.
    const refused = events.some((e) => e.type === 'error' && e.code === 'config');
    if (refused && !store.getState().run.ready) store.getState().startRun({ config: DEFAULT_CONFIG, changes: [], step: 0 });
  };

  const client = makeClient((e) => {
    buffer.push(e);
    cancel ??= schedule(flush);
  });
  store.getState().attachPort(client);
  return client;
}
