import { describe, expect, it } from 'vitest';
import {
  checkOption,
  describeRange,
  intRange,
  realRange,
  resolveOptions,
  validateOptions,
} from '../../../src/engine/tasks/options.ts';
import type { OptionSpec } from '../../../src/engine/tasks/options.ts';

type Demo = Readonly<{ size: number; rate: number }>;
const DEMO: OptionSpec<Demo> = {
  task: 'demo',
  defaults: { size: 4, rate: 0.5 },
  ranges: { size: intRange(1, 10), rate: realRange(0, 1, 0.1) },
  cross: (o) => (o.size * o.rate > 4 ? { option: '', message: 'demo: size × rate must be at most 4.' } : null),
};

describe('options', () => {
  it('describes integer and real ranges in words', () => {
    expect(describeRange(intRange(2, 50))).toBe('an integer from 2 to 50');
    expect(describeRange(realRange(0, 1, 0.01))).toBe('a number from 0 to 1');
  });

  it('returns an allowed value unchanged and throws a message naming option and range otherwise', () => {
    expect(checkOption('demo', 'size', 10, intRange(1, 10))).toBe(10);
    expect(() => checkOption('demo', 'size', 11, intRange(1, 10))).toThrow('demo: size must be an integer from 1 to 10 (got 11).');
    expect(() => checkOption('demo', 'size', 3.5, intRange(1, 10))).toThrow('(got 3.5)');
    expect(() => checkOption('demo', 'rate', Number.NaN, realRange(0, 1, 0.1))).toThrow('demo: rate must be a number from 0 to 1 (got NaN).');
    expect(() => checkOption('demo', 'rate', '0.5', realRange(0, 1, 0.1))).toThrow('(got "0.5")');
  });

  it('fills in defaults for missing options', () => {
    expect(resolveOptions(DEMO, {})).toEqual({ size: 4, rate: 0.5 });
    expect(resolveOptions(DEMO, { size: 2 })).toEqual({ size: 2, rate: 0.5 });
  });

  it('reports every bad and unknown option at once as values', () => {
    const check = validateOptions(DEMO, { size: 0, rate: 2, speed: 1 });
    expect(check).toEqual({
      ok: false,
      problems: [
        { option: 'speed', message: 'demo: unknown option "speed"; allowed: size, rate.' },
        { option: 'size', message: 'demo: size must be an integer from 1 to 10 (got 0).' },
        { option: 'rate', message: 'demo: rate must be a number from 0 to 1 (got 2).' },
      ],
    });
  });

  it('applies the cross-option rule once each option is valid', () => {
    expect(validateOptions(DEMO, { size: 10, rate: 0.5 })).toEqual({
      ok: false,
      problems: [{ option: '', message: 'demo: size × rate must be at most 4.' }],
    });
    expect(() => resolveOptions(DEMO, { size: 10, rate: 0.5 })).toThrow('demo: size × rate must be at most 4.');
  });
});
