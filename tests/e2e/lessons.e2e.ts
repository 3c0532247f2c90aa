/**
 * The course in a real browser: every step of every lesson, in Korean and in English, reached
 * with the keyboard alone. Each step must show its title and its panels (loaded, not a skeleton)
 * without console errors, and every quick check must answer. Training is never started here:
 * panels only have to appear.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { en } from '../../src/i18n/en/index.ts';
import { ko } from '../../src/i18n/ko/index.ts';
import { COURSE } from '../../src/lessons/index.ts';
import type { LessonStep } from '../../src/lessons/index.ts';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

type Tree = { readonly [k: string]: string | Tree };
const CATALOGS = { 'ko-KR': ko as Tree, 'en-US': en as Tree } as const;

function text(locale: keyof typeof CATALOGS, key: string): string {
  let at: string | Tree | undefined = CATALOGS[locale];
  for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  if (typeof at !== 'string') throw new Error(`no catalog text for ${key}`);
  return at;
}

/** Tabs until a radio of the quick check has focus, picks it with Space and submits with Enter. */
async function answerByKeyboard(page: Page): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break;
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

async function checkStep(page: Page, locale: keyof typeof CATALOGS, step: LessonStep, where: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect.poll(() => heading.innerText(), { message: where }).toBe(text(locale, step.titleKey));
  if (step.panels.length > 0) {
    const area = page.getByRole('region', { name: text(locale, 'lessons.ui.panels') });
    for (const id of step.panels) {
      const group = area.getByRole('group', { name: text(locale, `app.panels.${id}`), exact: true });
      // A loaded panel has its own heading; the loading skeleton has none.
      await group.getByRole('heading').first().waitFor({ timeout: 20_000 });
    }
  }
  if (step.quickCheck) {
    await answerByKeyboard(page);
    const feedback = page.getByRole('form', { name: text(locale, `lessons.ui.check.${step.quickCheck.kind}`) }).getByRole('status');
    await expect.poll(() => feedback.innerText(), { message: `${where} quick check` }).toMatch(
      new RegExp(`^(${text(locale, 'lessons.ui.check.correct')}|${text(locale, 'lessons.ui.check.incorrect')})`.replace(/\./g, '\\.')),
    );
  }
}

describe('the course, walked with the keyboard', () => {
  /** Walks the whole course in one language with the keyboard. */
  async function walk(locale: keyof typeof CATALOGS): Promise<void> {
    const page = await openApp({ hash: '#/lesson/1/step/1', locale, width: 1280, height: 900 });
    for (const [i, lesson] of COURSE.entries()) {
      for (const [j, step] of lesson.steps.entries()) {
        const where = `lesson ${i + 1} step ${j + 1} (${locale})`;
        await checkStep(page, locale, step, where);
        // Each lesson's first step is also where accessibility is checked (axe: serious, critical).
        if (j === 0) expect(await axeViolations(page, { impacts: ['serious', 'critical'] }), where).toEqual([]);
        expect(page.url(), where).toContain(`#/lesson/${i + 1}/step/${j + 1}`);
        const body = await page.locator('main').innerText();
        expect(body, `${where}: a catalog key shows instead of text`).not.toMatch(/\b(lessons|presenter|app)\.[a-zA-Z]+\.[a-zA-Z-]+/);
        await page.keyboard.press('ArrowRight');
      }
    }
    // Past the last step, → has nowhere to go: still the last step.
    await expect.poll(() => page.url()).toContain(`#/lesson/${COURSE.length}/step/${COURSE.at(-1)?.steps.length}`);
  }

  // Both languages at once, in two pages, so the waits for panels overlap.
  it('shows every step of every lesson with its panels, in Korean and English', { timeout: 300_000 }, async () => {
    await Promise.all([walk('ko-KR'), walk('en-US')]);
  });

  it('opens the exact step of a deep link, marks it in the step dots and remembers the visit', async () => {
    const page = await openApp({ hash: '#/lesson/5/step/3', locale: 'en-US' });
    await page.getByRole('heading', { level: 1, name: 'Many-to-one: one answer for the whole sequence' }).waitFor();
    const dots = page.getByRole('navigation', { name: 'Steps of this lesson' });
    expect(await dots.getByRole('link', { name: /^Step 3:/ }).getAttribute('aria-current')).toBe('step');
    expect(await dots.getByRole('link', { name: /^Step 2:/ }).getAttribute('aria-current')).toBeNull();
    await page.getByRole('link', { name: 'All lessons' }).first().click();
    const card = page.getByRole('article', { name: 'The architecture family' });
    await card.waitFor();
    expect(await card.getByRole('progressbar').getAttribute('value')).toBe('1');
  });

  it('names a lesson that does not exist and links back to the course', async () => {
    const page = await openApp({ hash: '#/lesson/12/step/1', locale: 'ko-KR' });
    await page.getByRole('heading', { level: 1, name: '12강은 없습니다' }).waitFor();
    await page.getByRole('link', { name: '강의 목록으로 가기' }).click();
    await page.getByRole('heading', { level: 1, name: '강의 목록' }).waitFor();
  });
});
