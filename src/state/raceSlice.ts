/**
 * The gradient lab's side-by-side race and accuracy-vs-distance sweep, as the UI knows them, and
 * the lab's presets. The race runs in its own worker (worker/race.worker.ts), started lazily on the
 * first request (raceConnect.ts), so the main run and the page never wait for it.
 *
 * Like the run slice, actions send requests and the worker's events change the state: a race is
 * 'running' from the moment it is asked for, and only its own snapshots (matched by job id, so a
 * late snapshot of a replaced race is dropped) move it on.
 */
import type { StateCreator } from 'zustand';
import { LAB_PRESETS } from '../engine/gradlab/presets.ts';
import type { LabPresetId } from '../engine/gradlab/presets.ts';
import { DEFAULT_RACE, SWEEP_DISTANCES } from '../engine/gradlab/raceConfig.ts';
import type { RaceConfig } from '../engine/gradlab/raceConfig.ts';
import type { RaceClient } from '../worker/raceClient.ts';
import type { FromRaceWorker, RaceSnapshot, SweepSnapshot } from '../worker/raceProtocol.ts';
import type { AppState } from './store.ts';

export { LAB_PRESET_IDS } from '../engine/gradlab/presets.ts';
export type { LabPresetId } from '../engine/gradlab/presets.ts';

/** idle: nothing asked yet · running · done: finished · stopped: stopped by a person · error */
export type JobStatus = 'idle' | 'running' | 'done' | 'stopped' | 'error';

/** The race as the UI knows it. */
export type RaceView = Readonly<{
  status: JobStatus;
  /** the settings the next (or current) race uses */
  config: RaceConfig;
  /** the job id of the race in progress or last run; null before the first */
  jobId: number | null;
  /** its latest snapshot; null until the worker reports */
  snapshot: RaceSnapshot | null;
  /** English details of a failure (the UI shows a translated summary) */
  error: string | null;
}>;

/** The sweep as the UI knows it. */
export type SweepView = Readonly<{
  status: JobStatus;
  /** the distances the next sweep races */
  distances: readonly number[];
  jobId: number | null;
  snapshot: SweepSnapshot | null;
  error: string | null;
}>;

/** What the slice needs from the race worker (the real client, or a test double). */
export type RacePort = Pick<RaceClient, 'race' | 'stopRace' | 'sweep' | 'stopSweep'>;

/** The race slice. */
export type RaceState = Readonly<{
  race: RaceView;
  sweep: SweepView;
  /** the race worker, once one was needed */
  racePort: RacePort | null;
  /** uses `port` for every later request (tests pass a fake; the app's is made lazily) */
  attachRacePort: (port: RacePort) => void;
  /** applies one event of the race worker */
  receiveRaceEvent: (e: FromRaceWorker) => void;
  /** changes the settings of the next race (the distance slider, the gate init) */
  setRaceConfig: (partial: Partial<RaceConfig>) => void;
  /** starts a race with the current settings, changed by `partial` */
  startRace: (partial?: Partial<RaceConfig>) => void;
  stopRace: () => void;
  /** sweeps the distances with the current race settings */
  startSweep: () => void;
  stopSweep: () => void;
  /** sets up a lecturer's demonstration: the main run's config (trained at once) and its race */
  applyLabPreset: (id: LabPresetId) => void;
}>;

const IDLE_RACE: RaceView = { status: 'idle', config: DEFAULT_RACE, jobId: null, snapshot: null, error: null };
const IDLE_SWEEP: SweepView = { status: 'idle', distances: SWEEP_DISTANCES, jobId: null, snapshot: null, error: null };

const statusOf = (s: { done: boolean; stopped: boolean }): JobStatus => (s.stopped ? 'stopped' : s.done ? 'done' : 'running');

/** How one race-worker event changes the two views (pure, so it is tested without a worker). */
export function reduceRaceEvent(s: Pick<RaceState, 'race' | 'sweep'>, e: FromRaceWorker): Pick<RaceState, 'race' | 'sweep'> {
  switch (e.type) {
    case 'race':
      if (e.id !== s.race.jobId) return s;
      return { ...s, race: { ...s.race, status: statusOf(e), snapshot: e } };
    case 'sweep':
      if (e.id !== s.sweep.jobId) return s;
      return { ...s, sweep: { ...s.sweep, status: statusOf(e), snapshot: e } };
    case 'error': {
      const detail = `${e.name}: ${e.message}`;
      // An error without a job id (a crash) ends whatever was running.
      const hitsRace = e.id === undefined ? s.race.status === 'running' : e.id === s.race.jobId;
      const hitsSweep = e.id === undefined ? s.sweep.status === 'running' : e.id === s.sweep.jobId;
      return {
        race: hitsRace ? { ...s.race, status: 'error', error: detail } : s.race,
        sweep: hitsSweep ? { ...s.sweep, status: 'error', error: detail } : s.sweep,
      };
    }
  }
}

/** Creates the race slice. */
export const createRaceSlice: StateCreator<AppState, [], [], RaceState> = (set, get) => {
  /** Runs `send` with the race port, connecting a worker first if there is none. */
  const withPort = (send: (port: RacePort) => void): void => {
    const port = get().racePort;
    if (port !== null) {
      send(port);
      return;
    }
    void import('./raceConnect.ts').then((m) => {
      const p = get().racePort ?? m.connectRacePort(get().receiveRaceEvent);
      if (get().racePort === null) set({ racePort: p });
      send(p);
    });
  };

  return {
    race: IDLE_RACE,
    sweep: IDLE_SWEEP,
    racePort: null,
    attachRacePort: (port) => set({ racePort: port }),
    receiveRaceEvent: (e) => set((s) => reduceRaceEvent(s, e)),
    setRaceConfig: (partial) => set((s) => ({ race: { ...s.race, config: { ...s.race.config, ...partial } } })),
    startRace: (partial = {}) => {
      const config = { ...get().race.config, ...partial };
      set((s) => ({ race: { ...s.race, config, status: 'running', snapshot: null, error: null } }));
      withPort((port) => {
        const jobId = port.race(config);
        set((s) => ({ race: { ...s.race, jobId } }));
      });
    },
    stopRace: () => {
      if (get().race.status !== 'running') return;
      get().racePort?.stopRace();
    },
    startSweep: () => {
      const { race, sweep } = get();
      set({ sweep: { ...sweep, status: 'running', snapshot: null, error: null } });
      withPort((port) => {
        const jobId = port.sweep(race.config, sweep.distances);
        set((s) => ({ sweep: { ...s.sweep, jobId } }));
      });
    },
    stopSweep: () => {
      if (get().sweep.status !== 'running') return;
      get().racePort?.stopSweep();
    },
    applyLabPreset: (id) => {
      const preset = LAB_PRESETS[id];
      const s = get();
      const result = s.configure(preset.config);
      // The worker handles requests in order: the new run is configured (or, when the config did
      // not change, reset to step 0) before it is told to run.
      if (result.ok && s.port !== null && s.run.ready) {
        if (!result.restarted) s.port.reset();
        s.port.run();
      }
      if (preset.race !== null) s.startRace(preset.race);
    },
  };
};
