import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRunQuery, encodeRunQuery, MAX_QUERY_LENGTH, MAX_STEP } from '../../src/state/urlCodec.ts';
import type { UrlProblemCode, UrlRun } from '../../src/state/urlCodec.ts';
import { CELL_TYPES, CONFIG_RANGES, DEFAULT_CONFIG } from '../../src/worker/config.ts';
import type { ExperimentConfig } from '../../src/worker/config.ts';
import { TASK_IDS } from '../../src/engine/tasks/index.ts';

const int = (k: keyof typeof CONFIG_RANGES) => fc.integer({ min: CONFIG_RANGES[k].min, max: CONFIG_RANGES[k].max });
const real = (k: keyof typeof CONFIG_RANGES) => fc.double({ min: CONFIG_RANGES[k].min, max: CONFIG_RANGES[k].max, noNaN: true });

const configArb: fc.Arbitrary<ExperimentConfig> = fc.record({
  task: fc.constantFrom(...TASK_IDS),
  taskOptions: fc.dictionary(fc.stringMatching(/^[a-zA-Z]{1,8}$/), fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxKeys: 3 }),
  cell: fc.constantFrom(...CELL_TYPES),
  layers: int('layers'),
  hidden: int('hidden'),
  bidirectional: fc.boolean(),
  seqLen: int('seqLen'),
  batch: int('batch'),
  optimizer: fc.constantFrom('adam' as const, 'sgd' as const),
  lr: real('lr'),
  momentum: real('momentum'),
  clip: fc.option(real('clip'), { nil: null }),
  truncation: fc.option(int('truncation'), { nil: null }),
  recurrentScale: fc.option(real('recurrentScale'), { nil: null }),
  seed: int('seed'),
});

const runArb: fc.Arbitrary<UrlRun> = fc
  .tuple(configArb, fc.integer({ min: 0, max: MAX_STEP }), fc.array(fc.record({ lr: fc.option(real('lr'), { nil: undefined }), clip: fc.option(real('clip'), { nil: undefined }) }), { maxLength: 3 }))
  .map(([config, step, sets]) => ({
    // Momentum only travels with SGD (Adam ignores it), so an Adam link carries the default.
    config: config.optimizer === 'sgd' ? config : { ...config, momentum: DEFAULT_CONFIG.momentum },
    step,
    changes: sets
      .map((set, i) => ({ step: Math.floor((step * (i + 1)) / (sets.length + 1)), set: Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined)) }))
      .filter((c) => Object.keys(c.set).length > 0),
  }));

