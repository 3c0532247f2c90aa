import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

describe('Shape explorer and PyTorch code panels', () => {
  it('shows the lecture 003 shapes, explains hidden_size 0 and keeps the last valid table', async () => {
    const page = await openApp({ hash: '#/lab/shapes', locale: 'en-US' });
    await page.getByRole('button', { name: /Bidirectional, 3 layers/ }).click();
    const table = page.getByRole('table', { name: 'What the module returns' });
    await expect(table.getByRole('row', { name: /^output/ }).innerText()).resolves.toContain('[4, 6, 512]');
    await expect(table.getByRole('row', { name: /^h_n/ }).innerText()).resolves.toContain('[6, 4, 256]');
    await expect(page.getByRole('img', { name: /^output \[4, 6, 512\]/ }).isVisible()).resolves.toBe(true);

    await page.getByRole('spinbutton', { name: 'hidden_size' }).fill('0');
    await page.getByText('hidden_size must be a whole number from 1 to 4096.').waitFor();
    await expect(page.getByRole('status').innerText()).resolves.toContain('Showing the last valid result');
    await expect(table.getByRole('row', { name: /^output/ }).innerText()).resolves.toContain('[4, 6, 512]');
    await expect(table.getByRole('row', { name: /^h_n/ }).innerText()).resolves.toContain('[6, 4, 256]');
  });

  it('shows the lecture model in the PyTorch script and confirms Copy', async () => {
    const page = await openApp({ hash: '#/lab/code', locale: 'en-US' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const code = page.getByRole('region', { name: /^Python script/ });
    await expect(code.innerText()).resolves.toContain('nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True)');
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').getByText('Copied the script to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('self.fc = nn.Linear(64, 1)');
  });

  // Accessibility of both panels (both themes) is checked by a11y.e2e.ts's sweep of every route.

  it('fits a phone: no page-wide horizontal scroll on either panel', async () => {
    for (const hash of ['#/lab/shapes', '#/lab/code']) {
      const page = await openApp({ hash, locale: 'ko-KR', width: 375 });
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, hash).toBeLessThanOrEqual(0);
    }
  });
});
