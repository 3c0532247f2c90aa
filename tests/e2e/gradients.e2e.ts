/**
 * The gradient lab in real Chromium (English UI): the "LSTM fixes it" preset races a tanh RNN, an
 * LSTM and a GRU on the first-symbol memory task at distance 30 (fixed seed) in the race worker;
 * the page must report the LSTM at ≥ 90 % held-out accuracy and the RNN near chance.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

/** The accuracy column of the standings row of `cell`, as a fraction. */
async function accuracyOf(page: Page, cell: string): Promise<number> {
  const rows = await page.locator('.gl-race table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelector('td')?.textContent?.trim() ?? '']));
  const text = rows.find(([name]) => name === cell)?.[1] ?? `(no row ${cell} in ${JSON.stringify(rows)})`;
  const match = /(\d+)\s*%/.exec(text);
  if (!match) throw new Error(`no percentage in "${text}" for ${cell}`);
  return Number(match[1]) / 100;
}

describe('gradient lab', () => {
  it('"LSTM fixes it": at distance 30 the LSTM reaches ≥ 90 % while the tanh RNN stays near chance', async () => {
    const page = await openApp({ hash: '#/lab/gradients', locale: 'en-US' });
    await page.getByRole('button', { name: /LSTM fixes it/ }).click();
    const race = page.locator('.gl-race');
    const intro = await race.locator('.gl-note').first().innerText();
    expect(intro).toMatch(/then 30 steps of noise/);
    const chance = Number(/chance: (\d+)\s*%/.exec(intro)?.[1]) / 100;
    expect(chance).toBeGreaterThan(0);
    // The verdict is written once the race is over.
    await page.locator('.gl-verdict').waitFor({ timeout: 150_000 });
    const lstm = await accuracyOf(page, 'LSTM');
    const rnn = await accuracyOf(page, 'RNN (tanh)');
    expect(lstm).toBeGreaterThanOrEqual(0.9);
    expect(rnn).toBeLessThan(chance + 0.15);
    expect(await page.locator('.gl-verdict').innerText()).toMatch(/LSTM/);
  }, 180_000);

  it('labels both axes of every chart, gives each a legend and a text alternative', async () => {
    const page = await openApp({ hash: '#/lab/gradients', locale: 'en-US' });
    await page.getByRole('button', { name: /Vanishing/ }).click();
    await page.getByRole('button', { name: 'Train', exact: true }).first().click();
    await page.waitForTimeout(2500);
    await page.getByRole('button', { name: 'Pause', exact: true }).first().click();
    await page.locator('.gl-heat svg[role="img"]').waitFor();
    const charts = await page.locator('.panel figure').evaluateAll((figs) =>
      figs.filter((f) => f.querySelector(':scope svg[role="img"]')).map((f) => ({
        title: f.getAttribute('aria-labelledby') ? document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ?? '' : f.getAttribute('aria-label') ?? '',
        alt: f.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '',
        axes: [...f.querySelectorAll('.lac__axis-title, .gl-axis-title')].map((e) => e.textContent ?? ''),
        legend: f.querySelector('figcaption')?.textContent ?? '',
      })));
    const axisCharts = charts.filter((c) => c.axes.length > 0);
    expect(axisCharts.length).toBeGreaterThanOrEqual(4);
    for (const c of charts) expect(c.alt.length, `text alternative of "${c.title}"`).toBeGreaterThan(10);
    for (const c of axisCharts) {
      expect(c.axes, c.title).toHaveLength(2);
      for (const a of c.axes) expect(a.trim().length, `axis label of "${c.title}"`).toBeGreaterThan(0);
      expect(c.legend.trim().length, `legend of "${c.title}"`).toBeGreaterThan(0);
    }
  });
});
