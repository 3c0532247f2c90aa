/**
 * Keeps the hash query and the run in step. Opening or pasting a link replays its run (bad
 * fields are reported and fall back to their defaults); changing the run — settings, live
 * hyperparameters, pausing at a step — rewrites the query with `replaceState`, debounced, so
 * the address bar is always a share link. Navigating to a page without a query keeps the run
 * and puts its query back. The lesson position is read from the path.
 */
import type { NewMessage } from './messages.ts';
import type { AppState, AppStore } from './store.ts';
import { lessonFromPath } from './lessonSlice.ts';
import { decodeRunQuery, encodeRunQuery } from './urlCodec.ts';
import type { UrlProblem } from './urlCodec.ts';

/** The window parts the sync uses (tests pass a fake). */
export type UrlWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Pick<Location, 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
};

/** The hash split into its path and query ('#/lab/training?x=1' → '/lab/training', 'x=1'). */
export function splitHash(hash: string): { path: string; query: string } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  return { path: q < 0 ? raw : raw.slice(0, q), query: q < 0 ? '' : raw.slice(q + 1) };
}

/** A link problem as a message for the UI. */
export function problemMessage(p: UrlProblem): NewMessage {
  const params: Record<string, string | number> = { field: p.field, value: p.value };
  if (p.min !== undefined) params.min = p.min;
  if (p.max !== undefined) params.max = p.max;
  if (p.allowed !== undefined) params.allowed = p.allowed;
  return { level: 'warn', source: 'url', key: `common.url.${p.code}`, params };
}

/** The step a link of the run should replay to; the address bar leaves it out while training (`live`). */
export function linkStep(s: AppState, live: boolean): number {
  const { run } = s;
  if (run.status === 'replaying') return run.replayTarget ?? run.step;
  return run.status === 'running' && !live ? 0 : run.step;
}

/**
 * The query of the current run. The address bar (`live` false) has no step while training, as it
 * would be stale at once; a share link taken while training (`live` true) pins the step reached.
 */
export function queryOf(s: AppState, live = false): string {
  return encodeRunQuery({ config: s.run.base, changes: s.run.changes, step: linkStep(s, live) });
}

/** Starts syncing; returns a stop function. Call before connecting the worker so a link's run is the first one built. */
export function startUrlSync(store: AppStore, win: UrlWindow = window, debounceMs = 250): () => void {
  let written = '';
  let timer: ReturnType<typeof setTimeout> | null = null;

  const apply = (query: string): void => {
    const { run, problems } = decodeRunQuery(query);
    const s = store.getState();
    s.clearMessages('url');
    if (problems.length > 0) s.addMessages(problems.map(problemMessage));
    written = query;
    s.startRun(run);
  };

  const write = (): void => {
    timer = null;
    const { path, query } = splitHash(win.location.hash);
    const next = queryOf(store.getState());
    if (next === query) return;
    written = next;
    win.history.replaceState(win.history.state, '', `#${path || '/'}?${next}`);
  };

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  };

  const onHash = (): void => {
    const { path, query } = splitHash(win.location.hash);
    const pos = lessonFromPath(path);
    store.getState().setLessonPosition(pos.lesson, pos.step);
    if (query === '') schedule();
    else if (query !== written) apply(query);
  };

  const initial = splitHash(win.location.hash);
  const pos = lessonFromPath(initial.path);
  store.getState().setLessonPosition(pos.lesson, pos.step);
  if (initial.query !== '') apply(initial.query);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.run !== prev.run && queryOf(s) !== queryOf(prev)) schedule();
  });
  win.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHash);
    if (timer !== null) clearTimeout(timer);
  };
}
