import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useBrowser } from './harness.ts';


useBrowser();

/** Where the step-through is: the status sentence, the steps drawn as current, the live equations' TeX. */
async function state(page: Page): Promise<{ status: string; current: string; tex: string }> {
  return page.evaluate(() => {
    const status = document.querySelector('.unrolled__status')?.textContent ?? '';
    const phase = document.querySelector('svg.unrolled-svg .uband')?.getAttribute('class') ?? '';
    const current = `${phase}: ${[...document.querySelectorAll('svg.unrolled-svg .ublock--current')]
      .map((b) => `${b.getAttribute('data-row')}@${b.getAttribute('data-step')}`)
      .join(' ')}`;
    const tex = [...document.querySelectorAll('[data-testid="live-equations"] annotation')].map((a) => a.textContent).join('\n');
    return { status, current, tex };
  });
}

/**
 * Pairs of visible text labels (SVG text, legends, controls) whose boxes overlap by more than
 * 1 px, and how many labels were checked (so an empty answer cannot come from checking nothing).
 */
async function overlappingLabels(page: Page): Promise<{ checked: number; overlaps: string[] }> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('section.unrolled svg text, section.unrolled button, section.unrolled .unrolled__status, section.unrolled label')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
        for (let e: Element | null = el; e !== null; e = e.parentElement) if (Number(getComputedStyle(e).opacity) === 0) return false;
        return (el.textContent ?? '').trim() !== '';
      })
      .map((el) => ({ el, r: el.getBoundingClientRect(), text: (el.textContent ?? '').trim() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) out.push(`"${a.text}" × "${b.text}"`);
      }
    }
    return { checked: boxes.length, overlaps: out };
  });
}


const ready = async (page: Page): Promise<void> => {
  await page.locator('svg.unrolled-svg').waitFor({ timeout: 30_000 });
};

describe('Unrolled panel', () => {
  it('steps forward T times with → and back through the backward pass, changing the step and the numbers each time', async () => {
    const page = await openApp({ hash: '#/lab/unrolled', locale: 'en-US', width: 1280 });
    await ready(page);
    await page.getByRole('button', { name: 'Back to the start' }).click();
    await page.locator('svg.unrolled-svg').focus();
    await expect.poll(async () => (await state(page)).status).toContain('Before the first step');
    let before = await state(page);
    const T = 10;
    for (let t = 1; t <= T; t++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await state(page)).status).toContain(`Forward pass · t = ${t} of ${T}`);
      const now = await state(page);
      expect(now.current).not.toBe(before.current);
      expect(now.current).toContain(`0-0@${t}`);
      expect(now.tex).not.toBe(before.tex);
      before = now;
    }
    for (let t = T; t >= 1; t--) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await state(page)).status).toContain(`Backward pass · t = ${t} of ${T}`);
      const now = await state(page);
      expect(now.tex).not.toBe(before.tex);
      expect(now.tex).toContain('\\partial L');
      expect(now.current).not.toBe(before.current);
      expect(now.current).toContain('uband--backward');
      expect(now.current).toContain(`0-0@${t}`);
      before = now;
    }
    // The gradient arrows appeared along the way, one per visited step and layer.
    await expect(page.locator('svg.unrolled-svg line.uarrow--grad').count()).resolves.toBe(2 * T);
  });

  for (const width of [375, 1920]) {
    it(`draws no overlapping labels at ${width} px, for the lecture model and the tiny model`, async () => {
      const page = await openApp({ hash: '#/lab/unrolled', locale: 'en-US', width, height: 1000 });
      await ready(page);
      await page.screenshot({ fullPage: true });
      const lecture = await overlappingLabels(page);
      expect(lecture.overlaps, 'lecture model, end of the forward pass').toEqual([]);
      expect(lecture.checked).toBeGreaterThanOrEqual(20);
      await page.locator('svg.unrolled-svg').focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect((await overlappingLabels(page)).overlaps, 'lecture model, backward pass').toEqual([]);

      await page.getByRole('button', { name: 'Tiny model (hidden 2)' }).click();
      await page.locator('svg.unrolled-svg .ucell').first().waitFor();
      await expect.poll(() => page.locator('svg.unrolled-svg .ublock').first().locator('.ucell').count()).toBe(2);
      await page.waitForTimeout(700); // let the columns' transitions settle
      await page.screenshot({ fullPage: true });
      const tiny = await overlappingLabels(page);
      expect(tiny.overlaps, 'tiny model').toEqual([]);
      expect(tiny.checked).toBeGreaterThanOrEqual(20);
    });
  }

  it('rolls up into the loop and shows the LSTM cell view, in Korean', async () => {
    const page = await openApp({ hash: '#/lab/unrolled?task=words&cell=lstm&layers=1&hidden=2', locale: 'ko-KR', width: 1280 });
    await ready(page);
    await page.getByRole('heading', { name: /LSTM 셀의 내부/ }).waitFor();
    await page.getByRole('button', { name: '접기' }).click();
    await expect(page.getByRole('button', { name: '펼치기' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('svg.unrolled-svg .uloops--on').count()).resolves.toBe(1);
  });
  // Accessibility of this panel (both themes) is checked by a11y.e2e.ts's sweep of every route.
});
