/**
 * Lesson 7 — vanishing and exploding gradients: the gradient through time is a product of
 * Jacobians, tanh's slope is at most 1 and sigmoid's at most 1/4, so the product shrinks or grows
 * exponentially with distance. The task is "remember the first symbol" across 20 steps, which a
 * plain tanh RNN cannot learn for exactly this reason; lesson 8 runs the same task with an LSTM.
 */
import type { Lesson } from '../types.ts';

/** Vanishing and exploding gradients. */
export const gradients: Lesson = {
  id: 'gradients',
  titleKey: 'lessons.gradients.title',
  summaryKey: 'lessons.gradients.summary',
  preset: { task: 'first-symbol', taskOptions: { distance: 20 }, layers: 1, hidden: 32, batch: 32 },
  steps: [
    {
      id: 'chain',
      titleKey: 'lessons.gradients.chain.title',
      bodyKey: 'lessons.gradients.chain.body',
      notesKey: 'lessons.gradients.chain.notes',
      equation: String.raw`\frac{\partial h_T}{\partial h_1} = \prod_{t=2}^{T} \frac{\partial h_t}{\partial h_{t-1}} = \prod_{t=2}^{T} \operatorname{diag}\!\big(1 - h_t^2\big)\, W_{hh}`,
      panels: ['gradients'],
      layout: 'single',
      highlight: 'gradient-flow',
    },
    {
      id: 'slopes',
      titleKey: 'lessons.gradients.slopes.title',
      bodyKey: 'lessons.gradients.slopes.body',
      notesKey: 'lessons.gradients.slopes.notes',
      equation: String.raw`\sigma'(x) = \sigma(x)\big(1-\sigma(x)\big) \le \tfrac14, \qquad \tanh'(x) = 1 - \tanh^2 x \le 1`,
      panels: ['gradients'],
      layout: 'single',
      highlight: 'activation-derivative',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.gradients.slopes.check.prompt',
        choices: [
          { id: 'tiny', labelKey: 'lessons.gradients.slopes.check.tiny.label', feedbackKey: 'lessons.gradients.slopes.check.tiny.feedback', correct: true },
          { id: 'quarter', labelKey: 'lessons.gradients.slopes.check.quarter.label', feedbackKey: 'lessons.gradients.slopes.check.quarter.feedback', correct: false },
          { id: 'sum', labelKey: 'lessons.gradients.slopes.check.sum.label', feedbackKey: 'lessons.gradients.slopes.check.sum.feedback', correct: false },
        ],
      },
    },
    {
      id: 'vanish',
      titleKey: 'lessons.gradients.vanish.title',
      bodyKey: 'lessons.gradients.vanish.body',
      notesKey: 'lessons.gradients.vanish.notes',
      panels: ['gradients', 'training'],
      layout: 'stack',
      highlight: 'gradient-flow',
      quickCheck: {
        kind: 'predict',
        promptKey: 'lessons.gradients.vanish.check.prompt',
        choices: [
          { id: 'chance', labelKey: 'lessons.gradients.vanish.check.chance.label', feedbackKey: 'lessons.gradients.vanish.check.chance.feedback', correct: true },
          { id: 'perfect', labelKey: 'lessons.gradients.vanish.check.perfect.label', feedbackKey: 'lessons.gradients.vanish.check.perfect.feedback', correct: false },
          { id: 'diverge', labelKey: 'lessons.gradients.vanish.check.diverge.label', feedbackKey: 'lessons.gradients.vanish.check.diverge.feedback', correct: false },
        ],
      },
    },
    {
      id: 'explode',
      titleKey: 'lessons.gradients.explode.title',
      bodyKey: 'lessons.gradients.explode.body',
      notesKey: 'lessons.gradients.explode.notes',
      // A recurrent matrix with spectral norm 2 at init and a large step: the textbook way to blow up.
      preset: { recurrentScale: 2, optimizer: 'sgd', lr: 0.5 },
      panels: ['gradients', 'training'],
      layout: 'stack',
      highlight: 'gradient-flow',
      quickCheck: {
        kind: 'predict',
        promptKey: 'lessons.gradients.explode.check.prompt',
        choices: [
          { id: 'bounded', labelKey: 'lessons.gradients.explode.check.bounded.label', feedbackKey: 'lessons.gradients.explode.check.bounded.feedback', correct: true },
          { id: 'vanish', labelKey: 'lessons.gradients.explode.check.vanish.label', feedbackKey: 'lessons.gradients.explode.check.vanish.feedback', correct: false },
          { id: 'nothing', labelKey: 'lessons.gradients.explode.check.nothing.label', feedbackKey: 'lessons.gradients.explode.check.nothing.feedback', correct: false },
        ],
      },
    },
    {
      id: 'remedies',
      titleKey: 'lessons.gradients.remedies.title',
      bodyKey: 'lessons.gradients.remedies.body',
      notesKey: 'lessons.gradients.remedies.notes',
      equation: String.raw`g \leftarrow g \cdot \min\!\left(1,\; \frac{\tau}{\lVert g \rVert}\right)`,
      preset: { recurrentScale: 2, optimizer: 'sgd', lr: 0.5, clip: 1 },
      panels: ['gradients'],
      layout: 'single',
      highlight: 'gradient-flow',
    },
  ],
};
