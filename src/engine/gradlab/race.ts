/**
 * The side-by-side race of the gradient lab: a vanilla RNN, an LSTM and a GRU learn the same
 * long-range memory task ("name the first symbol", `makeFirstSymbol`) from the same seed, on the
 * same mini-batches, and are scored on held-out sequences as they go. As the distance grows the
 * tanh RNN stays at chance while the gated cells keep up — the lectures' "why LSTM?" argument,
 * measured.
 *
 * The race is a stepping function (`stepRace`) so the worker can interleave it with messages and
 * a test can run it to the end (`runRace`). A racer that reaches `target` accuracy has crossed the
 * finish line: it stops training, so its curve ends where it won. The race ends when every racer
 * has finished or diverged, or after `maxSteps`.
 *
 * Why these settings: 8 symbols (chance 12.5 %) and input noise 0.3 after t = 0 make "carry the
 * symbol" the only way to score; without noise a tanh RNN with Adam can latch one of a few
 * symbols into a saturated fixed point even at distance 30. Tuned so a one-core test finishes in
 * a few seconds (measured: LSTM and GRU ≥ 90 % by step ~250, the RNN at chance, at distance 30).
 */
import { gatherBatch } from '../batch.ts';
import { trainStep } from '../model.ts';
import type { Model } from '../model.ts';
import { createAdam, type Adam } from '../optim.ts';
import { createRng, permutation, type Rng } from '../rng.ts';
import { makeFirstSymbol } from '../tasks/memory.ts';
import type { SeqDataset } from '../tasks/types.ts';
import { traceExample } from '../trace.ts';
import { accuracy } from './accuracy.ts';
import { createLabModel, type LabCell, type LabModelSpec } from './labModel.ts';
import type { RaceConfig } from './raceConfig.ts';

/** One contestant and its record. Arrays grow by one entry per evaluation. */
export type Racer = {
  readonly cell: LabCell;
  readonly model: Model;
  readonly opt: Adam;
  /** optimizer steps of each evaluation, ascending, starting at 0 */
  readonly steps: number[];
  /** held-out accuracy at each evaluation, in [0, 1] */
  readonly accuracy: number[];
  /** ‖∂h_T/∂h_0‖ of the focus example at each evaluation: how far back the gradient reaches */
  readonly reach: number[];
  /** ‖∂h_T/∂h_t‖ of the focus example for t = 0…T−1 at the latest evaluation, [T] */
  profile: Float64Array;
  /** optimizer steps this racer has taken */
  trained: number;
  /** the step at which it reached `target`; null while it has not */
  solvedAt: number | null;
  /** the step at which its loss or gradient became NaN/±∞; null while finite */
  divergedAt: number | null;
};

/** A race in progress. Mutable: `stepRace` advances it. */
export type Race = {
  readonly config: RaceConfig;
  readonly dataset: SeqDataset;
  readonly racers: Racer[];
  /** optimizer steps taken by the race (every racer still running took each of them) */
  step: number;
  /** sample whose gradient profile is recorded (the first held-out sequence) */
  readonly focus: number;
  readonly order: { rng: Rng; perm: Int32Array; pos: number };
};

/** Salt of the batch-order stream, so it never coincides with the data's or the weights'. */
const ORDER_SALT = 0x2ace5eed;

/** Whether a racer still trains. */
export function isRunning(r: Racer): boolean {
  return r.solvedAt === null && r.divergedAt === null;
}

/** Scores a racer on the held-out set and records its gradient profile. */
function evaluateRacer(race: Race, r: Racer): void {
  const acc = accuracy(r.model, race.dataset, race.dataset.heldOut);
  const ex = gatherBatch(race.dataset, [race.focus]);
  const trace = traceExample(r.model, ex.x, ex.T, ex.y);
  r.profile = trace.cells[0].jacobianNorm;
  r.steps.push(race.step);
  r.accuracy.push(acc);
  r.reach.push(r.profile[0]);
  if (acc >= race.config.target && r.solvedAt === null) r.solvedAt = race.step;
}

