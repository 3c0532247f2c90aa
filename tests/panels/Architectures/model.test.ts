import { describe, expect, it } from 'vitest';
import { diagramModel, topK } from '../../../src/panels/Architectures/diagramModel.ts';
import { parseTry } from '../../../src/panels/Architectures/tryInput.ts';
import type { Inspection, PlaygroundInfo } from '../../../src/worker/playgroundProtocol.ts';

const oneHot = (labels: readonly string[], seq: (string | null)[]) => {
  const x = new Float64Array(seq.length * labels.length);
  seq.forEach((s, t) => {
    if (s !== null) x[t * labels.length + labels.indexOf(s)] = 1;
  });
  return x;
};

const info = (patch: Partial<PlaygroundInfo>): PlaygroundInfo => ({
  arrangement: 'many-to-one', kind: 'classes', n: 1, T: 3, inputSize: 3, inputLabels: ['a', 'b', 'c'], classLabels: ['a', 'b', 'c'],
  sampleText: null, layers: 1, directions: 1, hidden: 2, ...patch,
});

describe('diagram model', () => {
  it('many-to-one: reads every step, emits only at the last, with the arg-max class and its probability', () => {
    const ins: Inspection = {
      T: 3, x: oneHot(['a', 'b', 'c'], ['a', 'b', 'c']), h: [new Float64Array(6)],
      out: Float64Array.of(0.1, 0.2, 0.7), outRows: 1, outSize: 3, target: Float64Array.of(2), example: 0,
    };
    const m = diagramModel('many-to-one', info({}), ins);
    expect(m.columns.map((c) => c.input)).toEqual(['a', 'b', 'c']);
    expect(m.columns.map((c) => c.output?.label ?? null)).toEqual([null, null, 'c']);
    expect(m.columns[2]?.output).toEqual({ label: 'c', prob: 0.7, target: 'c', correct: true });
    expect(topK(ins, ['a', 'b', 'c'], 0, 2)).toEqual([{ label: 'c', prob: 0.7 }, { label: 'b', prob: 0.2 }]);
  });

  it('one-to-many: reads only at t = 1 and emits at every step; a wrong answer is marked', () => {
    const ins: Inspection = {
      T: 3, x: oneHot(['a', 'b', 'c'], ['b', null, null]), h: [new Float64Array(6)],
      out: Float64Array.of(0.9, 0.05, 0.05, 0.2, 0.7, 0.1, 0.1, 0.1, 0.8), outRows: 3, outSize: 3,
      target: Float64Array.of(0, 0, 2), example: 0,
    };
    const m = diagramModel('one-to-many', info({ arrangement: 'one-to-many' }), ins);
    expect(m.columns.map((c) => c.input)).toEqual(['b', null, null]);
    expect(m.columns.map((c) => c.output?.label)).toEqual(['a', 'b', 'c']);
    expect(m.columns.map((c) => c.output?.correct)).toEqual([true, false, true]);
  });

  it('seq2seq: splits encoder and decoder at the separator and emits only while writing back', () => {
    const labels = ['1', '2', '|', '_'];
    const T = 5;
    const ins: Inspection = {
      T, x: oneHot(labels, ['1', '2', '|', '_', '_']), h: [new Float64Array(T * 2)],
      out: new Float64Array(T * 4).map((_, i) => (i % 4 === 1 ? 0.9 : 0.03)), outRows: T, outSize: 4, target: null, example: null,
    };
    const m = diagramModel('seq2seq', info({ arrangement: 'many-to-many', inputSize: 4, inputLabels: labels, classLabels: labels, T }), ins);
    expect(m.columns.map((c) => c.part)).toEqual(['encoder', 'encoder', 'encoder', 'decoder', 'decoder']);
    expect(m.columns.map((c) => c.input)).toEqual(['1', '2', '|', null, null]);
    expect(m.columns.map((c) => c.output?.label ?? null)).toEqual([null, null, null, '2', '2']);
  });

  it('regression: real-valued inputs and the predicted value, in the units given', () => {
    const ins: Inspection = {
      T: 2, x: Float64Array.of(0.25, -0.5), h: [new Float64Array(2)], out: Float64Array.of(1234.5), outRows: 1, outSize: 1,
      target: Float64Array.of(1200), example: 3,
    };
    const m = diagramModel('many-to-one', info({ kind: 'regression', inputSize: 1, inputLabels: null, classLabels: null, T: 2, hidden: 1 }), ins);
    expect(m.columns.map((c) => c.input)).toEqual(['0.25', '-0.50']);
    expect(m.columns[1]?.output).toEqual({ label: '1235', prob: null, target: '1200', correct: null });
  });
});

describe('try your own input', () => {
  const cases: [Parameters<typeof parseTry>[0], string, string, Record<string, unknown>?][] = [
    ['word', '', 'architectures.try.errors.empty'],
    ['word', 'lo', 'architectures.try.errors.length'],
    ['word', 'l0v', 'architectures.try.errors.unknown-symbol', { symbol: '0' }],
    ['letter', 'ab', 'architectures.try.errors.length'],
    ['letter', 'z', 'architectures.try.errors.unknown-symbol', { symbol: 'z' }],
    ['phrase', 'purple elephant', 'architectures.try.errors.unknown-symbol'],
    ['phrase', 'not very very good', 'architectures.try.errors.length'],
    ['digits', '12a', 'architectures.try.errors.unknown-symbol', { symbol: 'a' }],
    ['digits', '123456', 'architectures.try.errors.digitLength', { min: 2, max: 4, got: 6 }],
    ['values', '1 2 3', 'architectures.try.errors.count', { n: 10, got: 3 }],
    ['values', '1 2 x 4 5 6 7 8 9 10', 'architectures.try.errors.number', { text: 'x' }],
    ['values', '1 2 3 4 5 6 7 8 9 100', 'architectures.try.errors.range'],
    ['values', '<script>alert(1)</script>', 'architectures.try.errors.number'],
  ];
  it.each(cases)('%s "%s" → %s', (kind, text, key, params) => {
    const r = parseTry(kind, text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.key).toBe(key);
    if (params) expect(r.params).toMatchObject(params);
  });

  it('encodes good input the way the task encodes its samples', () => {
    const word = parseTry('word', ' LOV ');
    expect(word.ok && word.shown).toBe('lov');
    expect(word.ok && word.T).toBe(3);
    const digits = parseTry('digits', '3 1 4');
    expect(digits.ok && digits.shown).toBe('314');
    expect(digits.ok && digits.T).toBe(9);
    const values = parseTry('values', '0, .3, 0.6, 0.8, 1, 1, 0.9, 0.7, 0.4, −0.1');
    expect(values.ok && Array.from(values.x)).toEqual([0, 0.3, 0.6, 0.8, 1, 1, 0.9, 0.7, 0.4, -0.1]);
  });
});
