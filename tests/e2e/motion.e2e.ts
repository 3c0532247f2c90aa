/**
 * prefers-reduced-motion: reduce turns motion into steps. The home page does not start training by
 * itself, no CSS animation or transition runs while stepping through the diagrams, and the values
 * the animations would carry are still on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

/** Animations (CSS animations, transitions, Web Animations) that are running with a duration. */
const running = (page: Page) =>
  page.evaluate(() =>
    document.getAnimations()
      .filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration ?? 0) > 0)
      .map((a) => `${a.constructor.name} on ${(a.effect as KeyframeEffect | null)?.target?.getAttribute('class') ?? '?'}`),
  );

describe('reduced motion', () => {
  it('does not autoplay the home demo; the Train button starts it', async () => {
    const page = await openApp({ hash: '#/', reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    await page.waitForTimeout(2000);
    await expect(page.getByRole('status', { name: 'Training status' }).getAttribute('data-step')).resolves.toBe('0');
  });

  it('steps the architecture diagrams and trains the gradient lab without running animations', async () => {
    const page = await openApp({ hash: '#/lab/architectures', reducedMotion: 'reduce' });
    await page.getByText(/^Trained: \d+ steps/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForTimeout(100);
    expect(await running(page)).toEqual([]);
    await expect(page.locator('.arch-step__readout').innerText()).resolves.toMatch(/^t = 2 · reads “/);

    const motion = await openApp({ hash: '#/lab/gradients', reducedMotion: 'no-preference' });
    await motion.getByRole('button', { name: 'Train', exact: true }).first().click();
    await motion.waitForTimeout(1500);
    // The positive control: with motion allowed, the gradient pulse does animate.
    const withMotion = await running(motion);

    const still = await openApp({ hash: '#/lab/gradients', reducedMotion: 'reduce' });
    await still.getByRole('button', { name: 'Train', exact: true }).first().click();
    await still.waitForTimeout(1500);
    expect(await running(still)).toEqual([]);
    // The values are there, as bars and text, without the motion.
    await still.locator('.gl-heat svg[role="img"]').waitFor();
    expect(withMotion.length).toBeGreaterThan(0);
  }, 120_000);
});
