import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { forgiveProblems, openApp, useBrowser } from './harness.ts';

useBrowser();

/** i18next shows the key itself when a string is missing: dotted lower-case paths. */
async function expectNoMissingKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b(app|training|unrolled|gradients|lessons|common)\.[a-zA-Z]+(\.[a-zA-Z]+)*\b/);
}

describe('app shell', () => {
  it('switches language both ways, changes theme and follows hash navigation', async () => {
    const page = await openApp({ locale: 'ko-KR' });
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expect(nav.getByRole('link', { name: '강의' }).isVisible()).resolves.toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await expectNoMissingKeys(page);

    await page.getByRole('group', { name: '언어' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoMissingKeys(page);

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '한국어' }).click();
    await page.getByRole('navigation', { name: '주 메뉴' }).waitFor();

    const bgBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByRole('group', { name: '테마' }).getByRole('button', { name: /어둡게/ }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const bgAfter = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bgAfter).not.toBe(bgBefore);

    await page.evaluate(() => {
      window.location.hash = '#/lab';
    });
    await page.getByRole('heading', { name: '실험실', level: 1 }).waitFor();
    await page.getByRole('link', { name: '텐서 모양' }).first().click();
    expect(page.url()).toContain('#/lab/shapes');
    await expectNoMissingKeys(page);
  });

  it('remembers the language and theme across a reload', async () => {
    const page = await openApp({ locale: 'ko-KR' });
    await page.getByRole('group', { name: '언어' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: /Dark/ }).click();
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
  });

  it('shows the error boundary message, not an empty page, on a route that throws', async () => {
    const page = await openApp({ hash: '#/debug/crash' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Something went wrong[\s\S]*fails on purpose/);
    await expect(page.getByRole('banner').isVisible()).resolves.toBe(true);
    forgiveProblems(/fails on purpose|error boundary|Unroll error boundary/);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('names an unknown route instead of failing', async () => {
    const page = await openApp({ hash: '#/no/such/page' });
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.locator('body').innerText()).toContain('/no/such/page');
  });
});
