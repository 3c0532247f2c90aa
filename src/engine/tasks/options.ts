/**
 * Task options: every option is a number with a documented range. Options reach a task from a
 * slider, a lesson preset or a shared URL, so they are checked in one place with messages a person
 * can act on ("nTime must be an integer from 2 to 50 (got 60)").
 *
 * Two ways in, one set of rules:
 * - `validateOptions` returns the problems as values — for the URL codec and the UI boundary;
 * - `resolveOptions` throws an `Error` with the same message — for the `makeXxx` functions, where
 *   a bad option that got this far is a programmer error.
 */

/** The allowed values of one numeric option. */
export type OptionRange = Readonly<{
  /** smallest allowed value, inclusive */
  min: number;
  /** largest allowed value, inclusive */
  max: number;
  /** whether only whole numbers are allowed (counts, lengths, class numbers) */
  integer: boolean;
  /** the slider step the UI should use; not enforced */
  step: number;
}>;

/** A task's options: option name → value. */
export type OptionValues = Readonly<Record<string, number>>;

/** One thing wrong with a set of options. */
export type OptionProblem = Readonly<{
  /** the option at fault ('' when the problem is about a combination of options) */
  option: string;
  /** English sentence naming the option and what is allowed; the UI may translate by `option` */
  message: string;
}>;

/** Everything needed to check and complete a task's options. */
export type OptionSpec<O extends OptionValues> = Readonly<{
  /** task id, used as the prefix of every message */
  task: string;
  /** the value of every option when none is given */
  defaults: O;
  /** the allowed range of every option */
  ranges: Readonly<Record<keyof O & string, OptionRange>>;
  /** checks that involve several options at once (e.g. window shorter than the series) */
  cross?: (options: O) => OptionProblem | null;
}>;

/** Result of `validateOptions`: complete options, or every problem found. */
export type OptionsCheck<O extends OptionValues> =
  | Readonly<{ ok: true; options: O }>
  | Readonly<{ ok: false; problems: readonly OptionProblem[] }>;

/** Shorthand for an integer range with step 1. */
export function intRange(min: number, max: number): OptionRange {
  return { min, max, integer: true, step: 1 };
}

/** Shorthand for a real range with the given slider step. */
export function realRange(min: number, max: number, step: number): OptionRange {
  return { min, max, integer: false, step };
}

/** "an integer from 2 to 50" / "a number from 0 to 1". */
export function describeRange(range: OptionRange): string {
  return `${range.integer ? 'an integer' : 'a number'} from ${range.min} to ${range.max}`;
}

/** The problem with one option value, or null when it is allowed. */
export function optionProblem(
  task: string,
  name: string,
  value: unknown,
  range: OptionRange,
): OptionProblem | null {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value));
  if (ok) return null;
  const got = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return { option: name, message: `${task}: ${name} must be ${describeRange(range)} (got ${got}).` };
}

/** Returns `value` when it is in `range`; throws an `Error` naming the option and the range otherwise. */
export function checkOption(task: string, name: string, value: unknown, range: OptionRange): number {
  const problem = optionProblem(task, name, value, range);
  if (problem) throw new Error(problem.message);
  return value as number;
}

/**
 * Fills in defaults and checks every option, unknown names and cross-option rules included.
 * Returns all problems rather than the first, so a form can mark every bad field at once.
 */
export function validateOptions<O extends OptionValues>(
  spec: OptionSpec<O>,
  given: Readonly<Record<string, unknown>>,
): OptionsCheck<O> {
  const names = Object.keys(spec.defaults);
  const problems: OptionProblem[] = [];
  for (const key of Object.keys(given)) {
    if (!names.includes(key) && given[key] !== undefined) {
      problems.push({
        option: key,
        message: `${spec.task}: unknown option "${key}"; allowed: ${names.join(', ')}.`,
      });
    }
  }
  const merged: Record<string, number> = {};
  for (const name of names) {
    const value = given[name] === undefined ? spec.defaults[name] : given[name];
    const problem = optionProblem(spec.task, name, value, spec.ranges[name as keyof O & string]);
    if (problem) problems.push(problem);
    else merged[name] = value as number;
  }
  if (problems.length === 0 && spec.cross) {
    const problem = spec.cross(merged as O);
    if (problem) problems.push(problem);
  }
  return problems.length === 0 ? { ok: true, options: merged as O } : { ok: false, problems };
}

/** Like `validateOptions`, but throws an `Error` carrying every message (for the `makeXxx` functions). */
export function resolveOptions<O extends OptionValues>(
  spec: OptionSpec<O>,
  given: Readonly<Partial<O>>,
): O {
  const check = validateOptions(spec, given);
  if (!check.ok) throw new Error(check.problems.map((p) => p.message).join(' '));
  return check.options;
}
