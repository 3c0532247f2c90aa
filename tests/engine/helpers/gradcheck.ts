/**
 * Gradient checking of a whole array against central finite differences, reporting the worst
 * entry so a failure names where the analytic gradient is wrong.
 */
import { centralDiff, relErr } from './fd.ts';

/** The worst disagreement found by `worstGradError`. */
export type GradReport = { label: string; index: number; analytic: number; numeric: number; err: number };

/**
 * Compares `analytic` with finite differences of `f` w.r.t. each entry of `arr` (or the entries
 * in `indices`); returns the worst relative error.
 */
export function worstGradError(
  label: string, arr: Float64Array, analytic: ArrayLike<number>, f: () => number, indices?: readonly number[],
): GradReport {
  let worst: GradReport = { label, index: -1, analytic: 0, numeric: 0, err: 0 };
  const idx = indices ?? Array.from({ length: arr.length }, (_, i) => i);
  for (const i of idx) {
    const numeric = centralDiff(arr, i, f);
    const a = analytic[i] ?? NaN;
    const err = relErr(a, numeric);
    if (!(err <= worst.err)) worst = { label, index: i, analytic: a, numeric, err };
  }
  return worst;
}

/** A readable line for an assertion message. */
export function describeReport(r: GradReport): string {
  return `${r.label}[${r.index}]: analytic ${r.analytic}, finite difference ${r.numeric}, rel err ${r.err.toExponential(2)}`;
}
