/**
 * Weights in and out as PyTorch state dicts: JSON objects of parameter name → nested arrays
 * (`rnn.weight_ih_l0`, …, `fc.weight`, `fc.bias`), what
 * `{k: v.tolist() for k, v in model.state_dict().items()}` writes. Imported files come from
 * people, so every problem is a value with a code the UI translates, and nothing is changed
 * unless the whole file matches the model.
 */
import { stateDictFromJSON, stateDictToJSON } from '../engine/stateDict.ts';
import type { StateDictErrorCode } from '../engine/stateDict.ts';
import type { Model } from '../engine/model.ts';

/**
 * Largest accepted file: 5 MB. The lecture's model (2×64 RNN, ~12.7 k numbers) is ~0.3 MB of
 * JSON; models above ~250 k parameters (e.g. a 4×256 LSTM) do not fit and are refused by size.
 */
export const MAX_STATE_DICT_BYTES = 5 * 1024 * 1024;

/** Why an import was refused. */
export type ImportProblem = Readonly<{
  code: 'too-large' | 'not-json' | StateDictErrorCode;
  /** English details: the parameter path and both shapes where relevant */
  message: string;
}>;

/** The result of reading an imported file. */
export type ImportResult =
  | Readonly<{ ok: true; params: Record<string, Float64Array> }>
  | Readonly<{ ok: false; problem: ImportProblem }>;

/** The model's parameters as PyTorch state-dict JSON text. */
export function exportStateDict(model: Model): string {
  return JSON.stringify(stateDictToJSON(model));
}

/** Reads `text` against the model's names and shapes without changing the model. */
export function readStateDict(model: Model, text: string): ImportResult {
  // A UTF-16 length over the limit is over it in UTF-8 too (digits and brackets are 1 byte).
  if (text.length > MAX_STATE_DICT_BYTES) {
    return { ok: false, problem: { code: 'too-large', message: `file is ${text.length} bytes; the limit is ${MAX_STATE_DICT_BYTES}` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { code: 'not-json', message: e instanceof Error ? e.message : String(e) } };
  }
  const r = stateDictFromJSON(model, json);
  return r.ok ? r : { ok: false, problem: { code: r.error.code, message: r.error.message } };
}
