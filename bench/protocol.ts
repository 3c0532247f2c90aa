/**
 * The timing protocol of the shared peer benchmark (../shared/bench/README.md), re-implemented
 * so that `npm run bench` needs nothing outside this repository, and its `RESULT {json}` lines
 * can run interleaved with the peers as an external engine:
 *   warm-up ≥ 5 steps and ≥ 1.5 s → 5 timed blocks of ~0.6 s → up to 3 shuffled epochs →
 *   full-data MSE before/after → peak RSS.
 */

/** A workload of ../shared/bench/workloads.json. */
export type Workload = Readonly<{
  name: string;
  description: string;
  cell: 'rnn' | 'lstm';
  layers: number;
  hidden: number;
  seq: number;
  batch: number;
  points: number;
  noise: number;
  lr: number;
}>;

/** Protocol knobs (the harness's `--quick` passes smaller ones). */
export type Protocol = {
  warmupSec: number;
  warmupMinSteps: number;
  blockSec: number;
  blocks: number;
  maxTimedSec: number;
  epochs: number;
  maxEpochSec: number;
};

/** The harness's defaults. */
export const DEFAULT_PROTOCOL: Protocol = {
  warmupSec: 1.5,
  warmupMinSteps: 5,
  blockSec: 0.6,
  blocks: 5,
  maxTimedSec: 12,
  epochs: 3,
  maxEpochSec: 12,
};

/** What a measured engine provides. */
export type Runner = {
  info: Record<string, unknown>;
  params: number;
  /** one training step on pool batch k (forward + backward + Adam update) */
  step(k: number): void;
  /** one epoch over the given batches of sample indices, gathering included */
  epoch(batches: Int32Array[]): void;
  /** full-data MSE, forward only */
  loss(): number;
  poolSize: number;
};

/** One measurement, in the harness's RunResult format. */
export type RunResult = {
  peer: string;
  workload: string;
  blockStepsPerSec: number[];
  stepsPerBlock: number;
  warmupSteps: number;
  epochSec: number[];
  batchesPerEpoch: number;
  lossBefore: number;
  lossAfter: number;
  params: number;
  baselineRssMB: number;
  peakRssMB: number;
  info: Record<string, unknown>;
};

const now = (): number => performance.now();

/** Median of a list (NaN when empty). */
export function median(a: readonly number[]): number {
  if (a.length === 0) return NaN;
  const s = [...a].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : 0.5 * ((s[m - 1] as number) + (s[m] as number));
}

/** Runs the protocol on one runner; `epochBatches` yields each epoch's shuffled batches. */
export function runProtocol(
  peer: string,
  w: Workload,
  runner: Runner,
  epochBatches: () => Int32Array[],
  proto: Protocol,
  baselineRssMB: number,
): RunResult {
  const lossBefore = runner.loss();
  let k = 0;
  let warmupSteps = 0;
  const tw = now();
  let fastestMs = Infinity;
  while (warmupSteps < proto.warmupMinSteps || now() - tw < proto.warmupSec * 1000) {
    const t0 = now();
    runner.step(k++ % runner.poolSize);
    fastestMs = Math.min(fastestMs, now() - t0);
    warmupSteps++;
    if (now() - tw > 4 * proto.warmupSec * 1000 && warmupSteps >= 2) break;
  }
  const n = Math.max(1, Math.round((proto.blockSec * 1000) / fastestMs));
  const blockStepsPerSec: number[] = [];
  const tt = now();
  for (let b = 0; b < proto.blocks; b++) {
    const t0 = now();
    for (let i = 0; i < n; i++) runner.step(k++ % runner.poolSize);
    blockStepsPerSec.push(n / ((now() - t0) / 1000));
    if (b >= 2 && now() - tt > proto.maxTimedSec * 1000) break;
  }
  const epochSec: number[] = [];
  let batchesPerEpoch = 0;
  const te = now();
  for (let e = 0; e < proto.epochs; e++) {
    const t0 = now();
    const batches = epochBatches();
    runner.epoch(batches);
    epochSec.push((now() - t0) / 1000);
    batchesPerEpoch = batches.length;
    if (now() - te > proto.maxEpochSec * 1000) break;
  }
  return {
    peer,
    workload: w.name,
    blockStepsPerSec,
    stepsPerBlock: n,
    warmupSteps,
    epochSec,
    batchesPerEpoch,
    lossBefore,
    lossAfter: runner.loss(),
    params: runner.params,
    baselineRssMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    info: runner.info,
  };
}
