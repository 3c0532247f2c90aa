/**
 * What a person types in "Try your own input", checked and encoded the way the task encodes its
 * samples — or a catalog key naming what is wrong and what is allowed. The engine's validators do
 * the checking; this file only picks one per input kind and turns its verdict into catalog terms.
 */
import { encodeStartLetter, GEN_STEPS } from '../../engine/tasks/chargen.ts';
import { validateDigitsInput } from '../../engine/tasks/reverse.ts';
import { validatePhraseInput } from '../../engine/tasks/sentiment.ts';
import { LETTERS, validateWordInput } from '../../engine/tasks/words.ts';
import type { InputCheck } from '../../engine/tasks/vocab.ts';
import type { TryKind } from './demos.ts';
import { REVERSE_LENGTHS } from './demos.ts';

/** Numbers a "values" window holds (the lecture's n_time), and their allowed size. */
export const VALUES_COUNT = 10;
export const VALUES_LIMIT = 10;

export type TryResult =
  | Readonly<{ ok: true; x: Float64Array; T: number; shown: string }>
  | Readonly<{ ok: false; key: string; params: Readonly<Record<string, string | number>>; allowed: readonly string[] }>;

function fromCheck<V>(check: InputCheck<V>, encode: (ok: Readonly<{ ok: true } & V>) => TryResult): TryResult {
  // TypeScript does not narrow a union that contains a generic intersection, hence the casts.
  if (check.ok) return encode(check as Readonly<{ ok: true } & V>);
  const fault = check as Extract<InputCheck<object>, { ok: false }>;
  const symbol = /"([^"]+)"/.exec(fault.message)?.[1] ?? '';
  return { ok: false, key: `architectures.try.errors.${fault.code}`, params: { symbol }, allowed: fault.allowed };
}

function values(text: string): TryResult {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const fail = (key: string, params: Record<string, string | number>): TryResult => ({ ok: false, key: `architectures.try.errors.${key}`, params, allowed: [] });
  if (parts.length === 0) return fail('empty', {});
  const bad = parts.find((p) => !/^[-+−]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(p));
  if (bad !== undefined) return fail('number', { text: bad.slice(0, 24) });
  const nums = parts.map((p) => Number(p.replace('−', '-')));
  if (nums.length !== VALUES_COUNT) return fail('count', { n: VALUES_COUNT, got: nums.length });
  if (nums.some((v) => !Number.isFinite(v) || Math.abs(v) > VALUES_LIMIT)) return fail('range', {});
  return { ok: true, x: Float64Array.from(nums), T: VALUES_COUNT, shown: nums.join(', ') };
}

/** Checks and encodes `text` for an input kind. */
export function parseTry(kind: TryKind, text: string): TryResult {
  switch (kind) {
    case 'letter': {
      const c = text.trim().toLowerCase();
      if (c.length === 0) return { ok: false, key: 'architectures.try.errors.empty', params: {}, allowed: LETTERS.tokens };
      if ([...c].length !== 1) return { ok: false, key: 'architectures.try.errors.length', params: {}, allowed: LETTERS.tokens };
      if (!LETTERS.index.has(c)) return { ok: false, key: 'architectures.try.errors.unknown-symbol', params: { symbol: c }, allowed: LETTERS.tokens };
      return { ok: true, x: encodeStartLetter(c), T: GEN_STEPS, shown: c };
    }
    case 'word':
      return fromCheck(validateWordInput(text), (ok) => ({ ok: true, x: ok.x, T: 3, shown: ok.prefix }));
    case 'phrase':
      return fromCheck(validatePhraseInput(text), (ok) => ({ ok: true, x: ok.x, T: 3, shown: ok.words.join(' ') }));
    case 'digits': {
      const { minLength: min, maxLength: max } = REVERSE_LENGTHS;
      const check = validateDigitsInput(text, min, max);
      if (!check.ok && check.code === 'length') {
        return { ok: false, key: 'architectures.try.errors.digitLength', params: { min, max, got: text.replace(/\s+/g, '').length }, allowed: check.allowed };
      }
      return fromCheck(check, (ok) => ({ ok: true, x: ok.x, T: 2 * max + 1, shown: ok.digits }));
    }
    case 'values':
      return values(text);
  }
}

/** What may be typed for an input kind, for the hint under the field. */
export function allowedFor(kind: TryKind): readonly string[] {
  switch (kind) {
    case 'letter':
    case 'word':
      return LETTERS.tokens;
    case 'phrase': {
      const empty = validatePhraseInput('');
      return empty.ok ? [] : empty.allowed;
    }
    case 'digits':
    case 'values':
      return [];
  }
}
