/**
 * Self-contained and offline: no request leaves the origin on any route (the harness also fails any
 * test on an external request), and after the first visit the service worker serves the whole app
 * — reload with the network off, open a lazily loaded panel and train.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, useBrowser } from './harness.ts';

useBrowser();

// Every other route is visited by a11y.e2e.ts, where the harness fails on any external request too.
const ROUTES = ['#/', '#/lesson/7/step/1', '#/lab/architectures'];

describe('offline and self-contained', () => {
  it('requests nothing outside its own origin (fonts, KaTeX, workers, lazy panels)', async () => {
    const page = await openApp({ hash: '#/' });
    const origin = new URL(baseUrl()).origin;
    const seen = new Set<string>();
    page.on('request', (r) => seen.add(new URL(r.url()).origin));
    for (const hash of ROUTES) {
      await page.goto(baseUrl() + hash);
      await page.getByRole('heading').first().waitFor();
      await page.waitForTimeout(400);
    }
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    for (const r of resources) seen.add(new URL(r).origin);
    seen.delete('null');
    expect([...seen].filter((o) => o !== origin && !o.startsWith('data:') && !o.startsWith('blob:'))).toEqual([]);
    // KaTeX's and the Korean font's files come from the origin itself.
    expect(resources.some((r) => r.startsWith(origin) && /\.woff2$/.test(r))).toBe(true);
  });

  it('after the first visit, reloads with the network off, opens a lazy panel and trains', async () => {
    const page = await openApp({ hash: '#/lab/training' });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    const status = page.getByRole('status', { name: 'Training status' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[aria-label="Training status"]')?.dataset.status === 'idle');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[aria-label="Training status"]')?.dataset.step === '1');
    expect(await status.getAttribute('data-step')).toBe('1');
    // A panel never opened online still loads: its chunk and worker were precached.
    await page.goto(baseUrl() + '#/lab/architectures');
    await page.getByText(/^Trained: \d+ steps/).waitFor({ timeout: 60_000 });
    await page.goto(baseUrl() + '#/lesson/7/step/1');
    await page.locator('.katex').first().waitFor();
    await page.context().setOffline(false);
  }, 120_000);
});
