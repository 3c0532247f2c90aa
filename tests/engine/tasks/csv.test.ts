import { describe, expect, it } from 'vitest';
import { parseSeriesCsv } from '../../../src/engine/tasks/csv.ts';

function values(text: string): number[] {
  const r = parseSeriesCsv(text);
  if (!r.ok) throw new Error(`expected success, got ${r.code}: ${r.message}`);
  return Array.from(r.values);
}

function failure(text: string): { code: string; message: string; line: number | null } {
  const r = parseSeriesCsv(text);
  if (r.ok) throw new Error(`expected a failure, got ${r.values.length} values`);
  return { code: r.code, message: r.message, line: r.line };
}

describe('parseSeriesCsv', () => {
  it('reads one column of numbers, one per line', () => {
    expect(values('1\n2.5\n-3\n4e2\n.5\n')).toEqual([1, 2.5, -3, 400, 0.5]);
  });

  it('accepts commas, semicolons, tabs and spaces as separators', () => {
    expect(values('1, 2, 3')).toEqual([1, 2, 3]);
    expect(values('1;2;3')).toEqual([1, 2, 3]);
    expect(values('1\t2  3\r\n4')).toEqual([1, 2, 3, 4]);
  });

  it('skips a header line and reports it', () => {
    const r = parseSeriesCsv('temperature (°C)\n21.5\n22\n');
    expect(r).toEqual({ ok: true, values: Float64Array.from([21.5, 22]), header: 'temperature (°C)' });
  });

  it('reads quoted cells and ignores blank lines and a byte-order mark', () => {
    expect(values('\uFEFF"price"\n"1.5"\n\n"2"')).toEqual([1.5, 2]);
  });

  it('rejects a text cell below the header, naming the line', () => {
    expect(failure('value\n1\n2\nabc\n4')).toEqual({
      code: 'not-a-number',
      message: 'Line 4: "abc" is not a number; the series must be one column of numbers.',
      line: 4,
    });
  });

  it('rejects empty input', () => {
    expect(failure('')).toEqual({ code: 'empty', message: 'No numbers found; paste one column of numbers.', line: null });
    expect(failure('  \n \n')).toMatchObject({ code: 'empty' });
  });

  it('rejects a header with no numbers below it', () => {
    expect(failure('price\n')).toEqual({
      code: 'empty',
      message: 'Only a header ("price") and no numbers below it.',
      line: null,
    });
  });

  it('rejects NaN and Infinity cells, naming the line', () => {
    expect(failure('1\nNaN\n3')).toEqual({
      code: 'not-finite',
      message: 'Line 2: "NaN" is not a finite number; remove it or fill in a value.',
      line: 2,
    });
    expect(failure('1\n2\n-Infinity')).toMatchObject({ code: 'not-finite', line: 3 });
    expect(failure('1e999')).toEqual({
      code: 'not-finite',
      message: 'Line 1: "1e999" is too large to be a finite number.',
      line: 1,
    });
  });

  it('accepts exactly 10,000 values and rejects 10,001, naming the line', () => {
    const ten = Array.from({ length: 10_000 }, (_, i) => String(i)).join('\n');
    expect(values(ten).length).toBe(10_000);
    expect(failure(`${ten}\n7`)).toEqual({
      code: 'too-many',
      message: 'Line 10001: more than 10,000 values; shorten the series.',
      line: 10_001,
    });
  });

  it('rejects <script> text as markup without evaluating it', () => {
    const calls: string[] = [];
    (globalThis as Record<string, unknown>)['__csvProbe'] = () => calls.push('ran');
    expect(failure('1\n<script>__csvProbe()</script>\n2')).toEqual({
      code: 'markup',
      message: 'Line 2: "<script>__csvProbe()</sc…" looks like markup or code; paste numbers only.',
      line: 2,
    });
    expect(failure('<script>alert(1)</script>')).toMatchObject({ code: 'markup', line: 1 });
    expect(failure('1\n__csvProbe()\n')).toMatchObject({ code: 'not-a-number', line: 2 });
    expect(calls).toEqual([]);
    delete (globalThis as Record<string, unknown>)['__csvProbe'];
  });

  it('rejects decimal commas in a semicolon-separated column, asking for a point', () => {
    expect(failure('1,5;2,5\n3,5')).toEqual({
      code: 'decimal-comma',
      message: 'Line 1: "1,5;2,5" looks like decimal commas; write decimals with a point (1.5, not 1,5).',
      line: 1,
    });
  });

  it('rejects text larger than 1 MB before reading it', () => {
    expect(failure('1\n'.repeat(500_001))).toEqual({
      code: 'too-large',
      message: 'The text is larger than 1 MB; paste at most 10,000 numbers.',
      line: null,
    });
  });

  it('counts multi-byte characters toward the 1 MB limit', () => {
    // 340,000 Hangul syllables are 1,020,000 UTF-8 bytes but only 340,000 UTF-16 units.
    expect(failure('값'.repeat(340_000))).toMatchObject({ code: 'too-large' });
  });
});
