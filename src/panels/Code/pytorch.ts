/**
 * "Show PyTorch code": a complete, runnable Python script for an experiment — data, the model
 * (the lecture's `Net`: a recurrent module plus `nn.Linear` on the last step), optimiser, seed,
 * training loop and, optionally, loading weights exported from Unroll.
 *
 * For the default experiment the model lines are exactly lecture 000's:
 * `nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True)` + `nn.Linear(64, 1)`.
 *
 * Nothing from the config reaches the script as raw text: numbers go through python.ts, names
 * come from fixed lists, and an out-of-range field is replaced by the lecture's value with a
 * `# note:` line saying so — the script always parses.
 */
import type { TaskId } from '../../engine/tasks/index.ts';
import type { CellType, ExperimentConfig, RangedField } from '../../worker/config.ts';
import { CELL_TYPES, CONFIG_RANGES, DEFAULT_CONFIG, SEQ_LEN_OPTION } from '../../worker/config.ts';
import { indent, pyFloat, pyInt } from './python.ts';
import { dataBlock, TASK_SHAPES, UNKNOWN_TASK_SHAPE } from './taskData.ts';
import type { DataSizes, TaskShape } from './taskData.ts';

/** Choices the person makes in the Code panel, and facts the run knows. */
export type ScriptOptions = Readonly<{
  /** add the block that loads weights exported from Unroll (default false) */
  loadWeights?: boolean;
  /** passes over the training data (Unroll counts steps; a script counts epochs) */
  epochs?: number;
  /** real input/class sizes for tasks the script only stands in for, when the run knows them */
  sizes?: DataSizes | null;
}>;

/** The file the weights block reads (what the Training panel's export saves). */
export const WEIGHTS_FILE = 'unroll-weights.json';

const MODULE: Readonly<Record<CellType, string>> = { rnn_tanh: 'RNN', rnn_relu: 'RNN', lstm: 'LSTM', gru: 'GRU' };
const isTask = (id: string): id is TaskId => Object.hasOwn(TASK_SHAPES, id);

/** The config with every field PyTorch will see made valid, and a note per replaced field. */
function sanitize(config: ExperimentConfig): { c: ExperimentConfig; notes: string[] } {
  const notes: string[] = [];
  const c: Record<string, unknown> = { ...config };
  for (const field of Object.keys(CONFIG_RANGES) as RangedField[]) {
    const v = config[field];
    const { min, max, integer } = CONFIG_RANGES[field];
    const nullable = DEFAULT_CONFIG[field] === null;
    if (v === null && nullable) continue;
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
    if (!ok) {
      c[field] = DEFAULT_CONFIG[field];
      notes.push(`# note: ${field} is out of range in this experiment; the script uses ${String(DEFAULT_CONFIG[field])}.`);
    }
  }
  if (!CELL_TYPES.includes(config.cell)) c.cell = DEFAULT_CONFIG.cell;
  if (config.optimizer !== 'adam' && config.optimizer !== 'sgd') c.optimizer = DEFAULT_CONFIG.optimizer;
  if (typeof config.bidirectional !== 'boolean') c.bidirectional = DEFAULT_CONFIG.bidirectional;
  return { c: c as ExperimentConfig, notes };
}

/** A file name for the download: unroll_<task>_<cell>.py, from fixed names only. */
export function scriptFileName(config: ExperimentConfig): string {
  const task = isTask(config.task) ? config.task.replace('-', '_') : 'custom';
  const cell = CELL_TYPES.includes(config.cell) ? config.cell.replace('rnn_tanh', 'rnn') : 'rnn';
  return `unroll_${task}_${cell}.py`;
}

/** `nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True)` and friends. */
function moduleLine(c: ExperimentConfig, inputSize: string): string {
  const args = [`input_size=${inputSize}`, `hidden_size=${pyInt(c.hidden)}`, `num_layers=${pyInt(c.layers)}`];
  if (c.cell === 'rnn_relu') args.push("nonlinearity='relu'");
  args.push('batch_first=True');
  if (c.bidirectional) args.push('bidirectional=True');
  return `nn.${MODULE[c.cell]}(${args.join(', ')})`;
}

