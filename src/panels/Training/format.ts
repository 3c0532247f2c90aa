/**
 * Number formats of the Training panel. The loss is shown with 4 significant digits (enough to
 * see it fall); its exact float64 value is kept in `data-loss` for tests and in the tooltip.
 */
import { currentLang } from '../../i18n/index.ts';

// Building an Intl.NumberFormat costs far more than using one, and counters format every frame.
const formatters = new Map<string, Intl.NumberFormat>();

/** Locale-aware formatting through a cached Intl.NumberFormat per (language, options). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const lang = currentLang();
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', options);
    formatters.set(key, f);
  }
  return f.format(value);
}

/** A loss for reading: 4 significant digits, exponent form below 0.0001 ('—' for null, '∞'/'NaN' as such). */
export function formatLoss(x: number | null): string {
  if (x === null) return '—';
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(3);
  return formatNumber(x, { maximumSignificantDigits: 4 });
}

/** A count with grouping (1,234). */
export function formatCount(x: number): string {
  return formatNumber(Math.round(x));
}

/** Epochs with one decimal (12.3). */
export function formatEpoch(x: number): string {
  return formatNumber(x, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A hyperparameter value as typed into a field: plain digits, exponent form only when tiny. */
export function formatParam(x: number): string {
  return x !== 0 && Math.abs(x) < 1e-3 ? x.toExponential() : String(x);
}
