/**
 * The data part of the generated PyTorch script, per task. The lecture tasks (noisy sine,
 * number sequences, the adding problem, word completion, fill in the blank) are written out so
 * the script builds the same kind of data Unroll does; the others get a clearly marked stand-in of
 * random one-hot sequences with the right shapes, so the script still runs as is.
 *
 * Every block ends with a `dataset` (a TensorDataset of inputs and targets) and says how big the
 * model's input and output are. Word lists mirror src/engine/tasks; tests/panels/Code/pytorch.test.ts checks
 * them against the engine so the two cannot drift apart silently.
 */
import type { TaskId } from '../../engine/tasks/index.ts';
import { pyFloat, pyInt } from './python.ts';

/** How the task reads the model's outputs and scores them. */
export type TaskShape = Readonly<{
  /** 'last': one prediction after the sequence (Linear on the last step); 'every': one per step */
  readout: 'last' | 'every';
  /** MSELoss on real targets, or CrossEntropyLoss on class indices */
  target: 'regression' | 'classes';
  /** how held-out samples are chosen: the end of the curve ('tail') or at random */
  split: 'tail' | 'random';
  /** the fraction held out when the experiment's options do not say (the task's default) */
  heldOut: number;
}>;

/** Sizes of a stand-in data set; the panel passes the real ones when the run knows them. */
export type DataSizes = Readonly<{ inputSize: number; classes: number; seqLen: number }>;

/** Options a data block reads, already validated (see pytorch.ts). */
export type DataContext = Readonly<{
  /** the task's options as the worker resolves them (seqLen already filled in) */
  options: Readonly<Record<string, number>>;
  /** the experiment's seqLen, the length of stand-in sequences */
  seqLen: number;
  batch: number;
  sizes: DataSizes | null;
}>;

/** What a task contributes to the script. */
export type DataBlock = Readonly<{
  /** extra standard-library imports */
  imports: readonly string[];
  /** top-level Python that prepares the data (and defines any name used in the sizes below) */
  lines: readonly string[];
  /** Python that defines `dataset`, a TensorDataset of (input, target) pairs */
  datasetLines: readonly string[];
  /** Python expressions for the model's input_size and the head's output features */
  inputSize: string;
  outputSize: string;
  /** Python for the train loader when nothing is held out (the lecture's own call), if special */
  lectureLoader?: readonly string[];
}>;

/** Readout, loss and split of every task Unroll knows. */
export const TASK_SHAPES: Readonly<Record<TaskId, TaskShape>> = {
  sine: { readout: 'last', target: 'regression', split: 'tail', heldOut: 0 },
  numbers: { readout: 'last', target: 'regression', split: 'random', heldOut: 0.2 },
  words: { readout: 'last', target: 'classes', split: 'random', heldOut: 0 },
  fillblank: { readout: 'last', target: 'classes', split: 'random', heldOut: 0.2 },
  sentiment: { readout: 'last', target: 'classes', split: 'random', heldOut: 0.2 },
  chargen: { readout: 'every', target: 'classes', split: 'random', heldOut: 0 },
  nextchar: { readout: 'every', target: 'classes', split: 'random', heldOut: 0 },
  reverse: { readout: 'every', target: 'classes', split: 'random', heldOut: 0.2 },
  'first-symbol': { readout: 'last', target: 'classes', split: 'random', heldOut: 0.2 },
  adding: { readout: 'last', target: 'regression', split: 'random', heldOut: 0.2 },
  copy: { readout: 'every', target: 'classes', split: 'random', heldOut: 0.2 },
};

/** The word-completion list (lecture 001's ten first, then Unroll's twelve). */
export const SCRIPT_WORDS: readonly string[] = [
  'word', 'wood', 'deep', 'dive', 'cold', 'cool', 'load', 'love', 'kiss', 'kind',
  'bird', 'blue', 'book', 'cake', 'fish', 'game', 'home', 'jump', 'moon', 'rain', 'star', 'tree',
];

/**
 * An option's value, or the task's default when it is missing or not a number of the right
 * kind. The worker rejects such options anyway; the script must still be valid Python.
 */
function int(c: DataContext, name: string, fallback: number): number {
  const v = c.options[name];
  return v !== undefined && Number.isSafeInteger(v) && v >= 0 ? v : fallback;
}
function real(c: DataContext, name: string, fallback: number): number {
  const v = c.options[name];
  return v !== undefined && Number.isFinite(v) ? v : fallback;
}

