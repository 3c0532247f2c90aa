/**
 * Lesson 1 — sequence data and why order matters. Opens on the lecture's noisy sine (a series in
 * time), then the fill-in-the-blank task ("I ___ a boy") where the answer depends on the word
 * before the gap, then the idea of a network that remembers what it has read.
 */
import type { Lesson } from '../types.ts';

/** Sequence data and why order matters. */
export const sequences: Lesson = {
  id: 'sequences',
  titleKey: 'lessons.sequences.title',
  summaryKey: 'lessons.sequences.summary',
  preset: {},
  steps: [
    {
      id: 'order',
      titleKey: 'lessons.sequences.order.title',
      bodyKey: 'lessons.sequences.order.body',
      notesKey: 'lessons.sequences.order.notes',
      panels: ['training'],
      layout: 'single',
      highlight: 'input-sequence',
    },
    {
      id: 'blank',
      titleKey: 'lessons.sequences.blank.title',
      bodyKey: 'lessons.sequences.blank.body',
      notesKey: 'lessons.sequences.blank.notes',
      panels: ['training'],
      layout: 'single',
      // The lecture's "I ___ a boy": a small tanh RNN reads the sentence and names the missing word.
      preset: { task: 'fillblank', layers: 1, hidden: 32, batch: 16 },
      highlight: 'input-sequence',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.sequences.blank.check.prompt',
        choices: [
          { id: 'he', labelKey: 'lessons.sequences.blank.check.he.label', feedbackKey: 'lessons.sequences.blank.check.he.feedback', correct: false },
          { id: 'i', labelKey: 'lessons.sequences.blank.check.i.label', feedbackKey: 'lessons.sequences.blank.check.i.feedback', correct: true },
          { id: 'boy', labelKey: 'lessons.sequences.blank.check.boy.label', feedbackKey: 'lessons.sequences.blank.check.boy.feedback', correct: false },
        ],
      },
    },
    {
      id: 'memory',
      titleKey: 'lessons.sequences.memory.title',
      bodyKey: 'lessons.sequences.memory.body',
      notesKey: 'lessons.sequences.memory.notes',
      equation: String.raw`h_t = f_W\left(h_{t-1},\; x_t\right)`,
      panels: ['unrolled'],
      layout: 'single',
      highlight: 'hidden-state',
    },
    {
      id: 'uses',
      titleKey: 'lessons.sequences.uses.title',
      bodyKey: 'lessons.sequences.uses.body',
      notesKey: 'lessons.sequences.uses.notes',
      panels: ['architectures'],
      layout: 'single',
      highlight: 'architecture',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.sequences.uses.check.prompt',
        choices: [
          { id: 'weather', labelKey: 'lessons.sequences.uses.check.weather.label', feedbackKey: 'lessons.sequences.uses.check.weather.feedback', correct: false },
          { id: 'speech', labelKey: 'lessons.sequences.uses.check.speech.label', feedbackKey: 'lessons.sequences.uses.check.speech.feedback', correct: false },
          { id: 'photo', labelKey: 'lessons.sequences.uses.check.photo.label', feedbackKey: 'lessons.sequences.uses.check.photo.feedback', correct: true },
          { id: 'stocks', labelKey: 'lessons.sequences.uses.check.stocks.label', feedbackKey: 'lessons.sequences.uses.check.stocks.feedback', correct: false },
        ],
      },
    },
  ],
};
