/**
 * The experiment being shown: task, model, optimiser, seed. `configure(partial)` is how controls
 * and lesson presets change it: a change of a live hyperparameter (lr, clip, momentum) in a run
 * that has started is applied in place and recorded, anything else starts a new run from the
 * seed. Invalid values are refused with a message and change nothing.
 */
import type { StateCreator } from 'zustand';
import { checkConfig } from '../worker/configCheck.ts';
import { DEFAULT_CONFIG, LIVE_FIELDS } from '../worker/config.ts';
import type { ExperimentConfig, LiveField } from '../worker/config.ts';
import type { LiveParams } from '../worker/protocol.ts';
import type { AppState } from './store.ts';

/** The result of `configure`. */
export type ConfigureResult =
  | Readonly<{ ok: true; restarted: boolean }>
  | Readonly<{ ok: false; field: string; message: string }>;

/** The config slice. */
export type ConfigState = Readonly<{
  /** the config in force (what the controls show) */
  config: ExperimentConfig;
  /** changes some fields; see the file comment */
  configure: (partial: Partial<ExperimentConfig>) => ConfigureResult;
}>;

const isLive = (k: string): k is LiveField => (LIVE_FIELDS as readonly string[]).includes(k);

/** The fields whose values differ between two configs. */
export function changedFields(a: ExperimentConfig, b: ExperimentConfig): (keyof ExperimentConfig)[] {
  return (Object.keys(b) as (keyof ExperimentConfig)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** Creates the config slice. */
export const createConfigSlice: StateCreator<AppState, [], [], ConfigState> = (set, get) => ({
  config: DEFAULT_CONFIG,
  configure: (partial) => {
    const s = get();
    const check = checkConfig({ ...s.config, ...partial });
    if (!check.ok) {
      s.addMessages([{ level: 'error', source: 'config', key: 'common.config.refused', params: { field: check.field }, detail: check.message }]);
      return { ok: false, field: check.field, message: check.message };
    }
    const next = check.config;
    const changed = changedFields(s.config, next);
    if (changed.length === 0) return { ok: true, restarted: false };
    const liveOnly = changed.every(isLive) && s.run.ready && s.run.step > 0 && s.run.status !== 'diverged';
    set({ config: next });
    if (liveOnly) {
      const live: { lr?: number; clip?: number | null; momentum?: number } = {};
      for (const k of changed) if (isLive(k)) live[k] = next[k] as never;
      s.port?.setLive(live as LiveParams);
      return { ok: true, restarted: false };
    }
    s.startRun({ config: next, changes: [], step: 0 });
    return { ok: true, restarted: true };
  },
});
