/**
 * Lesson 6 — PyTorch's nn.RNN: its eight arguments, the two outputs (output and h_n) and their
 * shapes, stacked and bidirectional layers, the lecture's worked example ([4, 6, 512] and
 * [6, 4, 256]) and counting parameters. The Shapes panel is a sandbox of its own, so the run
 * behind it stays the lecture's sine model throughout.
 */
import type { Lesson } from '../types.ts';

/** PyTorch's nn.RNN arguments and shapes, stacked and bidirectional. */
export const pytorch: Lesson = {
  id: 'pytorch',
  titleKey: 'lessons.pytorch.title',
  summaryKey: 'lessons.pytorch.summary',
  preset: {},
  steps: [
    {
      id: 'arguments',
      titleKey: 'lessons.pytorch.arguments.title',
      bodyKey: 'lessons.pytorch.arguments.body',
      notesKey: 'lessons.pytorch.arguments.notes',
      panels: ['shapes'],
      layout: 'single',
      highlight: 'tensor-shape',
    },
    {
      id: 'outputs',
      titleKey: 'lessons.pytorch.outputs.title',
      bodyKey: 'lessons.pytorch.outputs.body',
      notesKey: 'lessons.pytorch.outputs.notes',
      equation: String.raw`\text{output}: [\,B,\; T,\; D \cdot H\,] \qquad h_n: [\,D \cdot L,\; B,\; H\,]`,
      panels: ['shapes', 'code'],
      layout: 'split',
      highlight: 'tensor-shape',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.pytorch.outputs.check.prompt',
        choices: [
          { id: 'hn', labelKey: 'lessons.pytorch.outputs.check.hn.label', feedbackKey: 'lessons.pytorch.outputs.check.hn.feedback', correct: true },
          { id: 'output', labelKey: 'lessons.pytorch.outputs.check.output.label', feedbackKey: 'lessons.pytorch.outputs.check.output.feedback', correct: false },
          { id: 'both', labelKey: 'lessons.pytorch.outputs.check.both.label', feedbackKey: 'lessons.pytorch.outputs.check.both.feedback', correct: false },
        ],
      },
    },
    {
      id: 'stacked',
      titleKey: 'lessons.pytorch.stacked.title',
      bodyKey: 'lessons.pytorch.stacked.body',
      notesKey: 'lessons.pytorch.stacked.notes',
      equation: String.raw`h^{(2)}_t = \tanh\left(W^{(2)}_{ih}\, h^{(1)}_t + W^{(2)}_{hh}\, h^{(2)}_{t-1} + b^{(2)}\right)`,
      panels: ['shapes'],
      layout: 'single',
      highlight: 'hidden-state',
    },
    {
      id: 'bidirectional',
      titleKey: 'lessons.pytorch.bidirectional.title',
      bodyKey: 'lessons.pytorch.bidirectional.body',
      notesKey: 'lessons.pytorch.bidirectional.notes',
      equation: String.raw`o_t = \big[\,\overrightarrow{h}_t \,;\, \overleftarrow{h}_t\,\big] \in \mathbb{R}^{2H}`,
      panels: ['shapes'],
      layout: 'single',
      highlight: 'tensor-shape',
    },
    {
      id: 'worked',
      titleKey: 'lessons.pytorch.worked.title',
      bodyKey: 'lessons.pytorch.worked.body',
      notesKey: 'lessons.pytorch.worked.notes',
      equation: String.raw`\text{output}: [4,\, 6,\, 2 \times 256 = 512] \qquad h_n: [3 \times 2 = 6,\, 4,\, 256]`,
      panels: ['shapes'],
      layout: 'single',
      highlight: 'tensor-shape',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.pytorch.worked.check.prompt',
        choices: [
          { id: 'three', labelKey: 'lessons.pytorch.worked.check.three.label', feedbackKey: 'lessons.pytorch.worked.check.three.feedback', correct: true },
          { id: 'six', labelKey: 'lessons.pytorch.worked.check.six.label', feedbackKey: 'lessons.pytorch.worked.check.six.feedback', correct: false },
          { id: 'batchfirst', labelKey: 'lessons.pytorch.worked.check.batchfirst.label', feedbackKey: 'lessons.pytorch.worked.check.batchfirst.feedback', correct: false },
        ],
      },
    },
    {
      id: 'params',
      titleKey: 'lessons.pytorch.params.title',
      bodyKey: 'lessons.pytorch.params.body',
      notesKey: 'lessons.pytorch.params.notes',
      equation: String.raw`\underbrace{64{\cdot}1 + 64{\cdot}64 + 2{\cdot}64}_{4288} + \underbrace{64{\cdot}64 + 64{\cdot}64 + 2{\cdot}64}_{8320} + \underbrace{64 + 1}_{65} = 12673`,
      panels: ['shapes', 'code'],
      layout: 'split',
      highlight: 'param-count',
    },
  ],
};
