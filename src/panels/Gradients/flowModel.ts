/**
 * The numbers behind the lab's "why" charts, from a trace: the bound (γ·σ_max)^(T−t) drawn
 * against the measured ‖∂h_T/∂h_t‖, and the sequence length a config asks for (and how to change
 * it), whichever option of the task holds it.
 */
import type { ExperimentConfig } from '../../worker/config.ts';

/**
 * The bound ‖∂h_T/∂h_t‖ ≤ (γ·σ_max(W_hh))^(T−t) at every t = 0…T−1 (0-based: the exponent is the
 * number of steps between t and the last one, T−1−t). Pascanu, Mikolov & Bengio (2013).
 */
export function boundCurve(gamma: number, sigmaMax: number, T: number): Float64Array {
  const out = new Float64Array(T);
  for (let t = 0; t < T; t++) out[t] = (gamma * sigmaMax) ** (T - 1 - t);
  return out;
}

/** The ratio of the first to the last finite positive value (how much of the gradient arrives at t = 1). */
export function endToEnd(values: ArrayLike<number>): number {
  const first = values[0] ?? NaN;
  const last = values[values.length - 1] ?? NaN;
  return first / last;
}

/** The task option that holds the sequence length, and T as a function of it. */
function lengthOption(config: Pick<ExperimentConfig, 'task' | 'taskOptions'>): { key: string; offset: number } | null {
  if (config.task === 'first-symbol' || config.taskOptions.distance !== undefined) return { key: 'distance', offset: 1 };
  if (config.taskOptions.length !== undefined) return { key: 'length', offset: 0 };
  return null;
}

/**
 * The sequence length T the config sets through a task option (first-symbol's distance, a length),
 * or null when it leaves the task's default in force (then the data set's T is the one to show).
 */
export function explicitLength(config: Pick<ExperimentConfig, 'task' | 'taskOptions'>): number | null {
  const opt = lengthOption(config);
  const v = opt === null ? undefined : config.taskOptions[opt.key];
  return opt === null || v === undefined ? null : v + opt.offset;
}

/** The config change that makes sequences T long: the task's own option when it has one, `seqLen` too. */
export function lengthPatch(config: Pick<ExperimentConfig, 'task' | 'taskOptions'>, T: number): Partial<ExperimentConfig> {
  const opt = lengthOption(config);
  if (opt === null) return { seqLen: T };
  return { seqLen: T, taskOptions: { ...config.taskOptions, [opt.key]: T - opt.offset } };
}

/** A number in TeX: 0.236, or 4.3\times10^{-7} outside [1e-3, 1e4). */
export function texSci(v: number): string {
  if (Number.isNaN(v)) return String.raw`\mathrm{NaN}`;
  if (!Number.isFinite(v)) return String.raw`\infty`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e4) return String(Number(v.toPrecision(3)));
  let e = Math.floor(Math.log10(a));
  let m = Number((v / 10 ** e).toPrecision(2));
  if (Math.abs(m) >= 10) {
    m /= 10;
    e++;
  }
  return String.raw`${m}\times10^{${e}}`;
}
