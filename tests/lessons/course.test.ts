import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { PANEL_IDS } from '../../src/app/route.ts';
import { COURSE, findStep, HIGHLIGHT_TARGETS, nextStep, presetOf, previousStep } from '../../src/lessons/index.ts';
import { checkConfig } from '../../src/worker/configCheck.ts';
import { createSession, makeDataset } from '../../src/worker/session.ts';

const allSteps = COURSE.flatMap((lesson, i) => lesson.steps.map((step, j) => ({ lesson, step, at: `${i + 1}/${j + 1}` })));

describe('the course', () => {
  it('has at least nine lessons of three to seven steps each', () => {
    expect(COURSE.length).toBeGreaterThanOrEqual(9);
    for (const lesson of COURSE) expect(lesson.steps.length, lesson.id).toBeGreaterThanOrEqual(3);
    for (const lesson of COURSE) expect(lesson.steps.length, lesson.id).toBeLessThanOrEqual(7);
  });

  it('uses unique, storable ids for lessons and for the steps of each lesson', () => {
    const ids = COURSE.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lesson of COURSE) {
      const stepIds = lesson.steps.map((s) => s.id);
      expect(new Set(stepIds).size, lesson.id).toBe(stepIds.length);
      for (const id of [lesson.id, ...stepIds]) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    }
  });

  it('names only panels that exist, highlight targets that exist and layouts that fit the panel count', () => {
    for (const { step, at } of allSteps) {
      for (const p of step.panels) expect(PANEL_IDS, at).toContain(p);
      if (step.highlight !== null) expect(HIGHLIGHT_TARGETS, at).toContain(step.highlight);
      expect(new Set(step.panels).size, at).toBe(step.panels.length);
      if (step.layout === 'single') expect(step.panels.length, at).toBeLessThanOrEqual(1);
      else expect(step.panels.length, at).toBe(2);
    }
  });

  it('gives every quick check two to four answers with exactly one correct', () => {
    const checks = allSteps.flatMap(({ step, at }) => (step.quickCheck ? [{ check: step.quickCheck, at }] : []));
    expect(checks.length).toBeGreaterThanOrEqual(COURSE.length);
    for (const { check, at } of checks) {
      expect(check.choices.length, at).toBeGreaterThanOrEqual(2);
      expect(check.choices.length, at).toBeLessThanOrEqual(4);
      expect(check.choices.filter((c) => c.correct), at).toHaveLength(1);
      expect(new Set(check.choices.map((c) => c.id)).size, at).toBe(check.choices.length);
    }
  });

  it('typesets every equation without a KaTeX error', () => {
    for (const { step, at } of allSteps) {
      if (step.equation === undefined) continue;
      expect(() => katex.renderToString(step.equation ?? '', { throwOnError: true, displayMode: true }), at).not.toThrow();
    }
  });

  it('asks only for configs the engine accepts and can build a run from', () => {
    for (const { lesson, step, at } of allSteps) {
      const preset = presetOf(lesson, step);
      expect(checkConfig(preset), at).toMatchObject({ ok: true });
      expect(() => createSession(preset), at).not.toThrow();
    }
  });

  it('keeps the run within a lesson unless a step says otherwise', () => {
    // Consecutive steps with the same preset keep the learner's run; count how often one changes.
    let changes = 0;
    for (const lesson of COURSE) {
      for (let i = 1; i < lesson.steps.length; i++) {
        const [a, b] = [lesson.steps[i - 1], lesson.steps[i]];
        if (a && b && JSON.stringify(presetOf(lesson, a)) !== JSON.stringify(presetOf(lesson, b))) changes++;
      }
    }
    expect(changes).toBeLessThan(allSteps.length / 3);
  });
});

describe('the numbers the lessons teach', () => {
  it('1000 points cut into windows of 10 give 990 pairs (lesson 3)', () => {
    const shapes = COURSE[2];
    const step = shapes?.steps.find((s) => s.id === 'count');
    if (!shapes || !step) throw new Error('lesson 3 has no count step');
    const data = makeDataset(presetOf(shapes, step));
    expect(data.n).toBe(990);
    expect(data.T).toBe(10);
  });

  it('the lecture model has 12 673 parameters (lesson 6)', () => {
    const pytorch = COURSE[5];
    const step = pytorch?.steps.find((s) => s.id === 'params');
    if (!pytorch || !step) throw new Error('lesson 6 has no params step');
    const { model } = createSession(presetOf(pytorch, step));
    const count = Object.values(model.params).reduce((n, p) => n + p.length, 0);
    // Closed form: per layer H·in + H·H + 2H, then Linear(64, 1).
    expect(count).toBe(64 * 1 + 64 * 64 + 2 * 64 + (64 * 64 + 64 * 64 + 2 * 64) + (64 + 1));
    expect(count).toBe(12673);
  });
});

describe('findStep', () => {
  it('finds a step by its 1-based route numbers', () => {
    const found = findStep(2, 3);
    expect(found.ok && found.ref.step).toBe(COURSE[1]?.steps[2]);
  });

  it('says whether the lesson or the step is missing, with the counts to show', () => {
    expect(findStep(99, 1)).toMatchObject({ ok: false, reason: 'no-lesson', lessonCount: COURSE.length });
    expect(findStep(0, 1)).toMatchObject({ ok: false, reason: 'no-lesson' });
    expect(findStep(1, 99)).toMatchObject({ ok: false, reason: 'no-step', stepCount: COURSE[0]?.steps.length });
  });
});

describe('previousStep and nextStep', () => {
  it('cross into the neighbouring lesson at either end and stop at the ends of the course', () => {
    const first = COURSE[0]?.steps.length ?? 0;
    expect(nextStep({ lesson: 1, step: 1 })).toEqual({ lesson: 1, step: 2 });
    expect(nextStep({ lesson: 1, step: first })).toEqual({ lesson: 2, step: 1 });
    expect(previousStep({ lesson: 2, step: 1 })).toEqual({ lesson: 1, step: first });
    expect(previousStep({ lesson: 1, step: 1 })).toBeNull();
    expect(nextStep({ lesson: COURSE.length, step: COURSE.at(-1)?.steps.length ?? 0 })).toBeNull();
  });

  it('visit every step exactly once walking forward from the first', () => {
    const seen: string[] = [];
    for (let p: { lesson: number; step: number } | null = { lesson: 1, step: 1 }; p; p = nextStep(p)) seen.push(`${p.lesson}/${p.step}`);
    expect(seen).toEqual(allSteps.map((s) => s.at));
  });
});
