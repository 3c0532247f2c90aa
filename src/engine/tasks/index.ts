/**
 * The tasks folder's API: every lesson data set, and `TASKS`, the registry the UI builds its task
 * picker, option sliders and URL codec from. A task is a pure function of (options, seed); the
 * same pair gives the same arrays everywhere.
 *
 * A person's own series is not in the registry — its values come from `parseSeriesCsv`, not from
 * numeric options — and is made with `makeSeriesTask(values, window, seed, options)`.
 */
import { validateOptions } from './options.ts';
import type { OptionRange, OptionSpec, OptionValues, OptionsCheck } from './options.ts';
import type { Arrangement, SeqDataset } from './types.ts';
import { ADDING_OPTIONS, makeAdding } from './adding.ts';
import { CHARGEN_OPTIONS, makeCharGen } from './chargen.ts';
import { COPY_OPTIONS, makeCopy } from './copy.ts';
import { FILLBLANK_OPTIONS, makeFillBlank } from './fillblank.ts';
import { FIRST_SYMBOL_OPTIONS, makeFirstSymbol } from './memory.ts';
import { NEXTCHAR_OPTIONS, makeNextChar } from './nextchar.ts';
import { NUMBERS_OPTIONS, makeNumbers } from './numbers.ts';
import { REVERSE_OPTIONS, makeReverse } from './reverse.ts';
import { SENTIMENT_OPTIONS, makeSentiment } from './sentiment.ts';
import { SINE_OPTIONS, makeSine } from './sine.ts';
import { WORDS_OPTIONS, makeWords } from './words.ts';

export * from './types.ts';
export * from './options.ts';
export * from './split.ts';
export * from './vocab.ts';
export * from './windowing.ts';
export * from './csv.ts';
export * from './sine.ts';
export * from './numbers.ts';
export * from './words.ts';
export * from './fillblank.ts';
export * from './memory.ts';
export * from './adding.ts';
export * from './copy.ts';
export * from './sentiment.ts';
export * from './chargen.ts';
export * from './nextchar.ts';
export * from './reverse.ts';

/** Every task in the registry; the order is the order of the task picker. */
export const TASK_IDS = [
  'sine',
  'numbers',
  'words',
  'fillblank',
  'sentiment',
  'chargen',
  'nextchar',
  'reverse',
  'first-symbol',
  'adding',
  'copy',
] as const;

/** A registry task id (also the `task` field of the data sets it makes). */
export type TaskId = (typeof TASK_IDS)[number];

/** What the UI needs to know about a task before making its data. */
export type TaskInfo = Readonly<{
  id: TaskId;
  arrangement: Arrangement;
  /** whether the model needs a regression (MSE) or a classification (cross-entropy) head */
  targetKind: 'regression' | 'classes';
  /** i18n keys: task name, what goes in, what comes out (`task.<id>.title|input|output`) */
  titleKey: string;
  inputKey: string;
  outputKey: string;
  /** the value of every option when none is given */
  defaults: OptionValues;
  /** the allowed range of every option (slider bounds and step) */
  ranges: Readonly<Record<string, OptionRange>>;
  /** checks options from a person or a URL; problems come back as values */
  validate(options: Readonly<Record<string, unknown>>): OptionsCheck<OptionValues>;
  /** makes the data set; throws an Error naming the option on invalid options */
  make(options: Readonly<Record<string, number>>, seed: number): SeqDataset;
}>;

function entry<O extends OptionValues>(
  id: TaskId,
  arrangement: Arrangement,
  targetKind: TaskInfo['targetKind'],
  spec: OptionSpec<O>,
  make: (options: Readonly<Partial<O>>, seed: number) => SeqDataset,
): TaskInfo {
  return {
    id,
    arrangement,
    targetKind,
    titleKey: `task.${id}.title`,
    inputKey: `task.${id}.input`,
    outputKey: `task.${id}.output`,
    defaults: spec.defaults,
    ranges: spec.ranges,
    validate: (options) => validateOptions(spec, options),
    // Safe: resolveOptions inside `make` rejects unknown names and out-of-range values at run time.
    make: (options, seed) => make(options as Readonly<Partial<O>>, seed),
  };
}

/** The registry: task id → description, defaults, option ranges and generator. */
export const TASKS: Readonly<Record<TaskId, TaskInfo>> = {
  sine: entry('sine', 'many-to-one', 'regression', SINE_OPTIONS, makeSine),
  numbers: entry('numbers', 'many-to-one', 'regression', NUMBERS_OPTIONS, makeNumbers),
  words: entry('words', 'many-to-one', 'classes', WORDS_OPTIONS, makeWords),
  fillblank: entry('fillblank', 'many-to-one', 'classes', FILLBLANK_OPTIONS, makeFillBlank),
  sentiment: entry('sentiment', 'many-to-one', 'classes', SENTIMENT_OPTIONS, makeSentiment),
  chargen: entry('chargen', 'one-to-many', 'classes', CHARGEN_OPTIONS, makeCharGen),
  nextchar: entry('nextchar', 'many-to-many', 'classes', NEXTCHAR_OPTIONS, makeNextChar),
  reverse: entry('reverse', 'many-to-many', 'classes', REVERSE_OPTIONS, makeReverse),
  'first-symbol': entry('first-symbol', 'many-to-one', 'classes', FIRST_SYMBOL_OPTIONS, makeFirstSymbol),
  adding: entry('adding', 'many-to-one', 'regression', ADDING_OPTIONS, makeAdding),
  copy: entry('copy', 'many-to-many', 'classes', COPY_OPTIONS, makeCopy),
};

/** Narrows a string (from a URL, say) to a registry task id. */
export function isTaskId(value: string): value is TaskId {
  return (TASK_IDS as readonly string[]).includes(value);
}
