import { describe, expect, it } from 'vitest';
import { argsOf, PRESET_IDS, PRESETS, presetOf } from '../../../src/panels/Shapes/form.ts';
import type { PresetId } from '../../../src/panels/Shapes/form.ts';
import fixture from '../../fixtures/torch-shapes.json';

type Case = { name: string; args: Record<string, unknown>; input_shape: number[] };
const cases = (fixture as unknown as { cases: Case[] }).cases;

/** The fixture case each preset reproduces (the lecture examples PyTorch was run on). */
const LECTURE_CASE: Readonly<Record<PresetId, string>> = {
  sine: 'lecture000_sine_rnn_tanh',
  birnn: 'lecture003_birnn3_rnn_tanh',
  batch100: 'lecture001_b100_i32_h64_rnn_tanh',
};

describe('Shapes form', () => {
  it.each(PRESET_IDS)('sets the arguments and input of the lecture example PyTorch ran (%s)', (id) => {
    const c = cases.find((x) => x.name === LECTURE_CASE[id]);
    if (!c) throw new Error(`fixture ${LECTURE_CASE[id]} is missing`);
    const { args, dims } = argsOf(PRESETS[id]);
    expect({
      input_size: args.inputSize,
      hidden_size: args.hiddenSize,
      num_layers: args.numLayers,
      nonlinearity: args.nonlinearity,
      bias: args.bias,
      batch_first: args.batchFirst,
      dropout: args.dropout,
      bidirectional: args.bidirectional,
    }).toEqual(c.args);
    expect([dims.batch, dims.seq, args.inputSize]).toEqual(c.input_shape);
  });

  it('recognises a preset only while every field still matches it', () => {
    expect(presetOf(PRESETS.birnn)).toBe('birnn');
    expect(presetOf({ ...PRESETS.birnn, seq: '7' })).toBeNull();
  });

  it('reads a blank field as "nothing" rather than 0, and keeps fractions for validation', () => {
    const { args, dims } = argsOf({ ...PRESETS.sine, hiddenSize: ' ', batch: '2.5', dropout: '0.25' });
    expect(args.hiddenSize).toBeNaN();
    expect(dims.batch).toBe(2.5);
    expect(args.dropout).toBe(0.25);
  });
});
