import { describe, expect, expectTypeOf, it } from 'vitest';
import { assertNever, checkLive, decodeFromWorker, decodeToWorker } from '../../src/worker/codec.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';
import { PROTOCOL_VERSION } from '../../src/worker/protocol.ts';
import type { FromWorker, LiveParams, Snapshot, ToWorker, WorkerErrorCode } from '../../src/worker/protocol.ts';

const v = PROTOCOL_VERSION;

/** One valid message of every request type. */
const REQUESTS: ToWorker[] = [
  { v, type: 'configure', id: 1, config: DEFAULT_CONFIG, changes: [{ step: 3, set: { lr: 0.001, clip: null } }], toStep: 250, focus: null },
  { v, type: 'configure', config: { ...DEFAULT_CONFIG, clip: 1, truncation: 5, recurrentScale: 1.2 }, changes: [], toStep: 0, focus: 4 },
  { v, type: 'run', id: 2 },
  { v, type: 'run', until: 500 },
  { v, type: 'pause', id: 3 },
  { v, type: 'step' },
  { v, type: 'reset' },
  { v, type: 'setLive', set: { lr: 0.5, momentum: 0.8, clip: 2 } },
  { v, type: 'trace', example: 7 },
  { v, type: 'trace', example: null },
  { v, type: 'loadStateDict', json: '{}', changes: [], toStep: 0 },
  { v, type: 'exportStateDict', id: 9 },
];

describe('decodeToWorker', () => {
  it.each(REQUESTS.map((r) => [r.type, r] as const))('round-trips a valid %s request through structured clone', (_type, msg) => {
    expect(decodeToWorker(structuredClone(msg))).toEqual({ ok: true, msg });
  });

  it('refuses another protocol version with a version error that keeps the id', () => {
    expect(decodeToWorker({ v: 2, type: 'pause', id: 5 })).toMatchObject({ ok: false, id: 5, error: { code: 'version' } });
    expect(decodeToWorker({ type: 'pause' })).toMatchObject({ ok: false, error: { code: 'version' } });
  });

  const bad: [string, unknown, WorkerErrorCode, string?][] = [
    ['not an object', 'pause', 'bad-message'],
    ['null', null, 'bad-message'],
    ['an array', [v, 'pause'], 'bad-message'],
    ['no type', { v }, 'bad-message'],
    ['an unknown type', { v, type: 'fly' }, 'bad-message'],
    ['a negative id', { v, type: 'pause', id: -1 }, 'bad-message'],
    ['a fractional id', { v, type: 'pause', id: 1.5 }, 'bad-message'],
    ['configure without a config', { v, type: 'configure', changes: [], toStep: 0, focus: null }, 'config'],
    ['configure with layers out of range', { v, type: 'configure', config: { ...DEFAULT_CONFIG, layers: 9 }, changes: [], toStep: 0, focus: null }, 'config', 'layers'],
    ['configure with an unknown cell', { v, type: 'configure', config: { ...DEFAULT_CONFIG, cell: 'transformer' }, changes: [], toStep: 0, focus: null }, 'config', 'cell'],
    ['configure with lr NaN', { v, type: 'configure', config: { ...DEFAULT_CONFIG, lr: NaN }, changes: [], toStep: 0, focus: null }, 'config', 'lr'],
    ['configure with a string seed', { v, type: 'configure', config: { ...DEFAULT_CONFIG, seed: '7' }, changes: [], toStep: 0, focus: null }, 'config', 'seed'],
    ['configure with clip 0', { v, type: 'configure', config: { ...DEFAULT_CONFIG, clip: 0 }, changes: [], toStep: 0, focus: null }, 'config', 'clip'],
    ['configure with a non-numeric task option', { v, type: 'configure', config: { ...DEFAULT_CONFIG, taskOptions: { noise: 'x' } }, changes: [], toStep: 0, focus: null }, 'config', 'taskOptions'],
    ['configure with a negative toStep', { v, type: 'configure', config: DEFAULT_CONFIG, changes: [], toStep: -3, focus: null }, 'bad-message'],
    ['configure with a bad change', { v, type: 'configure', config: DEFAULT_CONFIG, changes: [{ step: 1, set: { layers: 3 } }], toStep: 0, focus: null }, 'bad-message'],
    ['run until a fraction', { v, type: 'run', until: 2.5 }, 'bad-message'],
    ['setLive with lr above range', { v, type: 'setLive', set: { lr: 1e6 } }, 'bad-message'],
    ['setLive with a structural field', { v, type: 'setLive', set: { hidden: 3 } }, 'bad-message'],
    ['trace of a negative example', { v, type: 'trace', example: -1 }, 'bad-message'],
    ['loadStateDict without text', { v, type: 'loadStateDict', json: { a: 1 } }, 'bad-message'],
  ];
  it.each(bad)('refuses %s', (_what, data, code, field) => {
    const d = decodeToWorker(data);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.error.code).toBe(code);
    if (field !== undefined) expect(d.error.field).toBe(field);
    expect(d.error.message.length).toBeGreaterThan(5);
  });

  it('never throws, whatever arrives', () => {
    const inputs: unknown[] = [undefined, 0, Symbol.iterator.toString(), { v, type: 'configure', config: { __proto__: { layers: 1 } } }, { v, type: 'setLive', set: null }, { v, type: 'configure', config: DEFAULT_CONFIG, changes: 'x' }];
    for (const x of inputs) expect(() => decodeToWorker(x)).not.toThrow();
  });
});

describe('checkLive', () => {
  it('accepts clip null to switch clipping off and refuses unknown fields', () => {
    expect(checkLive({ clip: null })).toEqual({ clip: null });
    expect(typeof checkLive({ seed: 3 })).toBe('string');
  });
});

describe('decodeFromWorker', () => {
  it('accepts every event type of this version and refuses others', () => {
    for (const type of ['ready', 'snapshot', 'diverged', 'error', 'stateDict']) expect(decodeFromWorker({ v, type }).ok).toBe(true);
    expect(decodeFromWorker({ v, type: 'hello' })).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(decodeFromWorker({ v: 0, type: 'snapshot' })).toMatchObject({ ok: false, error: { code: 'version' } });
  });
});

describe('protocol types', () => {
  it('tag every request and event by type and stamp the version', () => {
    expectTypeOf<ToWorker['type']>().toEqualTypeOf<'configure' | 'run' | 'pause' | 'step' | 'reset' | 'setLive' | 'trace' | 'loadStateDict' | 'exportStateDict'>();
    expectTypeOf<FromWorker['type']>().toEqualTypeOf<'ready' | 'snapshot' | 'diverged' | 'error' | 'stateDict'>();
    expectTypeOf<ToWorker['v']>().toEqualTypeOf<1>();
    expectTypeOf<Extract<ToWorker, { type: 'setLive' }>['set']>().toEqualTypeOf<LiveParams>();
    expectTypeOf<Snapshot['eval']>().toMatchTypeOf<{ loss: number; outputs: Float64Array } | null>();
  });

  it('make an unhandled case a compile error through assertNever', () => {
    const describeMsg = (m: FromWorker): string => {
      switch (m.type) {
        case 'ready':
        case 'snapshot':
        case 'diverged':
        case 'error':
        case 'stateDict':
          return m.type;
        default:
          return assertNever(m);
      }
    };
    expect(describeMsg({ v, type: 'stateDict', json: '{}', step: 0 })).toBe('stateDict');
    expect(() => assertNever({} as never)).toThrow(/Unhandled message/);
  });
});
