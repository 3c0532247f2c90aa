/**
 * Presenter mode in a real browser: a clicker's PageDown advances, the speaker window (a second
 * page opened with window.open) follows and can drive, B blanks the screen, Escape leaves full
 * screen and presenter mode, and moving through steps never restarts a training run.
 */
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

describe('presenter mode', () => {
  it('advances on PageDown, keeps the speaker view in step, blanks on B and leaves on Escape', async () => {
    const page = await openApp({ hash: '#/lesson/2/step/1', locale: 'en-US', width: 1920, height: 1080 });
    await page.getByRole('heading', { level: 1, name: 'One cell, applied at every step' }).waitFor();
    await page.keyboard.press('p');
    const bar = page.getByRole('toolbar', { name: 'Presenter controls' });
    await bar.waitFor();
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--zoom'))).toBe('1.3');

    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    const speakerErrors: string[] = [];
    speaker.on('console', (m) => m.type() === 'error' && speakerErrors.push(m.text()));
    speaker.on('pageerror', (e) => speakerErrors.push(e.message));
    await speaker.getByRole('heading', { level: 1, name: 'Speaker view' }).waitFor();
    await speaker.getByRole('heading', { level: 2, name: 'One cell, applied at every step' }).waitFor();
    expect(speaker.url()).toContain('?speaker=1#/lesson/2/step/1');

    // Chrome leaves full screen when a page opens a window; presenter mode stays, and the next
    // key in the presenting window brings full screen back.
    await page.bringToFront();
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { level: 1, name: 'The hidden state is the memory' }).waitFor();
    await bar.waitFor();
    await speaker.getByRole('heading', { level: 2, name: 'The hidden state is the memory' }).waitFor();
    await speaker.getByText('Rolled and unrolled').waitFor();

    // The speaker view drives the show too.
    await speaker.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Rolled and unrolled' }).waitFor();
    expect(page.url()).toContain('#/lesson/2/step/3');

    await page.bringToFront();
    await page.keyboard.press('b');
    const blanked = page.getByRole('status', { name: 'The screen is blanked. Press B to show it again.' });
    await blanked.waitFor();
    expect(await blanked.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('b');
    await blanked.waitFor({ state: 'detached' });

    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    // Leaving fullscreen is asynchronous in the browser; the bar leaves as soon as React knows.
    await page.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 5_000 });
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--zoom'))).toBe('');
    await page.getByRole('heading', { level: 1, name: 'Rolled and unrolled' }).waitFor();
    expect(speakerErrors).toEqual([]);
  });

  it('moves through steps without restarting the training run', async () => {
    const page = await openApp({ hash: '#/lesson/4/step/4', locale: 'en-US', width: 1920, height: 1080 });
    await page.getByRole('heading', { level: 1, name: 'Train it and watch' }).waitFor();
    const controls = page.getByRole('group', { name: 'Run controls' });
    const stepButton = controls.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => stepButton.isEnabled(), { timeout: 20_000 }).toBe(true);
      await stepButton.click();
    }
    // The address bar is the run's share link: it names the step the run has reached.
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/[?&]step=3\b/);
    await page.getByRole('button', { name: /Present/ }).click();
    await page.getByRole('toolbar', { name: 'Presenter controls' }).waitFor();
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { level: 1, name: 'It learns the wave, not the noise' }).waitFor();
    await page.keyboard.press('b');
    await page.keyboard.press('b');
    await page.keyboard.press('PageUp');
    await page.getByRole('heading', { level: 1, name: 'Train it and watch' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/#\/lesson\/4\/step\/4\?.*[?&]?step=3\b/);
  });

  it('opens a deep link at the exact step, and presenter mode starts there', async () => {
    const page = await openApp({ hash: '#/lesson/8/step/2', locale: 'ko-KR', width: 1920, height: 1080 });
    await page.getByRole('heading', { level: 1, name: 'LSTM 셀' }).waitFor();
    await page.getByRole('button', { name: /발표하기/ }).click();
    const bar = page.getByRole('toolbar', { name: '발표 도구' });
    await bar.waitFor();
    expect(await bar.innerText()).toContain('8강 · 5단계 중 2단계');
  });
});
