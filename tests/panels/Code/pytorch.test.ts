import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pytorchScript, scriptFileName, WEIGHTS_FILE } from '../../../src/panels/Code/pytorch.ts';
import { SCRIPT_WORDS, TASK_SHAPES } from '../../../src/panels/Code/taskData.ts';
import { recurrentShapes } from '../../../src/panels/Shapes/shapes.ts';
import { TASK_IDS, TASKS, WORDS } from '../../../src/engine/tasks/index.ts';
import { CELL_TYPES, DEFAULT_CONFIG, SEQ_LEN_OPTION } from '../../../src/worker/config.ts';
import type { ExperimentConfig } from '../../../src/worker/config.ts';
import { pythonSyntaxProblems } from './pythonSyntax.ts';

/** The first python3 that runs; null on machines without one (the Python-free check still runs). */
function findPython(candidates: readonly string[], probe = 'pass'): string | null {
  for (const exe of candidates) {
    const r = spawnSync(exe, ['-c', probe], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return exe;
  }
  return null;
}
const PYTHON = findPython(['python3', '/usr/bin/python3']);
// Debian's python3-torch is installed for /usr/bin/python3 only (tests/fixtures/README.md).
const TORCH_PYTHON = findPython(['/usr/bin/python3', 'python3'], 'import torch');

/** Parses every script with Python's own parser; returns "index: error" for each that fails. */
function pythonParseErrors(scripts: readonly string[]): string[] {
  if (!PYTHON) return [];
  const program = [
    'import ast, json, sys',
    'for i, src in enumerate(json.load(sys.stdin)):',
    '    try:',
    '        ast.parse(src)',
    '    except SyntaxError as e:',
    '        print(f"{i}: {e}")',
  ].join('\n');
  const r = spawnSync(PYTHON, ['-c', program], { input: JSON.stringify(scripts), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return r.stdout.split('\n').filter((l) => l !== '');
}

const config = (patch: Partial<ExperimentConfig> = {}): ExperimentConfig => ({ ...DEFAULT_CONFIG, ...patch });

describe('pythonSyntaxProblems (the Python-free check)', () => {
  it('accepts well-formed Python with nested blocks, slices, dicts and f-strings', () => {
    const ok = 'def f(x, y={"a": 1}):\n    if x[:, -1]:\n        return f"{x}:"\n    return (y,\n            2)\n\n\nprint(f(1))\n';
    expect(pythonSyntaxProblems(ok)).toEqual([]);
  });

  it.each([
    ['an unclosed bracket', 'x = (1, 2\n'],
    ['a mismatched bracket', 'x = [1, 2)\n'],
    ['an unclosed string', 'x = "abc\n'],
    ['a missing indent after a colon', 'if x:\nprint(x)\n'],
    ['a 2-space indent', 'if x:\n  print(x)\n'],
    ['a tab', 'if x:\n\tprint(x)\n'],
    ['an unexpected indent', 'x = 1\n    y = 2\n'],
    ['a header without a body', 'for i in x:\n'],
  ])('rejects %s', (_what, source) => {
    expect(pythonSyntaxProblems(source)).not.toEqual([]);
  });
});

describe('pytorchScript', () => {
  const lecture = pytorchScript(DEFAULT_CONFIG);

  it('writes the lecture\'s model, data and loader for the default experiment', () => {
    expect(lecture).toContain('        self.rnn = nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True)\n');
    expect(lecture).toContain('        self.fc = nn.Linear(64, 1)\n');
    expect(lecture).toContain('        y = self.fc(y_rnn[:, -1, :])\n');
    expect(lecture).toContain('torch.linspace(-2 * math.pi, 2 * math.pi, n_points)');
    expect(lecture).toContain('torch.sin(self.sin_x) + noise * torch.randn(len(self.sin_x))');
    expect(lecture).toContain('DataCollector(n_points=100, noise=0.1), n_time=10)');
    expect(lecture).toContain('DataLoader(self.get_dataset(), batch_size=batch_size, shuffle=True)');
    expect(lecture).toContain('get_dataloader(batch_size=8)');
    expect(lecture).toContain('torch.manual_seed(1234)\n');
    expect(lecture).toContain(`optimizer = torch.optim.Adam(model.parameters(), lr=${DEFAULT_CONFIG.lr})\n`);
    expect(lecture).toContain('loss_fn = nn.MSELoss()\n');
    expect(lecture).not.toContain('clip_grad_norm_');
  });

  it('is valid Python by the Python-free check and by python3 when present', () => {
    expect(pythonSyntaxProblems(lecture)).toEqual([]);
    expect(pythonParseErrors([lecture])).toEqual([]);
  });

  const variants = CELL_TYPES.flatMap((cell) =>
    [false, true].flatMap((bidirectional) =>
      (['adam', 'sgd'] as const).flatMap((optimizer) =>
        [null, 1].map((clip) => config({ cell, bidirectional, optimizer, clip, lr: 0.05, momentum: 0.8 })),
      ),
    ),
  );

  it('parses for every cell × bidirectional × optimizer × clip combination', () => {
    const scripts = variants.map((c) => pytorchScript(c));
    expect(scripts).toHaveLength(32);
    scripts.forEach((s, i) => expect(pythonSyntaxProblems(s), `variant ${i}`).toEqual([]));
    expect(pythonParseErrors(scripts)).toEqual([]);
  });

  it.each(variants.map((c) => [`${c.cell} bi=${c.bidirectional} ${c.optimizer} clip=${c.clip}`, c] as const))(
    'writes the module, head, optimiser and clipping the config asks for (%s)',
    (_name, c) => {
      const s = pytorchScript(c);
      const mod = { rnn_tanh: 'RNN', rnn_relu: 'RNN', lstm: 'LSTM', gru: 'GRU' }[c.cell];
      const relu = c.cell === 'rnn_relu' ? ", nonlinearity='relu'" : '';
      const bi = c.bidirectional ? ', bidirectional=True' : '';
      expect(s).toContain(`nn.${mod}(input_size=1, hidden_size=64, num_layers=2${relu}, batch_first=True${bi})`);
      expect(s).toContain(c.bidirectional ? 'nn.Linear(2 * 64, 1)' : 'nn.Linear(64, 1)');
      expect(s).toContain(
        c.optimizer === 'sgd' ? 'torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.8)' : 'torch.optim.Adam(model.parameters(), lr=0.05)',
      );
      expect(s.includes('nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)')).toBe(c.clip !== null);
    },
  );

  it('parses for every task, with and without weights, truncation, held-out data and rescaling', () => {
    const scripts = TASK_IDS.flatMap((task) => [
      pytorchScript(config({ task })),
      pytorchScript(config({ task, cell: 'lstm', truncation: 3, recurrentScale: 0.9, taskOptions: { heldOut: 0.25 } }), { loadWeights: true }),
      pytorchScript(config({ task, cell: 'gru', bidirectional: true, truncation: 2, taskOptions: { heldOut: 0 } }), {
        loadWeights: true, sizes: { inputSize: 12, classes: 5, seqLen: 7 },
      }),
    ]);
    scripts.forEach((s, i) => expect(pythonSyntaxProblems(s), `script ${i}`).toEqual([]));
    expect(pythonParseErrors(scripts)).toEqual([]);
  });

  it('stays valid and says so when the config holds values PyTorch cannot take', () => {
    const bad = config({ task: '"; import os; os.remove("x")', hidden: 0, lr: Number.NaN, layers: 2.5, seed: -1, clip: Infinity });
    const s = pytorchScript(bad, { epochs: Number.NaN });
    expect(pythonSyntaxProblems(s)).toEqual([]);
    expect(pythonParseErrors([s])).toEqual([]);
    expect(s).not.toContain('import os');
    expect(s).toContain('hidden_size=64');
    expect(s.match(/^# note: /gm)).toHaveLength(6);
    expect(scriptFileName(bad)).toBe('unroll_custom_rnn.py');
  });

  it('uses the engine\'s task defaults, with seqLen as the length, when task options are left out', () => {
    for (const task of TASK_IDS) {
      const seqOption = SEQ_LEN_OPTION[task];
      const resolved = { ...TASKS[task].defaults, ...(seqOption ? { [seqOption]: 7 } : {}) };
      expect(pytorchScript(config({ task, seqLen: 7, taskOptions: {} })), task).toBe(
        pytorchScript(config({ task, seqLen: 7, taskOptions: resolved })),
      );
    }
    expect(pytorchScript(config({ seqLen: 7 }))).toContain('n_time=7)');
    expect(pytorchScript(config({ seqLen: 7, taskOptions: { nTime: 12 } }))).toContain('n_time=12)');
  });

  it('reads outputs and scores them the way each engine task does', () => {
    for (const task of TASK_IDS) {
      const info = TASKS[task];
      expect([TASK_SHAPES[task].readout, TASK_SHAPES[task].target], task).toEqual([
        info.arrangement === 'many-to-one' ? 'last' : 'every',
        info.targetKind === 'classes' ? 'classes' : 'regression',
      ]);
    }
    expect(SCRIPT_WORDS).toEqual(WORDS);
  });

  it.skipIf(!TORCH_PYTHON)('runs under PyTorch and loads an Unroll state dict with PyTorch names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unroll-script-'));
    const c = config({ cell: 'lstm', bidirectional: true, optimizer: 'sgd', clip: 0.5, truncation: 3, recurrentScale: 0.9, taskOptions: { heldOut: 0.2 } });
    const shapes = recurrentShapes(
      { kind: 'LSTM', inputSize: 1, hiddenSize: 64, numLayers: 2, nonlinearity: 'tanh', bias: true, batchFirst: true, dropout: 0, bidirectional: true },
      { batch: 8, seq: 10 },
    );
    if (!shapes.ok) throw new Error('shapes');
    const zeros = (shape: readonly number[]): unknown =>
      shape.length === 1 ? new Array<number>(shape[0] ?? 0).fill(0) : Array.from({ length: shape[0] ?? 0 }, () => zeros(shape.slice(1)));
    const state: Record<string, unknown> = Object.fromEntries(shapes.shapes.params.map((p) => [`rnn.${p.name}`, zeros(p.shape)]));
    state['fc.weight'] = zeros([1, 128]);
    state['fc.bias'] = [0];
    writeFileSync(join(dir, WEIGHTS_FILE), JSON.stringify(state));

    const runs: [string, string][] = [
      ['run_default.py', pytorchScript(DEFAULT_CONFIG, { epochs: 1 })],
      ['run_lstm.py', pytorchScript(c, { epochs: 1, loadWeights: true })],
      ['run_words.py', pytorchScript(config({ task: 'words', cell: 'gru' }), { epochs: 1 })],
      ['run_copy.py', pytorchScript(config({ task: 'copy', taskOptions: { heldOut: 0.2 } }), { epochs: 1 })],
    ];
    for (const [file, script] of runs) {
      writeFileSync(join(dir, file), script);
      const r = spawnSync(TORCH_PYTHON ?? '', [file], { cwd: dir, encoding: 'utf8', timeout: 90_000 });
      expect(r.stderr, file).not.toMatch(/Error/);
      expect(r.status, file).toBe(0);
      expect(r.stdout, file).toMatch(/epoch 1: loss \d/);
      if (file === 'run_lstm.py') expect(r.stdout).toContain(`loaded ${shapes.shapes.params.length + 2} tensors from ${WEIGHTS_FILE}`);
    }
  }, 240_000);
});
