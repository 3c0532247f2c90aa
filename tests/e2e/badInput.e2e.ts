/**
 * Bad input everywhere, as one table: each case feeds one input of the app something wrong and
 * expects its own message; after each group the app must still work (a step still trains, a
 * diagram still answers). Markup never becomes elements. English UI, real Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openApp, useBrowser } from './harness.ts';

useBrowser();

type Case = Readonly<{ name: string; act: (page: Page) => Promise<void>; expect: string | RegExp; where?: string }>;

/** Opens `hash` as a fresh load (a pasted link), not as an in-page hash change. */
const link = (hash: string) => async (page: Page) => {
  await page.goto('about:blank');
  await page.goto(baseUrl() + hash);
};

/**
 * One pasted link can hold several faults; each must get its own message. Links are grouped so a
 * page load checks many fields (loads are what cost time), and the run must still train after each.
 */
/** The next fault of the same link: nothing to do, the message must already be there. */
const stay = async (): Promise<void> => {};
const BROKEN = '#/lab/training?cell=banana&layers=x&lr=1e6&hidden=0&seed=-5&banana=1&opt=' + encodeURIComponent('<img src=x onerror=alert(1)>');
const LINKS: Case[] = [
  { name: 'unknown cell type', act: link(BROKEN), expect: /cell type is “banana”/i },
  { name: 'layers not a number', act: stay, expect: /Layers is “x”, which is not a number/i },
  { name: 'learning rate 1e6', act: stay, expect: /Learning rate is 1e6, outside the allowed range 0\.00001 to 1/i },
  { name: 'hidden size 0', act: stay, expect: /Hidden size is 0/i },
  { name: 'seed negative', act: stay, expect: /Seed is -5/i },
  { name: 'unknown field', act: stay, expect: 'The link has a field “banana” that Unroll does not know' },
  { name: 'markup in a link value', act: stay, expect: /“<img src=x onerror=alert\(1\)>”; allowed values are/i },
  { name: 'layers 99', act: link('#/lab/training?layers=99&lr=0.01&lr=0.02'), expect: /Layers is 99/i },
  { name: 'field set twice', act: stay, expect: /sets .* twice; the first value was used/i },
  { name: '100 KB link', act: link(`#/lab/training?${'x'.repeat(100 * 1024)}`), expect: /The link is too long to read \(\d+ characters; at most \d+\)/i },
];

const ROUTES: Case[] = [
  { name: 'missing lesson', act: link('#/lesson/99/step/1'), expect: 'There is no lesson 99', where: 'h1' },
  { name: 'missing step', act: link('#/lesson/1/step/99'), expect: 'Lesson 1 has no step 99', where: 'h1' },
  { name: 'unknown route', act: link('#/nowhere/at/all'), expect: 'Page not found', where: 'h1' },
];

/** Types into a labelled number field and commits with Enter. */
const field = (name: RegExp, value: string) => async (page: Page) => {
  const f = page.getByRole('spinbutton', { name }).first();
  await f.fill(value);
  await f.press('Enter');
};

const FIELDS: Case[] = [
  { name: 'learning rate 1e6', act: field(/^Learning rate/, '1e6'), expect: 'Enter a number from 1e-5 to 1; 1e6 is outside.' },
  { name: 'learning rate empty', act: field(/^Learning rate/, ''), expect: 'Enter a number.' },
  { name: 'hidden size 0', act: field(/^Hidden size/, '0'), expect: /from 1 to 256; 0 is outside/ },
  { name: 'hidden size 2.5', act: field(/^Hidden size/, '2.5'), expect: 'Enter a whole number from 1 to 256.' },
  { name: 'layers 99', act: field(/^Layers/, '99'), expect: /from 1 to 4; 99 is outside/ },
  { name: 'sequence length 1', act: field(/^Sequence length/, '1'), expect: /1 is outside/ },
  { name: 'batch size 0', act: field(/^Batch size/, '0'), expect: /from 1 to 128; 0 is outside/ },
  { name: 'seed -1', act: field(/^Seed/, '-1'), expect: /-1 is outside/ },
];