/** Builds the data set and one model per cell (all from `config.seed`), scored at step 0. */
export function createRace(config: RaceConfig): Race {
  const dataset = makeFirstSymbol(
    { symbols: config.symbols, distance: config.distance, noise: config.noise, count: config.count },
    config.seed,
  );
  const spec: LabModelSpec = {
    inputSize: dataset.inputSize, hidden: config.hidden, layers: 1, outputs: config.symbols, loss: 'ce',
    recurrentScale: null, gateInit: config.gateInit,
  };
  const racers: Racer[] = config.cells.map((cell) => {
    const model = createLabModel(cell, spec, config.seed);
    return {
      cell, model, opt: createAdam(model.params, { lr: config.lr, names: model.names }),
      steps: [], accuracy: [], reach: [], profile: new Float64Array(dataset.T),
      trained: 0, solvedAt: null, divergedAt: null,
    };
  });
  const rng = createRng((config.seed ^ ORDER_SALT) >>> 0);
  const race: Race = {
    config, dataset, racers, step: 0, focus: dataset.heldOut[0],
    order: { rng, perm: permutation(dataset.train.length, rng), pos: 0 },
  };
  for (const r of racers) evaluateRacer(race, r);
  return race;
}

/** Whether the race is over: every racer finished or diverged, or the step limit was reached. */
export function raceDone(race: Race): boolean {
  return race.step >= race.config.maxSteps || race.racers.every((r) => !isRunning(r));
}

/** The training-sample indices of the next mini-batch: epochs of fresh permutations, no partial batches. */
function nextBatch(race: Race): number[] {
  const o = race.order;
  const B = Math.min(race.config.batch, race.dataset.train.length);
  if (o.pos + B > o.perm.length) {
    o.perm = permutation(race.dataset.train.length, o.rng);
    o.pos = 0;
  }
  const idx: number[] = [];
  for (let i = 0; i < B; i++) idx.push(race.dataset.train[o.perm[o.pos + i]]);
  o.pos += B;
  return idx;
}

/**
 * One optimizer step of every racer still running, on the same mini-batch; then, every
 * `evalEvery` steps, their held-out accuracy and gradient profile. Returns true when this step
 * evaluated (the moment to report progress); false when the race is already over.
 */
export function stepRace(race: Race): boolean {
  if (raceDone(race)) return false;
  const batch = gatherBatch(race.dataset, nextBatch(race));
  const clip = race.config.clip;
  race.step++;
  const running = race.racers.filter(isRunning);
  for (const r of running) {
    const res = trainStep(r.model, r.opt, batch, clip === null ? {} : { clip });
    r.trained++;
    if (!Number.isFinite(res.loss) || !Number.isFinite(res.gradNorm)) r.divergedAt = race.step;
  }
  const due = race.step % race.config.evalEvery === 0 || race.step >= race.config.maxSteps;
  if (!due) return false;
  for (const r of running) if (r.divergedAt === null) evaluateRacer(race, r);
  return true;
}

/** Runs a race to its end, calling `onProgress` after every evaluation. */
export function runRace(config: RaceConfig, onProgress?: (race: Race) => void): Race {
  const race = createRace(config);
  onProgress?.(race);
  while (!raceDone(race)) if (stepRace(race)) onProgress?.(race);
  return race;
}

/** What a racer achieved: its latest and best held-out accuracy and where it finished. */
export type RacerResult = Readonly<{
  cell: LabCell;
  /** accuracy at its last evaluation, in [0, 1] */
  accuracy: number;
  /** best accuracy at any evaluation */
  best: number;
  solvedAt: number | null;
  divergedAt: number | null;
  /** ‖∂h_T/∂h_0‖ at its last evaluation */
  reach: number;
}>;

/** The standings of a race (in `config.cells` order). */
export function raceResults(race: Race): RacerResult[] {
  return race.racers.map((r) => ({
    cell: r.cell,
    accuracy: r.accuracy[r.accuracy.length - 1] ?? NaN,
    best: Math.max(...r.accuracy),
    solvedAt: r.solvedAt,
    divergedAt: r.divergedAt,
    reach: r.reach[r.reach.length - 1] ?? NaN,
  }));
}
