/**
 * Hostile files and links against the parsers that read them: size limits are enforced before
 * parsing, schema checks reject anything unexpected, and nothing reaches Object.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseSeriesCsv, CSV_MAX_BYTES } from '../../src/engine/tasks/csv.ts';
import { decodeRunQuery, MAX_QUERY_LENGTH } from '../../src/state/urlCodec.ts';
import { readStateDict, exportStateDict, MAX_STATE_DICT_BYTES } from '../../src/worker/weights.ts';
import { createSession } from '../../src/worker/session.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';

const model = () => createSession({ ...DEFAULT_CONFIG, hidden: 4, layers: 1 }).model;
const polluted = () => ({} as Record<string, unknown>).polluted ?? (Object.prototype as Record<string, unknown>).x;

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
  delete (Object.prototype as Record<string, unknown>).x;
});

describe('hostile CSV', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>', 'markup'],
    ['an img onerror line', '1\n2\n<img src=x onerror=alert(1)>\n4', 'markup'],
    ['nothing', '', 'empty'],
    ['blank lines', '\n \n', 'empty'],
    ['NaN', '1\nNaN\n3', 'not-finite'],
    ['Infinity', '1\nInfinity\n3', 'not-finite'],
    ['decimal commas', '1,5;2,5\n3,5;4,5', 'decimal-comma'],
    ['words', 'hello\nworld\n3', 'not-a-number'],
    ['10 001 values', Array.from({ length: 10_001 }, (_, i) => i).join('\n'), 'too-many'],
  ])('%s → refused', (_label, text, code) => {
    const r = parseSeriesCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it('refuses a 50 MB file by its size, before splitting it into lines', () => {
    const big = '1\n'.repeat(25 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(CSV_MAX_BYTES);
    const r = parseSeriesCsv(big);
    expect(r.ok === false && r.code).toBe('too-large');
  });
});

describe('hostile weights JSON', () => {
  it('round-trips a real export (the positive control)', () => {
    const m = model();
    expect(readStateDict(m, exportStateDict(m)).ok).toBe(true);
  });

  it.each([
    ['{"__proto__": {"polluted": true}}', 'unknown-parameter'],
    ['{"constructor": {"prototype": {"x": 1}}}', 'unknown-parameter'],
    ['{"prototype": 1}', 'unknown-parameter'],
    ['[1, 2, 3]', 'not-an-object'],
    ['null', 'not-an-object'],
    ['"rnn.weight_ih_l0"', 'not-an-object'],
    ['{"rnn.weight_ih_l0": 1', 'not-json'],
    ['<html><script>alert(1)</script></html>', 'not-json'],
  ])('%s → %s, and Object.prototype stays clean', (text, code) => {
    const r = readStateDict(model(), text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe(code);
    expect(polluted()).toBeUndefined();
  });

  it('rejects deeply nested arrays (100 000 levels) by shape, without overflowing the stack', () => {
    const m = model();
    const json = JSON.parse(exportStateDict(m)) as Record<string, unknown>;
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const text = JSON.stringify(json).replace(/"rnn\.weight_ih_l0":\[[^\]]*\](\])?/, `"rnn.weight_ih_l0":${deep}`);
    const r = readStateDict(m, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['bad-shape', 'not-json']).toContain(r.problem.code);
  });

  it('refuses a 50 MB file by its size, before JSON.parse', () => {
    const big = `{"a": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    const r = readStateDict(model(), big);
    expect(r.ok === false && r.problem.code).toBe('too-large');
    expect(big.length).toBeGreaterThan(MAX_STATE_DICT_BYTES);
  });
});

describe('hostile links', () => {
  it('refuses a 100 KB hash query as too long, with the defaults kept', () => {
    const query = `lr=0.01&${'x'.repeat(100 * 1024)}`;
    const { run, problems } = decodeRunQuery(query);
    expect(problems).toEqual([{ code: 'too-long', field: '', value: String(query.length), max: MAX_QUERY_LENGTH }]);
    expect(run.config).toEqual({ ...DEFAULT_CONFIG, taskOptions: {} });
  });

  it('names prototype keys as unknown fields and never pollutes', () => {
    const { problems, run } = decodeRunQuery('__proto__=1&constructor=2&prototype=3&__proto__.polluted=1');
    expect(problems.map((p) => p.code)).toEqual(['unknown-field', 'unknown-field', 'unknown-field', 'unknown-field']);
    expect(polluted()).toBeUndefined();
    expect(Object.getPrototypeOf(run.config.taskOptions)).toBe(Object.prototype);
  });

  it('keeps markup in a bad value as text, cut to 40 characters', () => {
    const { problems } = decodeRunQuery(`lr=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(3))}`);
    expect(problems[0]?.code).toBe('not-a-number');
    expect(problems[0]?.value.length).toBeLessThanOrEqual(41);
    expect(problems[0]?.value.startsWith('<img')).toBe(true);
  });
});
