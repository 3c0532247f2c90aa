/**
 * Helpers of log-axis charts: a decade-aligned domain for values that span many orders of
 * magnitude (a gradient that fades from 1 to 1e-9), tick positions at powers of ten, and labels
 * in the 10⁻⁶ form a lecture slide uses. Pure functions; no DOM.
 */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** `n` in superscript digits: −12 → '⁻¹²'. */
export function superscript(n: number): string {
  return String(Math.round(n)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c);
}

/** A power of ten as a label: 10⁻⁶, 10⁰ = 1 is written '1', 10¹ = '10'. */
export function pow10Label(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${superscript(exponent)}`;
}

/** Smallest positive value a log axis shows; anything below is drawn at the floor. */
export const LOG_FLOOR = 1e-300;

/**
 * [10^⌊log₁₀ min⌋, 10^⌈log₁₀ max⌉] over the positive finite values, at least one decade wide
 * and at most `maxDecades` (the top kept: the large values are what a reader compares). With no
 * usable value, `fallback`.
 */
export function logDomain(values: Iterable<number>, maxDecades = 40, fallback: [number, number] = [1e-3, 1]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return fallback;
  let a = Math.floor(Math.log10(Math.max(lo, LOG_FLOOR)));
  let b = Math.ceil(Math.log10(hi));
  if (b <= a) b = a + 1;
  if (b - a > maxDecades) a = b - maxDecades;
  return [10 ** a, 10 ** b];
}

/** Exponents of the powers of ten to tick in [lo, hi], every k-th decade so at most `max` ticks. */
export function logTickExponents(lo: number, hi: number, max = 6): number[] {
  const a = Math.ceil(Math.log10(lo) - 1e-9);
  const b = Math.floor(Math.log10(hi) + 1e-9);
  const n = b - a + 1;
  if (n <= 0) return [];
  const step = Math.max(1, Math.ceil(n / Math.max(1, max)));
  const out: number[] = [];
  // Anchor on the top decade so 1 (10⁰) stays a tick whenever it is in range and b ≥ 0.
  for (let e = b; e >= a; e -= step) out.unshift(e);
  return out;
}

/**
 * A number for text (summaries, tables): 3 significant digits, and m×10ⁿ outside [1e-3, 1e4).
 * Non-finite values read as '∞' / '−∞' / 'NaN'.
 */
export function formatSci(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e4) return String(Number(v.toPrecision(3))).replace('-', '−');
  const e = Math.floor(Math.log10(a));
  const m = Number((v / 10 ** e).toPrecision(2));
  // 9.96e-5 rounds to a mantissa of 10: write it as 1×10ⁿ⁺¹.
  const [mm, ee] = Math.abs(m) >= 10 ? [m / 10, e + 1] : [m, e];
  return `${String(mm).replace('-', '−')}×10${superscript(ee)}`;
}

/** Position of v between the domain's ends on a log scale, clamped to [0, 1]; NaN for v ≤ 0 or non-finite. */
export function logFraction(v: number, domain: readonly [number, number]): number {
  if (!(v > 0) || !Number.isFinite(v)) return NaN;
  const a = Math.log10(domain[0]);
  const b = Math.log10(domain[1]);
  return Math.min(1, Math.max(0, (Math.log10(v) - a) / (b - a || 1)));
}