describe('run URL codec', () => {
  it('round-trips every valid run exactly, floats included', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const back = decodeRunQuery(encodeRunQuery(run));
        expect(back.problems).toEqual([]);
        expect(back.run).toEqual(run);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a negative zero task option (found by the property above)', () => {
    const run: UrlRun = { config: { ...DEFAULT_CONFIG, taskOptions: { a: -0 } }, step: 0, changes: [] };
    const back = decodeRunQuery(encodeRunQuery(run)).run;
    expect(Object.is(back.config.taskOptions.a, -0)).toBe(true);
  });

  it('reads the example link of the issue', () => {
    const { run, problems } = decodeRunQuery('task=sine&cell=lstm&layers=2&hidden=64&lr=0.01&seed=1234&step=250');
    expect(problems).toEqual([]);
    expect(run.config).toMatchObject({ task: 'sine', cell: 'lstm', layers: 2, hidden: 64, lr: 0.01, seed: 1234 });
    expect(run.step).toBe(250);
  });

  it('opens defaults with no problems for an empty query', () => {
    expect(decodeRunQuery('')).toEqual({ run: { config: DEFAULT_CONFIG, changes: [], step: 0 }, problems: [] });
  });

  const cases: [string, string, UrlProblemCode, string, Record<string, unknown>?][] = [
    ['a learning rate of 1e6', 'lr=1e6', 'out-of-range', 'lr', { min: 1e-5, max: 1, value: '1e6' }],
    ['a negative learning rate', 'lr=-0.1', 'out-of-range', 'lr'],
    ['a word for a number', 'hidden=many', 'not-a-number', 'hidden', { value: 'many' }],
    ['hex', 'hidden=0x40', 'not-a-number', 'hidden'],
    ['an empty value', 'layers=', 'not-a-number', 'layers'],
    ['Infinity', 'lr=Infinity', 'not-a-number', 'lr'],
    ['a fractional layer count', 'layers=1.5', 'not-an-integer', 'layers', { min: 1, max: 4 }],
    ['too many layers', 'layers=9', 'out-of-range', 'layers', { min: 1, max: 4 }],
    ['zero hidden units', 'hidden=0', 'out-of-range', 'hidden'],
    ['an unknown cell', 'cell=transformer', 'unknown-value', 'cell', { allowed: CELL_TYPES.join(', ') }],
    ['an unknown task', 'task=chess', 'unknown-value', 'task'],
    ['an unknown optimizer', 'opt=rmsprop', 'unknown-value', 'opt'],
    ['a boolean spelled out', 'bi=true', 'unknown-value', 'bi'],
    ['clip zero', 'clip=0', 'out-of-range', 'clip'],
    ['clip as a word', 'clip=yes', 'not-a-number', 'clip'],
    ['a seed too large', 'seed=4294967296', 'out-of-range', 'seed'],
    ['a negative step', 'step=-5', 'out-of-range', 'step'],
    ['a step beyond the limit', `step=${MAX_STEP + 1}`, 'out-of-range', 'step'],
    ['a batch over the limit', 'batch=1000', 'out-of-range', 'batch'],
    ['a sequence length of one', 'seq=1', 'out-of-range', 'seq'],
    ['momentum of 1', 'mom=1', 'out-of-range', 'mom'],
    ['a truncation of 0', 'trunc=0', 'out-of-range', 'trunc'],
    ['a recurrent scale of 10', 'rscale=10', 'out-of-range', 'rscale'],
    ['a malformed change list', 'live=abc&step=10', 'malformed', 'live'],
    ['a change with an unknown field', 'live=3:hidden=4&step=10', 'malformed', 'live'],
    ['a change after the step reached', 'live=30:lr=0.1&step=10', 'malformed', 'live'],
    ['a task option that is not a number', 't.noise=loud', 'not-a-number', 't.noise'],
    ['an unknown field', 'colour=red', 'unknown-field', 'colour'],
    ['a __proto__ key', '__proto__=1', 'unknown-field', '__proto__'],
    ['a constructor key', 'constructor=1', 'unknown-field', 'constructor'],
    ['a repeated field', 'lr=0.1&lr=0.2', 'duplicate', 'lr'],
  ];
  it.each(cases)('reports %s as a specific problem and falls back to the default', (_what, query, code, field, extra) => {
    const { run, problems } = decodeRunQuery(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, field, ...extra });
    if (code !== 'duplicate') expect(run.config).toEqual(DEFAULT_CONFIG);
  });

  it('keeps the valid fields of a partly broken link', () => {
    const { run, problems } = decodeRunQuery('cell=gru&hidden=abc&layers=3&lr=1e6&seed=7');
    expect(problems.map((p) => p.field)).toEqual(['hidden', 'lr']);
    expect(run.config).toMatchObject({ cell: 'gru', layers: 3, seed: 7, hidden: DEFAULT_CONFIG.hidden, lr: DEFAULT_CONFIG.lr });
  });

  it('refuses a 100 KB query whole, naming the limit', () => {
    const { run, problems } = decodeRunQuery(`lr=0.1&x=${'a'.repeat(100_000)}`);
    expect(problems).toEqual([{ code: 'too-long', field: '', value: '100009', max: MAX_QUERY_LENGTH }]);
    expect(run.config).toEqual(DEFAULT_CONFIG);
  });

  it('never throws on garbage and never pollutes prototypes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        expect(() => decodeRunQuery(q)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    for (const q of ['%E0%A4%A', '&&&==&', '?lr=0.1', 't.__proto__=1&t.toString=2', '#/lab?x', '\u0000=\u0000']) {
      expect(() => decodeRunQuery(q)).not.toThrow();
    }
    decodeRunQuery('__proto__[polluted]=1&t.polluted=1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts long bad values so a message stays readable', () => {
    const { problems } = decodeRunQuery(`hidden=${'9'.repeat(200)}x`);
    expect(problems[0]?.value.length).toBeLessThanOrEqual(40);
  });
});
