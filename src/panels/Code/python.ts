/**
 * Python literals for the generated script. Only numbers, booleans and names from fixed lists
 * are ever interpolated into Python, and each goes through one of these, so a NaN, a 1e21 or an
 * odd task string cannot produce a script that fails to parse.
 */

/**
 * A Python float literal for a finite number, spelled like Python's repr(): 0.01 → '0.01',
 * 1 → '1.0', 1e-5 → '1e-05', 1e21 → '1e+21'.
 */
export function pyFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`pyFloat: value must be finite, got ${value}`);
  // toExponential() gives the shortest round-trip digits, the same digits repr() picks.
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(value.toExponential());
  if (!m) throw new Error(`pyFloat: cannot format ${value}`);
  const sign = m[1] === '-' && value !== 0 ? '-' : '';
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`;
  const exp = Number(m[4]);
  // repr() switches to scientific notation below 1e-4 and from 1e16 on.
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.padEnd(exp + 1, '0').slice(0, exp + 1);
  return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
}

/** A Python int literal; throws on anything but a safe integer (a programmer error here). */
export function pyInt(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`pyInt: value must be a safe integer, got ${value}`);
  return String(value === 0 ? 0 : value);
}

/** 'True' / 'False'. */
export function pyBool(value: boolean): string {
  return value ? 'True' : 'False';
}

/** Indents every non-empty line by `levels` × 4 spaces (PEP 8). */
export function indent(lines: readonly string[], levels: number): string[] {
  const pad = ' '.repeat(4 * levels);
  return lines.map((l) => (l === '' ? '' : pad + l));
}
