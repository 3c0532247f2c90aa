/**
 * Lesson 3 — data shapes and windowing: (batch, timesteps, features), sliding a 10-step window
 * over a 1000-point series (990 input/target pairs, the lecture's question), batch_first, and
 * one-hot features for letters.
 */
import type { Lesson } from '../types.ts';

/** Data shapes and windowing. */
export const shapes: Lesson = {
  id: 'shapes',
  titleKey: 'lessons.shapes.title',
  summaryKey: 'lessons.shapes.summary',
  // 1000 points with windows of 10: the lecture's 990 pairs, visible in the Training panel.
  preset: { taskOptions: { points: 1000 } },
  steps: [
    {
      id: 'axes',
      titleKey: 'lessons.shapes.axes.title',
      bodyKey: 'lessons.shapes.axes.body',
      notesKey: 'lessons.shapes.axes.notes',
      equation: String.raw`x \in \mathbb{R}^{\,\text{batch} \times \text{timesteps} \times \text{features}}`,
      panels: ['shapes'],
      layout: 'single',
      highlight: 'tensor-shape',
    },
    {
      id: 'windows',
      titleKey: 'lessons.shapes.windows.title',
      bodyKey: 'lessons.shapes.windows.body',
      notesKey: 'lessons.shapes.windows.notes',
      equation: String.raw`x^{(i)} = (s_i, s_{i+1}, \dots, s_{i+9}), \qquad y^{(i)} = s_{i+10}`,
      panels: ['training'],
      layout: 'single',
      highlight: 'input-window',
    },
    {
      id: 'count',
      titleKey: 'lessons.shapes.count.title',
      bodyKey: 'lessons.shapes.count.body',
      notesKey: 'lessons.shapes.count.notes',
      equation: String.raw`N_{\text{pairs}} = N - n_{\text{time}} = 1000 - 10 = 990`,
      panels: ['training'],
      layout: 'single',
      highlight: 'input-window',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.shapes.count.check.prompt',
        choices: [
          { id: 'hundred', labelKey: 'lessons.shapes.count.check.hundred.label', feedbackKey: 'lessons.shapes.count.check.hundred.feedback', correct: false },
          { id: 'ninetyone', labelKey: 'lessons.shapes.count.check.ninetyone.label', feedbackKey: 'lessons.shapes.count.check.ninetyone.feedback', correct: false },
          { id: 'ninety', labelKey: 'lessons.shapes.count.check.ninety.label', feedbackKey: 'lessons.shapes.count.check.ninety.feedback', correct: true },
        ],
      },
    },
    {
      id: 'batchfirst',
      titleKey: 'lessons.shapes.batchfirst.title',
      bodyKey: 'lessons.shapes.batchfirst.body',
      notesKey: 'lessons.shapes.batchfirst.notes',
      panels: ['shapes', 'code'],
      layout: 'split',
      highlight: 'tensor-shape',
    },
    {
      id: 'onehot',
      titleKey: 'lessons.shapes.onehot.title',
      bodyKey: 'lessons.shapes.onehot.body',
      notesKey: 'lessons.shapes.onehot.notes',
      equation: String.raw`\text{w} \mapsto [0, \dots, 0, 1, 0, \dots, 0]`,
      panels: ['shapes'],
      layout: 'single',
      highlight: 'tensor-shape',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.shapes.onehot.check.prompt',
        choices: [
          { id: 'bf', labelKey: 'lessons.shapes.onehot.check.bf.label', feedbackKey: 'lessons.shapes.onehot.check.bf.feedback', correct: true },
          { id: 'tf', labelKey: 'lessons.shapes.onehot.check.tf.label', feedbackKey: 'lessons.shapes.onehot.check.tf.feedback', correct: false },
          { id: 'swap', labelKey: 'lessons.shapes.onehot.check.swap.label', feedbackKey: 'lessons.shapes.onehot.check.swap.feedback', correct: false },
        ],
      },
    },
  ],
};
