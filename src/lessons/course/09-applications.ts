/**
 * Lesson 9 — applications and what came next: the lecture's four-letter word completion (a
 * two-layer LSTM over one-hot letters), translation with seq2seq (GNMT, 2016), the fixed-size
 * bottleneck that attention removed, and the Transformer (2017) — a short bridge, not a new
 * engine. The last step returns to the lecture's sine model, where the course began.
 */
import type { Lesson } from '../types.ts';

/** Applications: word completion, translation, attention and the Transformer. */
export const applications: Lesson = {
  id: 'applications',
  titleKey: 'lessons.applications.title',
  summaryKey: 'lessons.applications.summary',
  preset: {},
  steps: [
    {
      id: 'words',
      titleKey: 'lessons.applications.words.title',
      bodyKey: 'lessons.applications.words.body',
      notesKey: 'lessons.applications.words.notes',
      // The lecture's exercise: a two-layer LSTM (MultiCell) reading three one-hot letters.
      preset: { task: 'words', cell: 'lstm', layers: 2, hidden: 32, batch: 8 },
      panels: ['training'],
      layout: 'single',
      highlight: 'prediction-plot',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.applications.words.check.prompt',
        choices: [
          { id: 'third', labelKey: 'lessons.applications.words.check.third.label', feedbackKey: 'lessons.applications.words.check.third.feedback', correct: true },
          { id: 'position', labelKey: 'lessons.applications.words.check.position.label', feedbackKey: 'lessons.applications.words.check.position.feedback', correct: false },
          { id: 'frequency', labelKey: 'lessons.applications.words.check.frequency.label', feedbackKey: 'lessons.applications.words.check.frequency.feedback', correct: false },
        ],
      },
    },
    {
      id: 'translate',
      titleKey: 'lessons.applications.translate.title',
      bodyKey: 'lessons.applications.translate.body',
      notesKey: 'lessons.applications.translate.notes',
      preset: { task: 'reverse', cell: 'gru', layers: 1, hidden: 64 },
      panels: ['architectures', 'training'],
      layout: 'split',
      highlight: 'encoder-decoder',
    },
    {
      id: 'attention',
      titleKey: 'lessons.applications.attention.title',
      bodyKey: 'lessons.applications.attention.body',
      notesKey: 'lessons.applications.attention.notes',
      equation: String.raw`c_t = \sum_{i=1}^{T} \alpha_{t,i}\, h_i, \qquad \sum_i \alpha_{t,i} = 1`,
      preset: { task: 'reverse', cell: 'gru', layers: 1, hidden: 64 },
      panels: ['architectures'],
      layout: 'single',
      highlight: 'encoder-decoder',
    },
    {
      id: 'transformer',
      titleKey: 'lessons.applications.transformer.title',
      bodyKey: 'lessons.applications.transformer.body',
      notesKey: 'lessons.applications.transformer.notes',
      preset: { task: 'reverse', cell: 'gru', layers: 1, hidden: 64 },
      panels: ['architectures'],
      layout: 'single',
      highlight: 'architecture',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.applications.transformer.check.prompt',
        choices: [
          { id: 'parallel', labelKey: 'lessons.applications.transformer.check.parallel.label', feedbackKey: 'lessons.applications.transformer.check.parallel.feedback', correct: true },
          { id: 'smaller', labelKey: 'lessons.applications.transformer.check.smaller.label', feedbackKey: 'lessons.applications.transformer.check.smaller.feedback', correct: false },
          { id: 'sigmoid', labelKey: 'lessons.applications.transformer.check.sigmoid.label', feedbackKey: 'lessons.applications.transformer.check.sigmoid.feedback', correct: false },
        ],
      },
    },
    {
      id: 'recap',
      titleKey: 'lessons.applications.recap.title',
      bodyKey: 'lessons.applications.recap.body',
      notesKey: 'lessons.applications.recap.notes',
      panels: ['training'],
      layout: 'single',
      highlight: 'prediction-plot',
    },
  ],
};
