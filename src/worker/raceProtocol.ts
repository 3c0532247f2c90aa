/**
 * The messages of the gradient lab's race worker — a second worker beside the trainer, so the
 * race (three models trained side by side) and the accuracy-vs-distance sweep never slow the
 * main run or block the page. Types only, like protocol.ts: one union each way, tagged by `type`,
 * stamped with a version that the receiving side checks.
 *
 * The race is small (≤ 4 models, a few hundred steps, curves of a few dozen points), so every
 * snapshot carries the whole record; nothing needs to be transferred.
 */
import type { LabCell, RaceConfig, SweepPoint } from '../engine/gradlab/index.ts';

export type { LabCell, RaceConfig, SweepPoint } from '../engine/gradlab/index.ts';

/** Bumped on every incompatible change. */
export const RACE_PROTOCOL_VERSION = 1;

type Msg<T extends string, P> = Readonly<{ v: typeof RACE_PROTOCOL_VERSION; type: T } & P>;

/** What the page asks of the race worker. `id` names the job; its events carry it back. */
export type ToRaceWorker =
  /** starts a race, replacing any race in progress */
  | Msg<'race', { id: number; config: RaceConfig }>
  /** stops the race in progress (a final snapshot with `stopped: true` follows) */
  | Msg<'stopRace', Record<never, never>>
  /** starts a sweep over `distances`, replacing any sweep in progress; it runs while no race does */
  | Msg<'sweep', { id: number; config: RaceConfig; distances: readonly number[] }>
  /** stops the sweep in progress */
  | Msg<'stopSweep', Record<never, never>>;

/** One racer's record so far. */
export type RacerSnapshot = Readonly<{
  cell: LabCell;
  /** optimizer steps of each evaluation */
  steps: readonly number[];
  /** held-out accuracy at each evaluation, [0, 1] */
  accuracy: readonly number[];
  /** ‖∂h_T/∂h_0‖ of the focus example at each evaluation */
  reach: readonly number[];
  /** ‖∂h_T/∂h_t‖ for t = 0…T−1 at the latest evaluation, [T] */
  profile: readonly number[];
  /** the step it reached the target; null while it has not */
  solvedAt: number | null;
  /** the step its loss or gradient stopped being finite; null while finite */
  divergedAt: number | null;
}>;

/** Where a race is. */
export type RaceSnapshot = Readonly<{
  /** the job id of the `race` request */
  id: number;
  config: RaceConfig;
  /** optimizer steps taken */
  step: number;
  /** sequence length T = distance + 1 */
  T: number;
  /** chance accuracy 1/k */
  chance: number;
  racers: readonly RacerSnapshot[];
  /** true on the last snapshot of the race */
  done: boolean;
  /** true when it ended because it was stopped, not because it finished */
  stopped: boolean;
  /** race steps per second over the race so far */
  stepsPerSec: number;
}>;

/** Where a sweep is. */
export type SweepSnapshot = Readonly<{
  id: number;
  config: RaceConfig;
  distances: readonly number[];
  /** results of the distances completed so far */
  points: readonly SweepPoint[];
  /** the distance being raced; null when done */
  current: number | null;
  /** steps of the current distance's race, for a progress bar */
  currentStep: number;
  done: boolean;
  stopped: boolean;
}>;

/** Everything the race worker tells the page. */
export type FromRaceWorker =
  | Msg<'race', RaceSnapshot>
  | Msg<'sweep', SweepSnapshot>
  /** a request was refused or the worker hit a bug; `field` names a bad config field */
  | Msg<'error', { id?: number; name: string; message: string; field?: string }>;
