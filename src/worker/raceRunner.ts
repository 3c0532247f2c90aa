/**
 * The race worker's logic, free of `self` so Node tests drive it with a fake clock: it owns at
 * most one race and one sweep, steps them in short time slices (so a stop request is honoured
 * within one slice) and reports progress. The race has priority — it is what people watch — and
 * the sweep runs in the background whenever no race is running.
 */
import { checkRaceConfig, createRace, createSweep, raceDone, stepRace, stepSweep, sweepDone } from '../engine/gradlab/index.ts';
import type { Race, Sweep } from '../engine/gradlab/index.ts';
import { assertNever } from './codec.ts';
import { RACE_PROTOCOL_VERSION } from './raceProtocol.ts';
import type { FromRaceWorker, RaceSnapshot, SweepSnapshot, ToRaceWorker } from './raceProtocol.ts';

/** What the runner needs from its host (the worker global, or a test). */
export type RaceHost = Readonly<{
  post(msg: FromRaceWorker): void;
  /** a monotonic clock, ms */
  now(): number;
  /** runs `fn` as a new task, after any messages already queued */
  later(fn: () => void): void;
}>;

/** Timing knobs (tests shrink them). */
export type RaceRunnerOptions = Readonly<{
  /** how long one slice computes before yielding, ms */
  sliceMs: number;
  /** least time between two progress reports of the same job, ms (evaluations always report) */
  reportMs: number;
}>;

/** 10 ms slices; progress at most every 100 ms between evaluations. */
export const DEFAULT_RACE_RUNNER_OPTIONS: RaceRunnerOptions = { sliceMs: 10, reportMs: 100 };

type RaceJob = { id: number; race: Race; startedAt: number; reportedAt: number };
type SweepJob = { id: number; sweep: Sweep; reportedAt: number };

/** Creates a runner around a host; feed it every message the worker receives. */
export function createRaceRunner(host: RaceHost, options: RaceRunnerOptions = DEFAULT_RACE_RUNNER_OPTIONS): { receive(data: unknown): void } {
  let race: RaceJob | null = null;
  let sweep: SweepJob | null = null;
  let scheduled = false;
  const send = (msg: FromRaceWorker): void => host.post(msg);

  function raceSnapshot(job: RaceJob, stopped: boolean): RaceSnapshot {
    const r = job.race;
    const seconds = (host.now() - job.startedAt) / 1000;
    return {
      id: job.id,
      config: r.config,
      step: r.step,
      T: r.dataset.T,
      chance: 1 / r.config.symbols,
      racers: r.racers.map((x) => ({
        cell: x.cell,
        steps: [...x.steps],
        accuracy: [...x.accuracy],
        reach: [...x.reach],
        profile: Array.from(x.profile),
        solvedAt: x.solvedAt,
        divergedAt: x.divergedAt,
      })),
      done: stopped || raceDone(r),
      stopped,
      stepsPerSec: seconds > 0 ? r.step / seconds : 0,
    };
  }

  function sweepSnapshot(job: SweepJob, stopped: boolean): SweepSnapshot {
    const s = job.sweep;
    return {
      id: job.id,
      config: s.config,
      distances: s.distances,
      points: [...s.points],
      current: stopped ? null : s.race?.config.distance ?? null,
      currentStep: s.race?.step ?? 0,
      done: stopped || sweepDone(s),
      stopped,
    };
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    host.later(tick);
  }

  /** One slice: race steps if a race runs, else sweep steps. */
  function tick(): void {
    scheduled = false;
    const deadline = host.now() + options.sliceMs;
    try {
      while (host.now() < deadline) {
        if (race !== null) {
          const job = race;
          const evaluated = stepRace(job.race);
          if (raceDone(job.race)) {
            send({ v: RACE_PROTOCOL_VERSION, type: 'race', ...raceSnapshot(job, false) });
            race = null;
          } else if (evaluated || host.now() - job.reportedAt >= options.reportMs) {
            job.reportedAt = host.now();
            send({ v: RACE_PROTOCOL_VERSION, type: 'race', ...raceSnapshot(job, false) });
          }
        } else if (sweep !== null) {
          const job = sweep;
          const completed = stepSweep(job.sweep);
          if (sweepDone(job.sweep)) {
            send({ v: RACE_PROTOCOL_VERSION, type: 'sweep', ...sweepSnapshot(job, false) });
            sweep = null;
          } else if (completed || host.now() - job.reportedAt >= options.reportMs) {
            job.reportedAt = host.now();
            send({ v: RACE_PROTOCOL_VERSION, type: 'sweep', ...sweepSnapshot(job, false) });
          }
        } else {
          return;
        }
      }
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      race = null;
      sweep = null;
      send({ v: RACE_PROTOCOL_VERSION, type: 'error', name: err.name, message: err.message });
      return;
    }
    schedule();
  }

  function handle(msg: ToRaceWorker): void {
    switch (msg.type) {
      case 'race':
      case 'sweep': {
        const check = checkRaceConfig(msg.config);
        if (!check.ok) {
          send({ v: RACE_PROTOCOL_VERSION, type: 'error', id: msg.id, name: 'ConfigError', message: check.message, field: check.field });
          return;
        }
        const t = host.now();
        if (msg.type === 'race') {
          race = { id: msg.id, race: createRace(check.config), startedAt: t, reportedAt: t };
          send({ v: RACE_PROTOCOL_VERSION, type: 'race', ...raceSnapshot(race, false) });
        } else {
          sweep = { id: msg.id, sweep: createSweep(check.config, msg.distances), reportedAt: t };
          send({ v: RACE_PROTOCOL_VERSION, type: 'sweep', ...sweepSnapshot(sweep, false) });
        }
        schedule();
        return;
      }
      case 'stopRace':
        if (race !== null) send({ v: RACE_PROTOCOL_VERSION, type: 'race', ...raceSnapshot(race, true) });
        race = null;
        return;
      case 'stopSweep':
        if (sweep !== null) send({ v: RACE_PROTOCOL_VERSION, type: 'sweep', ...sweepSnapshot(sweep, true) });
        sweep = null;
        return;
      default:
        assertNever(msg);
    }
  }

  return {
    receive(data) {
      const msg = decode(data);
      if (typeof msg === 'string') {
        send({ v: RACE_PROTOCOL_VERSION, type: 'error', name: 'ProtocolError', message: msg });
        return;
      }
      try {
        handle(msg);
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        send({ v: RACE_PROTOCOL_VERSION, type: 'error', name: err.name, message: err.message });
      }
    },
  };
}

/** The message, or why it is not one (wrong version, unknown type, missing fields). */
function decode(data: unknown): ToRaceWorker | string {
  if (typeof data !== 'object' || data === null) return 'a message must be an object';
  const m = data as Record<string, unknown>;
  if (m.v !== RACE_PROTOCOL_VERSION) return `protocol version ${String(m.v)} is not ${RACE_PROTOCOL_VERSION}`;
  switch (m.type) {
    case 'race':
      return typeof m.id === 'number' ? (m as ToRaceWorker) : 'race needs a numeric id';
    case 'sweep':
      return typeof m.id === 'number' && Array.isArray(m.distances) && m.distances.every((d) => typeof d === 'number')
        ? (m as ToRaceWorker)
        : 'sweep needs a numeric id and a list of distances';
    case 'stopRace':
    case 'stopSweep':
      return m as ToRaceWorker;
    default:
      return `unknown message type ${String(m.type)}`;
  }
}
