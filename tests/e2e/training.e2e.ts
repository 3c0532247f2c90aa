/**
 * Live training in real Chromium (English UI): smoothness while training as fast as the engine
 * allows, exact Step / Pause semantics, bit-for-bit share links, and bad input that gives a
 * message instead of breaking the app.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openApp, useBrowser } from './harness.ts';

useBrowser();

type Status = { status: string; step: number; loss: string; frame: number };

const status = (page: Page) => page.getByRole('status', { name: 'Training status' });

async function readStatus(page: Page): Promise<Status> {
  return status(page).evaluate((el: HTMLElement) => ({
    status: el.dataset.status ?? '',
    step: Number(el.dataset.step),
    loss: el.dataset.loss ?? '',
    frame: Number(el.dataset.frame),
  }));
}

/** A condition on the status region, as data (the page's CSP forbids evaluating strings). */
type Want = Readonly<{ status?: string; step?: number; minStep?: number; measured?: boolean }>;

/** Waits until the status region satisfies `want`, polled inside the page. */
async function waitStatus(page: Page, want: Want, timeout = 30_000): Promise<Status> {
  await page.waitForFunction(
    (w: Want) => {
      const el = document.querySelector<HTMLElement>('[role="status"][aria-label="Training status"]');
      if (!el) return false;
      const step = Number(el.dataset.step);
      const loss = el.dataset.loss ?? '';
      return (
        (w.status === undefined || el.dataset.status === w.status) &&
        (w.step === undefined || step === w.step) &&
        (w.minStep === undefined || step >= w.minStep) &&
        (!w.measured || (loss !== '' && Number.isFinite(Number(loss))))
      );
    },
    want,
    { timeout, polling: 50 },
  );
  return readStatus(page);
}

/** Opens the Training panel with a PerformanceObserver for long tasks installed before any script runs. */
async function openTraining(hash = '#/lab/training'): Promise<Page> {
  const page = await openApp({ hash });
  await page.context().addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Train' }).waitFor();
  return page;
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('training panel', () => {
  it('trains the sine lesson to a loss below 0.05 in 10 s with no long task and ≥ 20 UI updates per second', async () => {
    const page = await openTraining();
    await waitStatus(page, { status: 'idle', measured: true });
    const predBefore = await page.locator('path.series--pred').getAttribute('d');
    const before = await readStatus(page);
    const t0 = await page.evaluate(() => performance.now());
    await button(page, 'Train').click();
    await page.waitForTimeout(10_000);
    const after = await readStatus(page);
    const t1 = await page.evaluate(() => performance.now());
    const longTasks = await page.evaluate((since) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= since), t0);
    const predAfter = await page.locator('path.series--pred').getAttribute('d');
    const speed = await page.locator('.counters__item').filter({ hasText: 'Steps/s' }).locator('dd').innerText();
    console.info(`10 s of training: step ${after.step}, loss ${after.loss}, ${((after.frame - before.frame) / ((t1 - t0) / 1000)).toFixed(1)} UI updates/s, ${speed} steps/s, long tasks ${JSON.stringify(longTasks)}`);

    expect(after.status).toBe('running');
    expect(Number(after.loss)).toBeLessThan(0.05);
    expect(predAfter).not.toBe(predBefore);
    expect(longTasks.filter((t) => t.duration > 50)).toEqual([]);
    expect((after.frame - before.frame) / ((t1 - t0) / 1000)).toBeGreaterThanOrEqual(20);
    await button(page, 'Pause').click();
    await waitStatus(page, { status: 'paused' });
  });

  it('advances exactly one optimizer step per Step and takes none after Pause is acknowledged', async () => {
    const page = await openApp({ hash: '#/lab/training' });
    await waitStatus(page, { status: 'idle', measured: true });
    await button(page, 'Step').click();
    expect((await waitStatus(page, { step: 1 })).status).toBe('paused');
    await button(page, 'Step').click();
    await waitStatus(page, { step: 2 });
    await page.waitForTimeout(300);
    expect((await readStatus(page)).step).toBe(2);

    await button(page, 'Train').click();
    await waitStatus(page, { status: 'running', minStep: 60 });
    await button(page, 'Pause').click();
    const paused = await waitStatus(page, { status: 'paused' });
    await page.waitForTimeout(700);
    const later = await readStatus(page);
    expect(later.step).toBe(paused.step);
    expect(later.loss).toBe(paused.loss);
    await expect(status(page).innerText()).resolves.toContain(`Paused at step ${paused.step.toLocaleString('en-US')}`);
  });

  it('replays a share link taken at step N ≥ 200 to step N with the same loss, bit for bit', async () => {
    const page = await openApp({ hash: '#/lab/training' });
    await waitStatus(page, { status: 'idle', measured: true });
    await button(page, 'Train').click();
    await waitStatus(page, { minStep: 200 });
    await button(page, 'Pause').click();
    const at = await waitStatus(page, { status: 'paused' });
    expect(at.step).toBeGreaterThanOrEqual(200);
    await button(page, 'Copy share link').click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toContain(`step=${at.step}`);
    expect(link.startsWith(baseUrl())).toBe(true);

    const other = await openApp({ hash: link.slice(link.indexOf('#')) });
    const replayed = await waitStatus(other, { status: 'paused', step: at.step });
    expect(replayed.loss).toBe(at.loss);
    await expect(status(other).innerText()).resolves.toContain(`Paused at step ${at.step.toLocaleString('en-US')}`);
  });

  it('explains a hand-broken link and a learning rate of 1e6, and keeps working', async () => {
    const page = await openApp({ hash: '#/lab/training?cell=banana&layers=x&lr=1e6' });
    const messages = page.locator('.messages');
    await messages.getByText('cell type is “banana”', { exact: false }).waitFor();
    await expect(messages.innerText()).resolves.toMatch(/Layers is “x”, which is not a number/);
    await expect(messages.innerText()).resolves.toMatch(/Learning rate is 1e6, outside the allowed range 0\.00001 to 1/);
    await waitStatus(page, { status: 'idle', measured: true });
    await button(page, 'Step').click();
    await waitStatus(page, { step: 1 });

    const lr = page.getByRole('spinbutton', { name: 'Learning rate' });
    await lr.fill('1e6');
    await lr.press('Enter');
    await page.getByText('Enter a number from 1e-5 to 1; 1e6 is outside.').waitFor();
    await expect(lr.getAttribute('aria-invalid')).resolves.toBe('true');
    await button(page, 'Step').click();
    const s = await waitStatus(page, { step: 2 });
    expect(s.status).toBe('paused');
  });

  it('pauses a diverging run, names the step, and recovers on Reset', async () => {
    const page = await openApp({ hash: '#/lab/training?cell=rnn_relu&opt=sgd&mom=0.9&lr=1' });
    await waitStatus(page, { status: 'idle', measured: true });
    await button(page, 'Train').click();
    const d = await waitStatus(page, { status: 'diverged' });
    await page.locator('.messages').getByText(`Training diverged at step ${d.step}`, { exact: false }).waitFor();
    await expect(page.locator('.messages').innerText()).resolves.toMatch(/Lower the learning rate or turn on gradient clipping/);
    await expect(button(page, 'Train').isDisabled()).resolves.toBe(true);
    await button(page, 'Reset').click();
    const r = await waitStatus(page, { status: 'idle', step: 0, measured: true });
    expect(Number.isFinite(Number(r.loss))).toBe(true);
  });
});