function sine(c: DataContext): DataBlock {
  const nTime = pyInt(Math.max(1, int(c, 'nTime', 10)));
  const loader = `myDataLoader(DataCollector(n_points=${pyInt(int(c, 'points', 100))}, noise=${pyFloat(real(c, 'noise', 0.1))}), n_time=${nTime})`;
  return {
    imports: ['math'],
    lines: [
      '# The lecture\'s data: a noisy sine on [-2π, 2π]; each window of n_time values predicts the next.',
      'class DataCollector:',
      '    def __init__(self, n_points=100, noise=0.1):',
      '        self.sin_x = torch.linspace(-2 * math.pi, 2 * math.pi, n_points)',
      '        self.sin_y = torch.sin(self.sin_x) + noise * torch.randn(len(self.sin_x))',
      '',
      '',
      'class myDataLoader:',
      '    def __init__(self, data_collector, n_time=10):',
      '        self.n_time = n_time',
      '        self.sin_x = data_collector.sin_x',
      '        self.sin_y = data_collector.sin_y',
      '        self.n_sample = len(self.sin_x) - n_time',
      '',
      '    def get_dataset(self):',
      '        self.input_data = torch.zeros((self.n_sample, self.n_time, 1))',
      '        self.correct_data = torch.zeros((self.n_sample, 1))',
      '        for i in range(self.n_sample):',
      '            self.input_data[i] = self.sin_y[i:i + self.n_time].view(-1, 1)  # (time steps, inputs)',
      '            self.correct_data[i] = self.sin_y[i + self.n_time:i + self.n_time + 1]',
      '        return TensorDataset(self.input_data, self.correct_data)',
      '',
      `    def get_dataloader(self, batch_size=${pyInt(c.batch)}):`,
      '        return DataLoader(self.get_dataset(), batch_size=batch_size, shuffle=True)',
    ],
    datasetLines: [`dataset = ${loader}.get_dataset()`],
    inputSize: '1',
    outputSize: '1',
    lectureLoader: [`train_loader = ${loader}.get_dataloader(batch_size=${pyInt(c.batch)})`],
  };
}

function numbers(c: DataContext): DataBlock {
  return {
    imports: [],
    lines: [
      '# Arithmetic sequences a, a+d, a+2d, ... : read LENGTH terms, predict the next one.',
      `COUNT, LENGTH, MAX_STEP = ${pyInt(int(c, 'count', 200))}, ${pyInt(int(c, 'length', 3))}, ${pyFloat(real(c, 'maxStep', 0.2))}`,
      'start = torch.rand(COUNT, 1)',
      'step = MAX_STEP / 4 + (MAX_STEP - MAX_STEP / 4) * torch.rand(COUNT, 1)',
      ...(int(c, 'decreasing', 0) === 1 ? ['step = torch.where(torch.rand(COUNT, 1) < 0.5, -step, step)  # half count down'] : []),
      'terms = start + step * torch.arange(LENGTH + 1)',
      'X = terms[:, :LENGTH].unsqueeze(-1)  # (COUNT, LENGTH, 1)',
      'Y = terms[:, LENGTH:]  # (COUNT, 1)',
    ],
    datasetLines: ['dataset = TensorDataset(X, Y)'],
    inputSize: '1',
    outputSize: '1',
  };
}

function adding(c: DataContext): DataBlock {
  return {
    imports: [],
    lines: [
      '# The adding problem (Hochreiter & Schmidhuber 1997): channel 0 holds random values, channel 1',
      '# marks two steps, one in each half; the target is the sum of the two marked values.',
      `COUNT, LENGTH = ${pyInt(int(c, 'count', 512))}, ${pyInt(int(c, 'length', 30))}`,
      'values = torch.rand(COUNT, LENGTH)',
      'first = torch.randint(0, LENGTH // 2, (COUNT,))',
      'second = torch.randint(LENGTH // 2, LENGTH, (COUNT,))',
      'markers = torch.zeros(COUNT, LENGTH)',
      'markers[torch.arange(COUNT), first] = 1.0',
      'markers[torch.arange(COUNT), second] = 1.0',
      'X = torch.stack([values, markers], dim=-1)  # (COUNT, LENGTH, 2)',
      'Y = (values * markers).sum(dim=1, keepdim=True)  # (COUNT, 1)',
    ],
    datasetLines: ['dataset = TensorDataset(X, Y)'],
    inputSize: '2',
    outputSize: '1',
  };
}

