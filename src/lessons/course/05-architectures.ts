/**
 * Lesson 5 — the architecture family: one-to-one, one-to-many, many-to-one, many-to-many and
 * seq2seq, each shown on a real task of the engine (character generation, sentiment, next
 * character, reversing a digit string). Each step sets its own task, so the lesson preset is
 * only the small model they share.
 */
import type { Lesson } from '../types.ts';

/** The architecture family. */
export const architectures: Lesson = {
  id: 'architectures',
  titleKey: 'lessons.architectures.title',
  summaryKey: 'lessons.architectures.summary',
  preset: { layers: 1, hidden: 32 },
  steps: [
    {
      id: 'family',
      titleKey: 'lessons.architectures.family.title',
      bodyKey: 'lessons.architectures.family.body',
      notesKey: 'lessons.architectures.family.notes',
      panels: ['architectures'],
      layout: 'single',
      highlight: 'architecture',
    },
    {
      id: 'onetomany',
      titleKey: 'lessons.architectures.onetomany.title',
      bodyKey: 'lessons.architectures.onetomany.body',
      notesKey: 'lessons.architectures.onetomany.notes',
      panels: ['architectures', 'training'],
      layout: 'split',
      preset: { task: 'chargen' },
      highlight: 'architecture',
    },
    {
      id: 'manytoone',
      titleKey: 'lessons.architectures.manytoone.title',
      bodyKey: 'lessons.architectures.manytoone.body',
      notesKey: 'lessons.architectures.manytoone.notes',
      panels: ['architectures', 'training'],
      layout: 'split',
      preset: { task: 'sentiment' },
      highlight: 'architecture',
    },
    {
      id: 'manytomany',
      titleKey: 'lessons.architectures.manytomany.title',
      bodyKey: 'lessons.architectures.manytomany.body',
      notesKey: 'lessons.architectures.manytomany.notes',
      panels: ['architectures', 'training'],
      layout: 'split',
      preset: { task: 'nextchar' },
      highlight: 'architecture',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.architectures.manytomany.check.prompt',
        choices: [
          { id: 'last', labelKey: 'lessons.architectures.manytomany.check.last.label', feedbackKey: 'lessons.architectures.manytomany.check.last.feedback', correct: false },
          { id: 'all', labelKey: 'lessons.architectures.manytomany.check.all.label', feedbackKey: 'lessons.architectures.manytomany.check.all.feedback', correct: true },
          { id: 'hn', labelKey: 'lessons.architectures.manytomany.check.hn.label', feedbackKey: 'lessons.architectures.manytomany.check.hn.feedback', correct: false },
        ],
      },
    },
    {
      id: 'seq2seq',
      titleKey: 'lessons.architectures.seq2seq.title',
      bodyKey: 'lessons.architectures.seq2seq.body',
      notesKey: 'lessons.architectures.seq2seq.notes',
      panels: ['architectures', 'training'],
      layout: 'split',
      preset: { task: 'reverse', cell: 'gru', hidden: 64 },
      highlight: 'encoder-decoder',
      quickCheck: {
        kind: 'choice',
        promptKey: 'lessons.architectures.seq2seq.check.prompt',
        choices: [
          { id: 'seq2seq', labelKey: 'lessons.architectures.seq2seq.check.seq2seq.label', feedbackKey: 'lessons.architectures.seq2seq.check.seq2seq.feedback', correct: true },
          { id: 'manytoone', labelKey: 'lessons.architectures.seq2seq.check.manytoone.label', feedbackKey: 'lessons.architectures.seq2seq.check.manytoone.feedback', correct: false },
          { id: 'synced', labelKey: 'lessons.architectures.seq2seq.check.synced.label', feedbackKey: 'lessons.architectures.seq2seq.check.synced.feedback', correct: false },
        ],
      },
    },
  ],
};
