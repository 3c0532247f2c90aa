/**
 * Reads "your own series" from pasted or uploaded text: one column of numbers, as a spreadsheet
 * exports it or as a person types it. Numbers may be separated by newlines, commas, semicolons,
 * tabs or spaces; the first line may be a header ("price", "temperature (°C)"); cells may be
 * wrapped in double quotes. Decimals use a point.
 *
 * The text comes from a person, so every failure is a value with a code and a message that names
 * the line — never an exception. Numbers are read with a strict pattern and `Number()`, never
 * `eval`, so pasted markup or code is just a cell that is not a number.
 */

/** Largest accepted input, in UTF-8 bytes (1 MB); a 10,000-value column is far smaller. */
export const CSV_MAX_BYTES = 1_000_000;

/** Most values accepted: enough for any lesson, small enough to train on in a browser tab. */
export const CSV_MAX_VALUES = 10_000;

/** Why a text was rejected. */
export type CsvErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-many'
  | 'not-a-number'
  | 'not-finite'
  | 'markup'
  | 'decimal-comma';

/** Result of `parseSeriesCsv`. */
export type CsvResult =
  | Readonly<{
      ok: true;
      /** the numbers in reading order, [count] */
      values: Float64Array;
      /** the header line when the first line was one, else null */
      header: string | null;
    }>
  | Readonly<{
      ok: false;
      code: CsvErrorCode;
      /** English sentence naming the line and the fix; the UI may translate by `code` */
      message: string;
      /** 1-based line of the fault, or null when it is about the whole text */
      line: number | null;
    }>;

/** Plain decimal or scientific notation, optionally signed: 3, -0.5, .5, 1e-3, +2.5E4. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Spellings of not-a-number and infinity that spreadsheets and NumPy write. */
const NOT_FINITE = /^[+-]?(nan|inf|infinity|#num!|#div\/0!)$/i;
/** A header is a short label made of letters, digits, spaces and common unit punctuation. */
const HEADER = /^[\p{L}\p{N}\s_.,;:()[\]%/°#'"-]{1,80}$/u;
/** Cell separators: comma, semicolon and any whitespace. */
const SEPARATORS = /[,;\s]+/;

/** UTF-8 size of a string, counted without allocating (stops early past `limit`). */
function utf8Bytes(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function cellsOf(line: string): string[] {
  return line
    .split(SEPARATORS)
    .filter((c) => c.length > 0)
    .map((c) => (c.length >= 2 && c.startsWith('"') && c.endsWith('"') ? c.slice(1, -1).trim() : c));
}

/** Shows a cell in a message without flooding it. */
function quote(cell: string): string {
  return JSON.stringify(cell.length > 24 ? `${cell.slice(0, 24)}…` : cell);
}

function fail(code: CsvErrorCode, message: string, line: number | null): CsvResult {
  return { ok: false, code, message, line };
}

/** Parses one column of numbers; see the file comment for what is accepted. */
export function parseSeriesCsv(text: string): CsvResult {
  if (utf8Bytes(text, CSV_MAX_BYTES) > CSV_MAX_BYTES) {
    return fail('too-large', 'The text is larger than 1 MB; paste at most 10,000 numbers.', null);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const values: number[] = [];
  let header: string | null = null;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i].trim();
    if (line.length === 0) continue;
    const cells = cellsOf(line);
    if (!seenContent) {
      seenContent = true;
      const looksLikeHeader = cells.length > 0 && cells.every((c) => !NUMBER.test(c) && !NOT_FINITE.test(c));
      if (looksLikeHeader && HEADER.test(line)) {
        header = line;
        continue;
      }
    }
    // "1,5;2,5" is a European-style column: semicolons separate, commas are decimal marks.
    if (line.includes(';') && /\d,\d/.test(line)) {
      return fail(
        'decimal-comma',
        `Line ${lineNo}: "${line.slice(0, 24)}" looks like decimal commas; write decimals with a point (1.5, not 1,5).`,
        lineNo,
      );
    }
    for (const cell of cells) {
      if (/[<>]/.test(cell)) {
        return fail('markup', `Line ${lineNo}: ${quote(cell)} looks like markup or code; paste numbers only.`, lineNo);
      }
      if (NOT_FINITE.test(cell)) {
        return fail('not-finite', `Line ${lineNo}: ${quote(cell)} is not a finite number; remove it or fill in a value.`, lineNo);
      }
      if (!NUMBER.test(cell)) {
        return fail('not-a-number', `Line ${lineNo}: ${quote(cell)} is not a number; the series must be one column of numbers.`, lineNo);
      }
      const v = Number(cell);
      if (!Number.isFinite(v)) {
        return fail('not-finite', `Line ${lineNo}: ${quote(cell)} is too large to be a finite number.`, lineNo);
      }
      if (values.length === CSV_MAX_VALUES) {
        return fail('too-many', `Line ${lineNo}: more than 10,000 values; shorten the series.`, lineNo);
      }
      values.push(v);
    }
  }
  if (values.length === 0) {
    return fail(
      'empty',
      header === null ? 'No numbers found; paste one column of numbers.' : `Only a header ("${header.slice(0, 24)}") and no numbers below it.`,
      null,
    );
  }
  return { ok: true, values: Float64Array.from(values), header };
}
