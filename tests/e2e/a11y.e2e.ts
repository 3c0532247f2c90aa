import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

const SERIOUS = ['serious', 'critical'] as const;
const PANELS = ['training', 'unrolled', 'gradients', 'architectures', 'shapes', 'code'];

describe('accessibility (axe-core, serious and critical)', () => {
  it('finds no serious violations on the home page, the lesson index and every lab panel, in both themes', async () => {
    // Both themes at once, in two pages: the waits overlap, the checks do not interfere.
    const sweep = async (colorScheme: 'light' | 'dark') => {
      const page = await openApp({ hash: '#/', colorScheme });
      const routes = ['#/', '#/lessons', '#/lab', ...PANELS.map((p) => `#/lab/${p}`)];
      for (const hash of routes) {
        await page.evaluate((h) => {
          window.location.hash = h;
        }, hash);
        await page.waitForTimeout(hash.startsWith('#/lab/') ? 900 : 300);
        expect(await axeViolations(page, { impacts: SERIOUS }), `${hash} (${colorScheme})`).toEqual([]);
      }
    };
    await Promise.all([sweep('light'), sweep('dark')]);
  });

  // Every lesson's first step, in both languages, is checked by lessons.e2e.ts as it walks the course.

  it('shows a visible focus ring on every keyboard stop of the header', async () => {
    const page = await openApp({ hash: '#/' });
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'none';
        const cs = getComputedStyle(el);
        return `${cs.outlineStyle} ${cs.outlineWidth}`;
      });
      expect(outline, `tab stop ${i + 1}`).not.toMatch(/^none|0px$/);
    }
  });
});