function words(c: DataContext): DataBlock {
  const list = SCRIPT_WORDS.map((w) => `"${w}"`);
  return {
    imports: [],
    lines: [
      '# Lecture 001\'s word completion: read 3 letters as one-hot rows, predict the 4th ("lov" -> "e").',
      'WORDS = [',
      ...[0, 8, 16].map((i) => `    ${list.slice(i, i + 8).join(', ')},`),
      ']',
      'LETTERS = sorted(set("".join(WORDS)))  # one-hot channels and classes',
      `used = WORDS[:${pyInt(int(c, 'count', SCRIPT_WORDS.length))}]`,
      'ids = torch.tensor([[LETTERS.index(ch) for ch in w] for w in used])',
      'X = nn.functional.one_hot(ids[:, :3], len(LETTERS)).float()  # (words, 3, letters)',
      'Y = ids[:, 3]  # class index of the 4th letter',
      'INPUT_SIZE, OUTPUT_SIZE = len(LETTERS), len(LETTERS)',
    ],
    datasetLines: ['dataset = TensorDataset(X, Y)'],
    inputSize: 'INPUT_SIZE',
    outputSize: 'OUTPUT_SIZE',
  };
}

function fillblank(c: DataContext): DataBlock {
  return {
    imports: [],
    lines: [
      '# Fill in the blank: "I ___ a boy" -> am. Sentences are left-padded to 6 one-hot words.',
      'SUBJECTS, NOUNS, ADJECTIVES = ["I", "you", "he", "she"], ["boy", "girl", "student", "teacher"], ["happy", "tired"]',
      'BE = {"I": "am", "you": "are", "he": "is", "she": "is"}',
      'ANSWERS = ["am", "are", "is"]',
      'VOCAB = ["<pad>", "___"] + SUBJECTS + ANSWERS + ["a", "said"] + NOUNS + ADJECTIVES',
      'sentences = [([s, "___", "a", n], BE[s]) for s in SUBJECTS for n in NOUNS]',
      ...(int(c, 'simple', 0) === 1
        ? []
        : [
            'sentences += [([s, "___", adj], BE[s]) for s in SUBJECTS for adj in ADJECTIVES]',
            'sentences += [([s1, "said", s2, "___", "a", n], BE[s2])',
            '              for s1 in SUBJECTS for s2 in SUBJECTS if s1 != s2 for n in NOUNS[:2]]',
          ]),
      'ids = torch.tensor([[VOCAB.index(w) for w in ["<pad>"] * (6 - len(ws)) + ws] for ws, _ in sentences])',
      'X = nn.functional.one_hot(ids, len(VOCAB)).float()  # (sentences, 6, vocabulary)',
      'Y = torch.tensor([ANSWERS.index(a) for _, a in sentences])',
      'INPUT_SIZE, OUTPUT_SIZE = len(VOCAB), len(ANSWERS)',
    ],
    datasetLines: ['dataset = TensorDataset(X, Y)'],
    inputSize: 'INPUT_SIZE',
    outputSize: 'OUTPUT_SIZE',
  };
}

/** Random one-hot sequences of the task's shape, for tasks the script does not rebuild. */
function standIn(c: DataContext, shape: TaskShape): DataBlock {
  const s = c.sizes ?? { inputSize: 10, classes: 10, seqLen: c.seqLen };
  const perStep = shape.readout === 'every';
  return {
    imports: [],
    lines: [
      '# Stand-in data: Unroll builds this task\'s data in the browser. Random one-hot sequences of',
      '# the same shape keep the script runnable; replace X (samples, SEQ_LEN, VOCAB) and Y',
      `# (${perStep ? 'samples, SEQ_LEN' : 'samples,'}) class indices with your own data.`,
      `VOCAB, CLASSES, SEQ_LEN, SAMPLES = ${pyInt(s.inputSize)}, ${pyInt(s.classes)}, ${pyInt(s.seqLen)}, 256`,
      'X = nn.functional.one_hot(torch.randint(0, VOCAB, (SAMPLES, SEQ_LEN)), VOCAB).float()',
      `Y = torch.randint(0, CLASSES, ${perStep ? '(SAMPLES, SEQ_LEN)' : '(SAMPLES,)'})`,
      'INPUT_SIZE, OUTPUT_SIZE = VOCAB, CLASSES',
    ],
    datasetLines: ['dataset = TensorDataset(X, Y)'],
    inputSize: 'INPUT_SIZE',
    outputSize: 'OUTPUT_SIZE',
  };
}

/** How a task the script does not know is treated: many-to-one classification. */
export const UNKNOWN_TASK_SHAPE: TaskShape = { readout: 'last', target: 'classes', split: 'random', heldOut: 0 };

/** The data block of a task; null (an unknown task) gets a stand-in. */
export function dataBlock(task: TaskId | null, c: DataContext): DataBlock {
  if (task === null) return standIn(c, UNKNOWN_TASK_SHAPE);
  switch (task) {
    case 'sine':
      return sine(c);
    case 'numbers':
      return numbers(c);
    case 'adding':
      return adding(c);
    case 'words':
      return words(c);
    case 'fillblank':
      return fillblank(c);
    default:
      return standIn(c, TASK_SHAPES[task]);
  }
}
