/**
 * Lesson 8 — LSTM (Hochreiter & Schmidhuber, 1997) and GRU (Cho et al., 2014): gates as soft
 * switches, the cell state as an additive path the gradient can travel, and the long-range
 * experiment — lesson 7's "remember the first symbol" task, now across 30 steps, where an LSTM
 * succeeds and a tanh RNN stays at chance.
 */
import type { Lesson } from '../types.ts';

/** LSTM and GRU gates and the long-range experiment. */
export const gates: Lesson = {
  id: 'gates',
  titleKey: 'lessons.gates.title',
  summaryKey: 'lessons.gates.summary',
  preset: { task: 'first-symbol', taskOptions: { distance: 30 }, cell: 'lstm', layers: 1, hidden: 32, batch: 32 },
  steps: [
    {
      id: 'history',
      titleKey: 'lessons.gates.history.title',
      bodyKey: 'lessons.gates.history.body',
      notesKey: 'lessons.gates.history.notes',
      panels: ['unrolled'],
      layout: 'single',
      highlight: 'cell-state',
    },
    {
      id: 'lstm',
      titleKey: 'lessons.gates.lstm.title',
      bodyKey: 'lessons.gates.lstm.body',
      notesKey: 'lessons.gates.lstm.notes',
      equation: String.raw`\begin{aligned} f_t,\, i_t,\, o_t &= \sigma(\cdots), \quad g_t = \tanh(\cdots) \\ c_t &= f_t \odot c_{t-1} + i_t \odot g_t \\ h_t &= o_t \odot \tanh(c_t) \end{aligned}`,
      panels: ['unrolled'],
      layout: 'single',
      highlight: 'gates',
    },
    {
      id: 'highway',
      titleKey: 'lessons.gates.highway.title',
      bodyKey: 'lessons.gates.highway.body',
      notesKey: 'lessons.gates.highway.notes',
      equation: String.raw`\frac{\partial c_t}{\partial c_{t-1}} = \operatorname{diag}(f_t) \quad\Rightarrow\quad \frac{\partial c_T}{\partial c_1} \approx \prod_{t=2}^{T} \operatorname{diag}(f_t)`,
      panels: ['gradients'],
      layout: 'single',
      highlight: 'cell-state',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.gates.highway.check.prompt',
        choices: [
          { id: 'forget', labelKey: 'lessons.gates.highway.check.forget.label', feedbackKey: 'lessons.gates.highway.check.forget.feedback', correct: true },
          { id: 'output', labelKey: 'lessons.gates.highway.check.output.label', feedbackKey: 'lessons.gates.highway.check.output.feedback', correct: false },
          { id: 'bigger', labelKey: 'lessons.gates.highway.check.bigger.label', feedbackKey: 'lessons.gates.highway.check.bigger.feedback', correct: false },
        ],
      },
    },
    {
      id: 'gru',
      titleKey: 'lessons.gates.gru.title',
      bodyKey: 'lessons.gates.gru.body',
      notesKey: 'lessons.gates.gru.notes',
      // PyTorch's GRU convention: z weights the old state, (1 - z) the candidate n_t.
      equation: String.raw`h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}`,
      preset: { cell: 'gru' },
      panels: ['unrolled', 'shapes'],
      layout: 'split',
      highlight: 'gates',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.gates.gru.check.prompt',
        choices: [
          { id: 'four', labelKey: 'lessons.gates.gru.check.four.label', feedbackKey: 'lessons.gates.gru.check.four.feedback', correct: true },
          { id: 'two', labelKey: 'lessons.gates.gru.check.two.label', feedbackKey: 'lessons.gates.gru.check.two.feedback', correct: false },
          { id: 'same', labelKey: 'lessons.gates.gru.check.same.label', feedbackKey: 'lessons.gates.gru.check.same.feedback', correct: false },
        ],
      },
    },
    {
      id: 'experiment',
      titleKey: 'lessons.gates.experiment.title',
      bodyKey: 'lessons.gates.experiment.body',
      notesKey: 'lessons.gates.experiment.notes',
      panels: ['training', 'gradients'],
      layout: 'stack',
      highlight: 'loss-curve',
      quickCheck: {
        kind: 'predict',
        promptKey: 'lessons.gates.experiment.check.prompt',
        choices: [
          { id: 'lstm', labelKey: 'lessons.gates.experiment.check.lstm.label', feedbackKey: 'lessons.gates.experiment.check.lstm.feedback', correct: true },
          { id: 'rnn', labelKey: 'lessons.gates.experiment.check.rnn.label', feedbackKey: 'lessons.gates.experiment.check.rnn.feedback', correct: false },
          { id: 'neither', labelKey: 'lessons.gates.experiment.check.neither.label', feedbackKey: 'lessons.gates.experiment.check.neither.feedback', correct: false },
        ],
      },
    },
  ],
};