function modelLines(c: ExperimentConfig, shape: TaskShape, inputSize: string, outputSize: string): string[] {
  const features = c.bidirectional ? `2 * ${pyInt(c.hidden)}` : pyInt(c.hidden);
  // Unroll's truncated BPTT detaches the state every k steps. A reverse direction walks the
  // sequence backwards, so time chunks cannot express it; the script then uses full BPTT.
  const chunked = c.truncation !== null && !c.bidirectional;
  const run = chunked
    ? [
        `# Truncated BPTT as in Unroll: gradients flow back through at most ${pyInt(c.truncation ?? 1)} steps.`,
        'h, chunks = None, []',
        `for x_chunk in x.split(${pyInt(c.truncation ?? 1)}, dim=1):`,
        '    if h is not None:',
        '        h = tuple(s.detach() for s in h) if isinstance(h, tuple) else h.detach()',
        '    y_chunk, h = self.rnn(x_chunk, h)',
        '    chunks.append(y_chunk)',
        'y_rnn = torch.cat(chunks, dim=1)',
      ]
    : ['y_rnn, h = self.rnn(x, None)'];
  const read = shape.readout === 'last' ? 'y = self.fc(y_rnn[:, -1, :])' : 'y = self.fc(y_rnn)  # one prediction per step';
  return [
    'class Net(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    `        self.rnn = ${moduleLine(c, inputSize)}`,
    `        self.fc = nn.Linear(${features}, ${outputSize})`,
    '',
    '    def forward(self, x):',
    ...indent(run, 2),
    `        ${read}`,
    '        return y',
    '',
    '',
    'model = Net()',
    ...(c.truncation !== null && c.bidirectional
      ? ['# note: Unroll truncates backpropagation here; PyTorch trains this bidirectional model with full BPTT.']
      : []),
  ];
}

function recurrentScaleLines(scale: number, hidden: number): string[] {
  return [
    '',
    `# Unroll rescales each recurrent matrix (one H×H block per gate) to spectral norm ${pyFloat(scale)} at init.`,
    'with torch.no_grad():',
    '    for name, w in model.rnn.named_parameters():',
    '        if name.startswith("weight_hh"):',
    `            for block in w.split(${pyInt(hidden)}):`,
    `                block.mul_(${pyFloat(scale)} / torch.linalg.matrix_norm(block, ord=2))`,
  ];
}

function weightsLines(): string[] {
  return [
    '',
    '# Start from weights exported from Unroll (Training panel): a state dict as JSON, PyTorch names',
    `# ("rnn.weight_ih_l0", ..., "fc.bias") -> nested lists. Save it as ${WEIGHTS_FILE} next to this script.`,
    `if os.path.exists("${WEIGHTS_FILE}"):`,
    `    with open("${WEIGHTS_FILE}", encoding="utf-8") as f:`,
    '        state = json.load(f)',
    '    model.load_state_dict({k: torch.tensor(v) for k, v in state.items()})',
    `    print(f"loaded {len(state)} tensors from ${WEIGHTS_FILE}")`,
  ];
}

/** The task options the worker uses: seqLen fills the task's length option, explicit options win. */
function taskOptionsOf(c: ExperimentConfig): Record<string, number> {
  const seqOption = Object.hasOwn(SEQ_LEN_OPTION, c.task) ? SEQ_LEN_OPTION[c.task] : undefined;
  return { ...(seqOption !== undefined ? { [seqOption]: c.seqLen } : {}), ...c.taskOptions };
}

function trainingLines(c: ExperimentConfig, shape: TaskShape, epochs: number, validate: boolean): string[] {
  const optimizer =
    c.optimizer === 'sgd'
      ? `torch.optim.SGD(model.parameters(), lr=${pyFloat(c.lr)}, momentum=${pyFloat(c.momentum)})`
      : `torch.optim.Adam(model.parameters(), lr=${pyFloat(c.lr)})`;
  const loss =
    shape.target === 'regression'
      ? 'nn.MSELoss()'
      : shape.readout === 'every'
        ? 'nn.CrossEntropyLoss(ignore_index=-1)  # -1 marks steps without a target'
        : 'nn.CrossEntropyLoss()';
  const score = shape.readout === 'every' && shape.target === 'classes'
    ? 'loss_fn(y.reshape(-1, y.size(-1)), t.reshape(-1))'
    : 'loss_fn(y, t)';
  return [
    `optimizer = ${optimizer}`,
    `loss_fn = ${loss}`,
    '',
    '',
    'def compute_loss(x, t):',
    '    y = model(x)',
    `    return ${score}`,
    '',
    '',
    `EPOCHS = ${pyInt(epochs)}`,
    'for epoch in range(1, EPOCHS + 1):',
    '    model.train()',
    '    total = 0.0',
    '    for x, t in train_loader:',
    '        loss = compute_loss(x, t)',
    '        optimizer.zero_grad()',
    '        loss.backward()',
    ...(c.clip !== null ? [`        nn.utils.clip_grad_norm_(model.parameters(), max_norm=${pyFloat(c.clip)})`] : []),
    '        optimizer.step()',
    '        total += loss.item()',
    '    if epoch % 10 == 0 or epoch == EPOCHS:',
    ...(validate
      ? [
          '        model.eval()',
          '        with torch.no_grad():',
          '            val = sum(compute_loss(x, t).item() for x, t in val_loader) / len(val_loader)',
          '        print(f"epoch {epoch}: loss {total / len(train_loader):.5f}, validation loss {val:.5f}")',
        ]
      : ['        print(f"epoch {epoch}: loss {total / len(train_loader):.5f}")']),
  ];
}

