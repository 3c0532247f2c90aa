/**
 * The gradient lab's engine API: the race (RNN vs LSTM vs GRU on a long-range memory task), the
 * accuracy-vs-distance sweep, the lecturer's presets and the measurements behind them. Pure
 * TypeScript like the rest of the engine; the race worker and the tests both use it.
 */
export { accuracy, argmax } from './accuracy.ts';
export {
  LAB_CELLS, LAB_MODE, OPEN_GATE_BIAS, createLabModel, openCarryGate,
  type GateInit, type LabCell, type LabModelSpec,
} from './labModel.ts';
export {
  DEFAULT_RACE, RACE_RANGES, SWEEP_DISTANCES, chanceOf, checkRaceConfig, type RaceConfig, type RaceConfigCheck,
} from './raceConfig.ts';
export {
  createRace, isRunning, raceDone, raceResults, runRace, stepRace, type Race, type Racer, type RacerResult,
} from './race.ts';
export {
  createSweep, runSweep, stepSweep, sweepDone, type Sweep, type SweepPoint,
} from './sweep.ts';
export { LAB_PRESETS, LAB_PRESET_IDS, type LabConfig, type LabPreset, type LabPresetId } from './presets.ts';
export { buildLabRun, geometricRate, trainSeries, type LabRun, type TrainingSeries } from './measure.ts';
