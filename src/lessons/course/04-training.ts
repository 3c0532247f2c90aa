/**
 * Lesson 4 — training with backpropagation through time on the lecture's model: nn.RNN(1, 64,
 * num_layers=2, batch_first=True) + Linear(64, 1) on the noisy sine, windows of 10, batch 8,
 * Adam — exactly DEFAULT_CONFIG, so every step keeps the same run going.
 */
import type { Lesson } from '../types.ts';

/** Training with BPTT on the noisy sine. */
export const training: Lesson = {
  id: 'training',
  titleKey: 'lessons.training.title',
  summaryKey: 'lessons.training.summary',
  preset: {},
  steps: [
    {
      id: 'model',
      titleKey: 'lessons.training.model.title',
      bodyKey: 'lessons.training.model.body',
      notesKey: 'lessons.training.model.notes',
      panels: ['code'],
      layout: 'single',
      highlight: 'code-model',
    },
    {
      id: 'loss',
      titleKey: 'lessons.training.loss.title',
      bodyKey: 'lessons.training.loss.body',
      notesKey: 'lessons.training.loss.notes',
      equation: String.raw`L = \frac{1}{N}\sum_{i=1}^{N}\left(\hat y^{(i)} - y^{(i)}\right)^2`,
      panels: ['training'],
      layout: 'single',
      highlight: 'loss-curve',
      quickCheck: {
        kind: 'predict',
        promptKey: 'lessons.training.loss.check.prompt',
        choices: [
          { id: 'drop', labelKey: 'lessons.training.loss.check.drop.label', feedbackKey: 'lessons.training.loss.check.drop.feedback', correct: true },
          { id: 'steady', labelKey: 'lessons.training.loss.check.steady.label', feedbackKey: 'lessons.training.loss.check.steady.feedback', correct: false },
          { id: 'zero', labelKey: 'lessons.training.loss.check.zero.label', feedbackKey: 'lessons.training.loss.check.zero.feedback', correct: false },
        ],
      },
    },
    {
      id: 'bptt',
      titleKey: 'lessons.training.bptt.title',
      bodyKey: 'lessons.training.bptt.body',
      notesKey: 'lessons.training.bptt.notes',
      equation: String.raw`\frac{\partial L}{\partial W_{hh}} = \sum_{t=1}^{T} \frac{\partial L}{\partial h_t}\,\frac{\partial^{+} h_t}{\partial W_{hh}}`,
      panels: ['unrolled'],
      layout: 'single',
      highlight: 'gradient-flow',
    },
    {
      id: 'train',
      titleKey: 'lessons.training.train.title',
      bodyKey: 'lessons.training.train.body',
      notesKey: 'lessons.training.train.notes',
      panels: ['training'],
      layout: 'single',
      highlight: 'prediction-plot',
    },
    {
      id: 'noise',
      titleKey: 'lessons.training.noise.title',
      bodyKey: 'lessons.training.noise.body',
      notesKey: 'lessons.training.noise.notes',
      equation: String.raw`y = \sin x + \varepsilon,\quad \varepsilon \sim \mathcal{N}(0,\,0.1^2) \;\Rightarrow\; \mathbb{E}\big[\varepsilon^2\big] = 0.01`,
      panels: ['training'],
      layout: 'single',
      highlight: 'loss-curve',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.training.noise.check.prompt',
        choices: [
          { id: 'hundredth', labelKey: 'lessons.training.noise.check.hundredth.label', feedbackKey: 'lessons.training.noise.check.hundredth.feedback', correct: true },
          { id: 'zero', labelKey: 'lessons.training.noise.check.zero.label', feedbackKey: 'lessons.training.noise.check.zero.feedback', correct: false },
          { id: 'tenth', labelKey: 'lessons.training.noise.check.tenth.label', feedbackKey: 'lessons.training.noise.check.tenth.feedback', correct: false },
        ],
      },
    },
  ],
};