/** The whole script for `config`; always syntactically valid Python 3. */
export function pytorchScript(config: ExperimentConfig, options: ScriptOptions = {}): string {
  const { c, notes } = sanitize(config);
  const task = isTask(c.task) ? c.task : null;
  if (!task) notes.push('# note: this task is not one the script knows; the data below is a stand-in.');
  const shape = task ? TASK_SHAPES[task] : UNKNOWN_TASK_SHAPE;
  const taskOptions = taskOptionsOf(c);
  const data = dataBlock(task, { options: taskOptions, seqLen: c.seqLen, batch: c.batch, sizes: options.sizes ?? null });
  const held = taskOptions.heldOut ?? shape.heldOut;
  const heldOut = Number.isFinite(held) && held > 0 && held < 1 ? held : 0;
  const epochs = options.epochs !== undefined && Number.isSafeInteger(options.epochs) && options.epochs > 0 ? options.epochs : 100;
  const batch = pyInt(c.batch);
  const split =
    heldOut === 0
      ? data.lectureLoader ?? [...data.datasetLines, `train_loader = DataLoader(dataset, batch_size=${batch}, shuffle=True)`]
      : [
          ...data.datasetLines,
          `n_val = int(len(dataset) * ${pyFloat(heldOut)})  # held out for validation`,
          ...(shape.split === 'tail'
            ? [
                'train_set = Subset(dataset, range(len(dataset) - n_val))  # the end of the curve is held out',
                'val_set = Subset(dataset, range(len(dataset) - n_val, len(dataset)))',
              ]
            : ['train_set, val_set = random_split(dataset, [len(dataset) - n_val, n_val])']),
          `train_loader = DataLoader(train_set, batch_size=${batch}, shuffle=True)`,
          `val_loader = DataLoader(val_set, batch_size=${batch})`,
        ];
  const loadWeights = options.loadWeights === true;
  const stdlib = [...data.imports, ...(loadWeights ? ['json', 'os'] : [])].sort();
  const dataImports = ['DataLoader', 'TensorDataset', ...(heldOut > 0 ? [shape.split === 'tail' ? 'Subset' : 'random_split'] : [])];
  const lines = [
    '# Unroll: the current experiment as a PyTorch script.',
    `# Task ${task ?? 'custom'}; nn.${MODULE[c.cell]}, ${pyInt(c.layers)} ${c.layers === 1 ? 'layer' : 'layers'}, hidden ${pyInt(c.hidden)}; ${c.optimizer === 'sgd' ? 'SGD' : 'Adam'}, lr ${pyFloat(c.lr)}.`,
    '# Run it with Python 3 and PyTorch (pip install torch). PyTorch draws other random numbers than',
    '# Unroll, so losses will be close to the app\'s, not identical; load exported weights to start alike.',
    ...notes,
    ...stdlib.map((m) => `import ${m}`),
    ...(stdlib.length > 0 ? [''] : []),
    'import torch',
    'import torch.nn as nn',
    `from torch.utils.data import ${dataImports.join(', ')}`,
    '',
    `torch.manual_seed(${pyInt(c.seed)})`,
    '',
    '',
    ...data.lines,
    // PEP 8: two blank lines after a class body, one after plain statements.
    ...(/^\s/.test(data.lines[data.lines.length - 1] ?? '') ? ['', ''] : ['']),
    ...split,
    '',
    '',
    ...modelLines(c, shape, data.inputSize, data.outputSize),
    ...(c.recurrentScale !== null ? recurrentScaleLines(c.recurrentScale, c.hidden) : []),
    ...(loadWeights ? weightsLines() : []),
    '',
    ...trainingLines(c, shape, epochs, heldOut > 0),
  ];
  return `${lines.join('\n')}\n`;
}
