import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { indent, pyBool, pyFloat, pyInt } from '../../../src/panels/Code/python.ts';

const python = ['python3', '/usr/bin/python3'].find((exe) => spawnSync(exe, ['-c', 'pass']).status === 0) ?? null;

describe('pyFloat', () => {
  const values = [0.01, 1, 0.9, 1e-5, 3e-4, 0.001, 100, 1e21, 1.5e-7, 123.456, -0.25, 0.1 + 0.2, 2 ** 31 - 1, 0, 1e16, 1e15, 0.0001, 12345678.9];
  // Python's own repr() is the oracle when python3 exists; the list below is what it printed.
  const expected = python
    ? spawnSync(python, ['-c', `print("\\n".join(repr(float(v)) for v in [${values.map(String).join(', ')}]))`], { encoding: 'utf8' }).stdout.trim().split('\n')
    : ['0.01', '1.0', '0.9', '1e-05', '0.0003', '0.001', '100.0', '1e+21', '1.5e-07', '123.456', '-0.25',
        '0.30000000000000004', '2147483647.0', '0.0', '1e+16', '1000000000000000.0', '0.0001', '12345678.9'];

  it('writes the same text as Python repr() for floats', () => {
    expect(values.map(pyFloat)).toEqual(expected);
  });

  it('refuses NaN and infinities instead of writing them into code', () => {
    expect(() => pyFloat(Number.NaN)).toThrow(/finite/);
    expect(() => pyFloat(-Infinity)).toThrow(/finite/);
  });
});

describe('pyInt, pyBool and indent', () => {
  it('writes integers, refusing fractions and unsafe sizes', () => {
    expect(pyInt(64)).toBe('64');
    expect(pyInt(-0)).toBe('0');
    expect(() => pyInt(2.5)).toThrow(/safe integer/);
    expect(() => pyInt(2 ** 60)).toThrow(/safe integer/);
  });

  it('writes True/False and indents by four spaces per level, leaving blank lines empty', () => {
    expect([pyBool(true), pyBool(false)]).toEqual(['True', 'False']);
    expect(indent(['a', '', 'b'], 2)).toEqual(['        a', '', '        b']);
  });
});
