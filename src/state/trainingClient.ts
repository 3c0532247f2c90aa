/**
 * Starts the app's training worker once and joins it to the store and the URL. Loaded lazily
 * (see `startTrainingClient` in index.ts) so the client, the URL codec and the task list stay
 * out of the first page's JS; the engine itself lives in the worker's own chunk.
 */
import { createTrainingClient } from '../worker/client.ts';
import type { TrainingClient } from '../worker/client.ts';
import { spawnTrainerWorker } from '../worker/spawn.ts';
import { connectStore } from './connect.ts';
import type { AppStore } from './store.ts';
import { linkStep, queryOf, splitHash, startUrlSync } from './urlSync.ts';
import type { AppState } from './store.ts';

const started = new WeakMap<AppStore, TrainingClient>();

/** Connects `store` to a new worker (once per store) after applying the link in the address bar. */
export function start(store: AppStore): TrainingClient {
  const existing = started.get(store);
  if (existing) return existing;
  startUrlSync(store);
  const client = connectStore(store, (onEvent) => createTrainingClient({ spawn: spawnTrainerWorker, onEvent }));
  started.set(store, client);
  return client;
}

/** `href` with its hash query replaced by the run's, pinned to the step reached. */
export function shareLinkOf(s: AppState, href: string): { url: string; step: number } {
  const i = href.indexOf('#');
  const { path } = splitHash(i < 0 ? '' : href.slice(i));
  return { url: `${i < 0 ? href : href.slice(0, i)}#${path || '/'}?${queryOf(s, true)}`, step: linkStep(s, true) };
}
