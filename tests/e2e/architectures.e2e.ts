/**
 * Architectures in real Chromium (English UI): every diagram trains its live model in the
 * playground worker and steps through all of its time steps, with the highlighted column, the
 * input read and the output emitted following; word completion answers "lov"; a bad CSV is named.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

const DIAGRAMS = ['One-to-one', 'One-to-many', 'Many-to-one', 'Many-to-one: sentiment', 'Many-to-many', 'Seq2seq', 'Bidirectional', 'Stacked'];

/** What the page shows at the current step, read from the DOM. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const active = document.querySelector('.arch-col.is-active');
    const readout = document.querySelector('.arch-step__readout')?.textContent ?? '';
    return {
      t: Number(active?.getAttribute('data-t')),
      activeColumns: document.querySelectorAll('.arch-col.is-active').length,
      input: active?.querySelector('.arch-box--in + text')?.textContent ?? null,
      output: active?.querySelector('.arch-box--out + text')?.textContent ?? null,
      outputLit: active?.querySelector('.arch-box--out')?.classList.contains('is-active') ?? false,
      inputLit: active?.querySelector('.arch-box--in')?.classList.contains('is-active') ?? false,
      stateLit: active ? active.querySelectorAll('.arch-box--h.is-active').length : 0,
      readout,
    };
  });
}

describe('architecture diagrams', () => {
  it('steps every diagram through all its time steps; highlights, inputs and outputs follow', async () => {
    const page = await openApp({ hash: '#/lab/architectures', locale: 'en-US' });
    const picker = page.getByRole('group', { name: 'Diagram' });
    for (const name of DIAGRAMS) {
      await picker.getByRole('button', { name, exact: true }).click();
      if (name !== 'One-to-one') await page.getByText(/^Trained: \d+ steps/).waitFor({ timeout: 60_000 });
      const position = await page.locator('.arch-step__pos').innerText();
      const T = Number(/of (\d+)/.exec(position)?.[1]);
      expect(T, name).toBeGreaterThan(0);
      const figure = page.getByRole('group', { name: /step through time/ });
      await figure.focus();
      await page.keyboard.press('Home');
      const seen: string[] = [];
      for (let t = 0; t < T; t++) {
        const s = await shown(page);
        expect(s.t, `${name} t`).toBe(t);
        expect(s.activeColumns, name).toBe(1);
        expect(s.readout, name).toContain(`t = ${t + 1} ·`);
        if (s.input !== null) {
          expect(s.inputLit, `${name} input lit`).toBe(true);
          expect(s.readout, name).toContain(`reads “${s.input}”`);
        }
        if (name !== 'One-to-one') expect(s.stateLit, `${name} states lit`).toBeGreaterThan(0);
        if (s.output !== null) {
          expect(s.outputLit, `${name} output lit`).toBe(true);
          expect(s.readout, name).toMatch(new RegExp(`emits “?${s.output.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
          seen.push(s.output);
        } else {
          expect(s.readout, name).toContain('emits nothing yet');
        }
        if (t < T - 1) await page.keyboard.press('ArrowRight');
      }
      expect(seen.length, `${name} emits something`).toBeGreaterThan(0);
      // ← walks back to the start.
      for (let t = T - 1; t > 0; t--) await page.keyboard.press('ArrowLeft');
      expect((await shown(page)).t, name).toBe(0);
    }
  }, 240_000);

  it('completes "lov" with its last letter and shows the probabilities', async () => {
    const page = await openApp({ hash: '#/lab/architectures', locale: 'en-US' });
    await page.getByText(/^Trained: \d+ steps/).waitFor({ timeout: 60_000 });
    const field = page.getByRole('textbox', { name: 'The first three letters of a word' });
    await field.fill('lov');
    await page.getByRole('button', { name: 'Predict' }).click();
    const top = page.getByRole('figure', { name: 'Most likely outputs' });
    await expect.poll(() => top.getByRole('listitem').first().innerText()).toMatch(/^e\s+[\d.]+%$/);
    const percents = (await top.getByRole('listitem').allInnerTexts()).map((s) => Number(/([\d.]+)%/.exec(s)?.[1]));
    expect(percents[0]).toBeGreaterThan(50);
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    await expect(page.locator('.arch__emitted').innerText()).resolves.toBe('e');
    await expect(page.getByRole('combobox', { name: 'Example' }).inputValue()).resolves.toBe('own');

    await field.fill('lo?');
    await page.getByRole('button', { name: 'Predict' }).click();
    await page.getByRole('alert').getByText('“?” is not something this model knows.').waitFor();
    await expect(field.inputValue()).resolves.toBe('lo?');
  });

  it('names a bad CSV, a too-large upload and a NaN, and keeps working', async () => {
    const page = await openApp({ hash: '#/lab/architectures', locale: 'en-US' });
    const box = page.getByRole('textbox', { name: /Numbers, one per line/ });
    const train = page.getByRole('button', { name: 'Train on my series' });
    const alert = page.locator('.arch-series [role="alert"]');
    await box.fill('value\n1\n2\nhello\n4');
    await train.click();
    await expect(alert.innerText()).resolves.toMatch(/^A line is not a number/);
    await box.fill('1\n2\nNaN\n4');
    await train.click();
    await expect(alert.innerText()).resolves.toMatch(/^A value is not a finite number/);
    await page.locator('.arch-series input[type="file"]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(2_000_000, '1\n') });
    await expect(alert.innerText()).resolves.toBe('The file is too large (at most 1 MB).');
    const series = Array.from({ length: 120 }, (_, i) => (10 + Math.sin(i / 4)).toFixed(3)).join('\n');
    await page.locator('.arch-series input[type="file"]').setInputFiles({ name: 'ok.csv', mimeType: 'text/csv', buffer: Buffer.from(`reading\n${series}`) });
    await page.getByText('120 points, window 10 → 110 pairs').waitFor();
    await page.locator('.arch-series').getByText(/^Trained: \d+ steps/).waitFor({ timeout: 60_000 });
    await page.locator('.arch-series__fit').waitFor();
  });

  it('has no serious axe violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openApp({ hash: '#/lab/architectures', colorScheme, locale: 'en-US' });
      await page.getByText(/^Trained: \d+ steps/).waitFor({ timeout: 60_000 });
      expect(await axeViolations(page, { selector: '.panel', impacts: ['serious', 'critical'] }), colorScheme).toEqual([]);
    }
  });
});
