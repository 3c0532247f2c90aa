/**
 * How numbers are printed in the equations, the drawing and the tables. One precision everywhere
 * (3 decimals), so a number read in a formula can be found again, digit for digit, in the table.
 * Values too small for 3 decimals (gradients that vanish) switch to scientific notation instead of
 * collapsing to 0.000 — the point of the backward view is to see them shrink.
 */

/** Decimals of every live number. */
export const DECIMALS = 3;

const SMALL = 0.5 * 10 ** -DECIMALS;
const LARGE = 1e5;

/** Mantissa and exponent with 3 significant digits, e.g. 1.23e-5 → ['1.23', -5]. */
function scientific(v: number): [string, number] {
  const [m, e] = v.toExponential(2).split('e');
  return [m ?? '0', Number(e)];
}

const isTiny = (v: number): boolean => v !== 0 && Math.abs(v) < SMALL;
const isHuge = (v: number): boolean => Math.abs(v) >= LARGE;

/** Plain text, with a real minus sign: "0.123", "−0.045", "1.23e−5". */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  let s: string;
  if (isTiny(v) || isHuge(v)) {
    const [m, e] = scientific(v);
    s = `${m}e${e}`;
  } else {
    s = v.toFixed(DECIMALS);
    if (Number(s) === 0) s = (0).toFixed(DECIMALS); // no "-0.000"
  }
  return s.replace(/-/g, '−');
}

/** The same number as TeX: "-0.045", "1.23\times10^{-5}". */
export function texNum(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '\\text{NaN}' : v > 0 ? '\\infty' : '-\\infty';
  if (isTiny(v) || isHuge(v)) {
    const [m, e] = scientific(v);
    return `${m}{\\times}10^{${e}}`;
  }
  const s = v.toFixed(DECIMALS);
  return Number(s) === 0 ? (0).toFixed(DECIMALS) : s;
}

/** A norm or other positive magnitude in 2 significant digits: "0.32", "4.1e−3", "1.2e+4". */
export function fmtNorm(v: number): string {
  if (!Number.isFinite(v)) return fmt(v);
  if (v === 0) return '0';
  if (v >= 0.01 && v < 1000) return Number(v.toPrecision(2)).toString();
  const [m, e] = v.toExponential(1).split('e');
  return `${m}e${(e ?? '').replace('-', '−')}`;
}

/** Parses what `fmt`/`fmtNorm` printed back into a number (for tests and the table's sort). */
export function parseShown(s: string): number {
  return Number(s.trim().replace(/−/g, '-'));
}
