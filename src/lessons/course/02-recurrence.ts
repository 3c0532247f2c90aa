/**
 * Lesson 2 — the recurrence: one cell applied at every time step, the hidden state it passes on,
 * the rolled loop versus the unrolled chain, and weight sharing. A one-layer model with 8 hidden
 * units keeps the unrolled picture small enough to read every number.
 */
import type { Lesson } from '../types.ts';

/** The recurrence, hidden state and weight sharing. */
export const recurrence: Lesson = {
  id: 'recurrence',
  titleKey: 'lessons.recurrence.title',
  summaryKey: 'lessons.recurrence.summary',
  preset: { layers: 1, hidden: 8 },
  steps: [
    {
      id: 'cell',
      titleKey: 'lessons.recurrence.cell.title',
      bodyKey: 'lessons.recurrence.cell.body',
      notesKey: 'lessons.recurrence.cell.notes',
      // PyTorch's nn.RNN form: two separate biases, so state dicts match (see engine/cells/rnn.ts).
      equation: String.raw`h_t = \tanh\left(W_{ih}\,x_t + b_{ih} + W_{hh}\,h_{t-1} + b_{hh}\right)`,
      panels: ['unrolled'],
      layout: 'single',
      highlight: 'recurrent-arrow',
    },
    {
      id: 'hidden',
      titleKey: 'lessons.recurrence.hidden.title',
      bodyKey: 'lessons.recurrence.hidden.body',
      notesKey: 'lessons.recurrence.hidden.notes',
      equation: String.raw`\hat y = W_{hy}\,h_T + b_y`,
      panels: ['unrolled'],
      layout: 'single',
      highlight: 'hidden-state',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.recurrence.hidden.check.prompt',
        choices: [
          { id: 'zeros', labelKey: 'lessons.recurrence.hidden.check.zeros.label', feedbackKey: 'lessons.recurrence.hidden.check.zeros.feedback', correct: true },
          { id: 'input', labelKey: 'lessons.recurrence.hidden.check.input.label', feedbackKey: 'lessons.recurrence.hidden.check.input.feedback', correct: false },
          { id: 'output', labelKey: 'lessons.recurrence.hidden.check.output.label', feedbackKey: 'lessons.recurrence.hidden.check.output.feedback', correct: false },
        ],
      },
    },
    {
      id: 'unroll',
      titleKey: 'lessons.recurrence.unroll.title',
      bodyKey: 'lessons.recurrence.unroll.body',
      notesKey: 'lessons.recurrence.unroll.notes',
      panels: ['unrolled'],
      layout: 'single',
      highlight: 'recurrent-arrow',
    },
    {
      id: 'sharing',
      titleKey: 'lessons.recurrence.sharing.title',
      bodyKey: 'lessons.recurrence.sharing.body',
      notesKey: 'lessons.recurrence.sharing.notes',
      panels: ['unrolled', 'shapes'],
      layout: 'split',
      highlight: 'shared-weights',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.recurrence.sharing.check.prompt',
        choices: [
          { id: 'tenfold', labelKey: 'lessons.recurrence.sharing.check.tenfold.label', feedbackKey: 'lessons.recurrence.sharing.check.tenfold.feedback', correct: false },
          { id: 'same', labelKey: 'lessons.recurrence.sharing.check.same.label', feedbackKey: 'lessons.recurrence.sharing.check.same.feedback', correct: true },
          { id: 'batch', labelKey: 'lessons.recurrence.sharing.check.batch.label', feedbackKey: 'lessons.recurrence.sharing.check.batch.feedback', correct: false },
        ],
      },
    },
    {
      id: 'watch',
      titleKey: 'lessons.recurrence.watch.title',
      bodyKey: 'lessons.recurrence.watch.body',
      notesKey: 'lessons.recurrence.watch.notes',
      panels: ['training', 'unrolled'],
      layout: 'stack',
      highlight: 'hidden-state',
      quickCheck: {
        kind: 'predict',
        promptKey: 'lessons.recurrence.watch.check.prompt',
        choices: [
          { id: 'flat', labelKey: 'lessons.recurrence.watch.check.flat.label', feedbackKey: 'lessons.recurrence.watch.check.flat.feedback', correct: true },
          { id: 'sine', labelKey: 'lessons.recurrence.watch.check.sine.label', feedbackKey: 'lessons.recurrence.watch.check.sine.feedback', correct: false },
          { id: 'copy', labelKey: 'lessons.recurrence.watch.check.copy.label', feedbackKey: 'lessons.recurrence.watch.check.copy.feedback', correct: false },
        ],
      },
    },
  ],
};