/** Imports `content` as a weights file. */
const weights = (content: string | Buffer, name = 'weights.json') => async (page: Page) => {
  await page.locator('input[type="file"][accept*="json"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
};

const WEIGHTS: Case[] = [
  { name: 'not JSON', act: weights('{"rnn.weight_ih_l0": [1,'), expect: 'That file is not valid JSON. Nothing was changed.' },
  { name: 'an array', act: weights('[1, 2, 3]'), expect: 'That file is not a state dict (an object of parameter names). Nothing was changed.' },
  { name: 'prototype-pollution keys', act: weights('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}'), expect: 'That file has a parameter this model does not have' },
  { name: 'no parameters', act: weights('{}'), expect: 'That file lacks a parameter this model needs. Nothing was changed.' },
  { name: 'a 6 MB file', act: weights(Buffer.alloc(6 * 1024 * 1024, 32)), expect: 'That file is larger than 5 MB, so it was not read.' },
  { name: 'HTML instead of JSON', act: weights('<script>alert(1)</script>', 'evil.json'), expect: 'That file is not valid JSON. Nothing was changed.' },
];

const SHAPES: Case[] = [
  { name: 'hidden_size 0', act: field(/^hidden_size/, '0'), expect: 'hidden_size must be a whole number from 1 to 4096.' },
  { name: 'num_layers 0', act: field(/^num_layers/, '0'), expect: /num_layers must be a whole number from 1 to \d+\./ },
  { name: 'input_size 2.5', act: field(/^input_size/, '2.5'), expect: /input_size must be a whole number from 1 to \d+\./ },
];

const tryWord = (text: string) => async (page: Page) => {
  await page.getByRole('textbox', { name: 'The first three letters of a word' }).fill(text);
  await page.getByRole('button', { name: 'Predict' }).click();
};
const series = (text: string) => async (page: Page) => {
  await page.getByRole('textbox', { name: /Numbers, one per line/ }).fill(text);
  await page.getByRole('button', { name: 'Train on my series' }).click();
};

const ARCHITECTURES: Case[] = [
  { name: 'word too short', act: tryWord('lo'), expect: 'That is the wrong length.' },
  { name: 'word with a digit', act: tryWord('l0v'), expect: '“0” is not something this model knows.' },
  { name: 'empty word', act: tryWord('   '), expect: 'Type something first.' },
  { name: 'script tag in a CSV', act: series('1\n2\n<script>alert(1)</script>'), expect: 'The file contains markup, not numbers; nothing from it was used.' },
  { name: 'empty CSV', act: series(''), expect: 'The file is empty: paste or upload a column of numbers.' },
  { name: 'NaN in a CSV', act: series('1\n2\nNaN\n4'), expect: /^A value is not a finite number/ },
  { name: 'too few values', act: series('1\n2\n3'), expect: 'Too few numbers for this window: at least 14 are needed.' },
];

/** Runs one case and checks its message appears, and no markup became an element. */
async function check(page: Page, c: Case): Promise<void> {
  const before = await page.evaluate(() => document.querySelectorAll('script, img[onerror], iframe').length);
  await c.act(page);
  const scope = page.locator(c.where ?? 'body');
  const text = typeof c.expect === 'string' ? scope.getByText(c.expect, { exact: false }) : scope.getByText(c.expect);
  await text.first().waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error(`${c.name}: no message matching ${String(c.expect)}`);
  });
  const after = await page.evaluate(() => document.querySelectorAll('script, img[onerror], iframe').length);
  expect(after, `${c.name}: markup became elements`).toBeLessThanOrEqual(before);
}

/** The run still trains: Step advances the step counter. */
async function stillTrains(page: Page): Promise<void> {
  const status = page.getByRole('status', { name: 'Training status' });
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[aria-label="Training status"]')?.dataset.status === 'idle' || document.querySelector<HTMLElement>('[aria-label="Training status"]')?.dataset.status === 'paused');
  const step0 = Number(await status.getAttribute('data-step'));
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.waitForFunction((s) => Number(document.querySelector<HTMLElement>('[aria-label="Training status"]')?.dataset.step) === s + 1, step0);
}

describe('bad input everywhere', () => {
  it(`has at least 30 cases`, () => {
    expect(LINKS.length + ROUTES.length + FIELDS.length + WEIGHTS.length + SHAPES.length + ARCHITECTURES.length).toBeGreaterThanOrEqual(30);
  });

  it('links and routes: each names its fault, the app opens with defaults and trains', async () => {
    const page = await openApp({ hash: '#/lab/training' });
    for (const [i, c] of LINKS.entries()) {
      await check(page, c);
      // After the last fault of each link, the app opened with defaults must still train.
      if (LINKS[i + 1]?.act !== stay) await stillTrains(page);
    }
    for (const c of ROUTES) await check(page, c);
    await link('#/lab/training')(page);
    await stillTrains(page);
  }, 120_000);

  it('hyperparameter fields and weight files: each names its fault, nothing changes, the run still trains', async () => {
    const page = await openApp({ hash: '#/lab/training' });
    await stillTrains(page);
    for (const c of [...FIELDS, ...WEIGHTS]) await check(page, c);
    // The refused values stay in their fields as typed, but the model is still the lecture's.
    await expect(page.getByRole('spinbutton', { name: /^Hidden size/ }).inputValue()).resolves.toBe('2.5');
    await page.getByText('nn.RNN(1, 64, num_layers=2, batch_first=True)', { exact: false }).first().waitFor();
    await stillTrains(page);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  }, 90_000);

  it('shape fields and the architectures inputs: each names its fault, the last good result stays', async () => {
    const page = await openApp({ hash: '#/lab/shapes' });
    for (const c of SHAPES) await check(page, c);
    await expect(page.getByRole('table', { name: 'What the module returns' }).innerText()).resolves.toContain('[8, 10, 64]');
    await link('#/lab/architectures')(page);
    await page.getByText(/^Trained: \d+ steps/).waitFor({ timeout: 60_000 });
    for (const c of ARCHITECTURES) await check(page, c);
    await tryWord('lov')(page);
    await expect.poll(() => page.locator('.arch__emitted').innerText()).toBe('e');
  }, 120_000);
});
