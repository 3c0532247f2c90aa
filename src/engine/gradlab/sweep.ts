/**
 * Accuracy against distance: the race run again at several distances, one after another, each
 * to its end — the picture of "the RNN fails as the distance grows, the LSTM keeps up".
 *
 * A stepping function like the race's, so the worker can run it in the background a few
 * milliseconds at a time.
 */
import { EngineError } from '../errors.ts';
import { createRace, raceDone, raceResults, stepRace, type Race } from './race.ts';
import { SWEEP_DISTANCES, type RaceConfig } from './raceConfig.ts';
import type { LabCell } from './labModel.ts';

/** One cell's result at one distance. */
export type SweepPoint = Readonly<{
  distance: number;
  cell: LabCell;
  /** held-out accuracy when its race ended (at the finish line, or at the step limit), [0, 1] */
  accuracy: number;
  /** the step it reached the target; null when it did not */
  solvedAt: number | null;
}>;

/** A sweep in progress. */
export type Sweep = {
  /** the race settings; `distance` is replaced by each of `distances` */
  readonly config: RaceConfig;
  readonly distances: readonly number[];
  /** index of the distance being raced */
  index: number;
  /** the race at `distances[index]`; null once every distance is done */
  race: Race | null;
  /** results so far, distance by distance */
  readonly points: SweepPoint[];
};

/** Starts a sweep over `distances` (each ≥ 2) with the other settings of `config`. */
export function createSweep(config: RaceConfig, distances: readonly number[] = SWEEP_DISTANCES): Sweep {
  if (distances.length === 0) throw new EngineError('distances must not be empty');
  for (const d of distances) {
    if (!Number.isInteger(d) || d < 2) throw new EngineError(`distances must be integers ≥ 2, got ${d}`);
  }
  return { config, distances, index: 0, race: createRace({ ...config, distance: distances[0] }), points: [] };
}

/** Whether every distance has been raced. */
export function sweepDone(sweep: Sweep): boolean {
  return sweep.race === null;
}

/**
 * Advances the current race by one step; when it ends, records its results and starts the next
 * distance. Returns true when a distance was completed (new points to report).
 */
export function stepSweep(sweep: Sweep): boolean {
  const race = sweep.race;
  if (race === null) return false;
  stepRace(race);
  if (!raceDone(race)) return false;
  for (const r of raceResults(race)) {
    sweep.points.push({ distance: race.config.distance, cell: r.cell, accuracy: r.accuracy, solvedAt: r.solvedAt });
  }
  sweep.index++;
  const next = sweep.distances[sweep.index];
  sweep.race = next === undefined ? null : createRace({ ...sweep.config, distance: next });
  return true;
}

/** Runs a sweep to its end (tests; the worker steps it). */
export function runSweep(config: RaceConfig, distances: readonly number[] = SWEEP_DISTANCES): Sweep {
  const sweep = createSweep(config, distances);
  while (!sweepDone(sweep)) stepSweep(sweep);
  return sweep;
}
