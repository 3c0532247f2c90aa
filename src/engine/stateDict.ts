/**
 * State dicts as JSON: parameter name → nested arrays in the PyTorch shape, exactly what
 * `{k: v.tolist() for k, v in model.state_dict().items()}` gives, so weights move between
 * Unroll and a PyTorch script.
 *
 * Reading validates everything and returns an error *value*: these files come from people.
 */

/** Anything with named, shaped parameters: a Model, a Recurrent module, a Linear layer. */
export type ParamModule = {
  names: readonly string[];
  shapes: Readonly<Record<string, readonly number[]>>;
  params: Record<string, Float64Array>;
};

/** Nested number arrays of a parameter's PyTorch shape (a 1-D bias is a flat list). */
export type NestedNumbers = number[] | NestedNumbers[];

/** A state dict in JSON form. */
export type StateDictJSON = Record<string, NestedNumbers>;

/** Why a state dict was rejected. */
export type StateDictErrorCode =
  | 'not-an-object'
  | 'missing-parameter'
  | 'unknown-parameter'
  | 'bad-shape'
  | 'not-a-number';

/** A rejected state dict: `path` points at the offending entry, e.g. `rnn.weight_hh_l0[3][1]`. */
export type StateDictError = Readonly<{ code: StateDictErrorCode; message: string; path: string }>;

/** The result of reading a state dict: fresh arrays by name, or the first problem found. */
export type StateDictResult =
  | Readonly<{ ok: true; params: Record<string, Float64Array> }>
  | Readonly<{ ok: false; error: StateDictError }>;

function nest(data: Float64Array, shape: readonly number[], dim: number, offset: number): NestedNumbers {
  const n = shape[dim];
  if (dim === shape.length - 1) return Array.from(data.subarray(offset, offset + n));
  let stride = 1;
  for (let d = dim + 1; d < shape.length; d++) stride *= shape[d];
  const out: NestedNumbers[] = [];
  for (let i = 0; i < n; i++) out.push(nest(data, shape, dim + 1, offset + i * stride));
  return out as NestedNumbers;
}

/** Every parameter as nested arrays in its PyTorch shape, keys in `named_parameters()` order. */
export function stateDictToJSON(module: ParamModule): StateDictJSON {
  const out: StateDictJSON = {};
  for (const name of module.names) out[name] = nest(module.params[name], module.shapes[name], 0, 0);
  return out;
}

function fail(code: StateDictErrorCode, path: string, message: string): StateDictResult {
  return { ok: false, error: { code, message, path } };
}

/**
 * Reads `json` against the names and shapes of `module` without touching the module. Every
 * expected name must be present with exactly its shape and finite numbers; extra names are
 * rejected too (a GRU file loaded into an LSTM should say so, not half-load).
 */
export function stateDictFromJSON(module: ParamModule, json: unknown): StateDictResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('not-an-object', '', `state dict must be an object of name → nested arrays, got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json}`);
  }
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!module.names.includes(key)) {
      return fail('unknown-parameter', key, `unknown parameter '${key}'; expected ${module.names.join(', ')}`);
    }
  }
  const params: Record<string, Float64Array> = {};
  for (const name of module.names) {
    if (!(name in record)) return fail('missing-parameter', name, `missing parameter '${name}'`);
    const shape = module.shapes[name];
    const data = new Float64Array(shape.reduce((a, b) => a * b, 1));
    let k = 0;
    // Walks the nested arrays depth-first, checking each level's length against the shape.
    const walk = (v: unknown, dim: number, path: string): StateDictResult | null => {
      if (dim === shape.length) {
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          return fail('not-a-number', path, `${path}: expected a finite number, got ${JSON.stringify(v) ?? String(v)}`);
        }
        data[k++] = v;
        return null;
      }
      if (!Array.isArray(v) || v.length !== shape[dim]) {
        const got = Array.isArray(v) ? `length ${v.length}` : typeof v;
        return fail('bad-shape', path, `${path}: expected shape [${shape.join(', ')}] (length ${shape[dim]} at dimension ${dim}), got ${got}`);
      }
      for (let i = 0; i < v.length; i++) {
        const r = walk(v[i], dim + 1, `${path}[${i}]`);
        if (r !== null) return r;
      }
      return null;
    };
    const err = walk(record[name], 0, name);
    if (err !== null) return err;
    params[name] = data;
  }
  return { ok: true, params };
}

/** Copies validated parameters into the module's arrays (in place, so references stay valid). */
export function loadStateDict(module: ParamModule, params: Readonly<Record<string, Float64Array>>): void {
  for (const name of module.names) module.params[name].set(params[name]);
}
