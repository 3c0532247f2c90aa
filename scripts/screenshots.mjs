// `npm run screenshots` (after `vite build`): the first step of every lesson at 1920×1080, in
// Korean and English, saved as docs/screenshots/lesson-XX-<lang>.png for the README. The lessons
// are counted from the course index page, so a new lesson needs no change here.
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';

const OUT = 'docs/screenshots';
const LANGS = [
  ['ko', 'ko-KR'],
  ['en', 'en-US'],
];
// Same flags as the e2e browser (tests/e2e/browser.ts): closed network, root user.
const ARGS = ['--no-sandbox', '--no-zygote', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--headless=shell'];

mkdirSync(OUT, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const { port } = server.httpServer.address();
const base = `http://127.0.0.1:${port}/`;
const browser = await pw.launch({ executablePath: process.env.CHROME_PATH || (await chromium.executablePath()), args: ARGS });
let failed = false;
try {
  for (const [lang, locale] of LANGS) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      failed = true;
      console.error(`page error (${lang}): ${e.message}`);
    });
    await page.goto(`${base}#/lessons`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const count = await page.locator('.course__list > li').count();
    for (let n = 1; n <= count; n++) {
      await page.goto(`${base}#/lesson/${n}/step/1`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Wait for the panels to replace their loading skeletons, then for charts to settle.
      await page.waitForFunction(() => document.querySelectorAll('.lesson-panel__loading').length === 0, null, { timeout: 20_000 });
      await page.waitForTimeout(1200);
      const file = `${OUT}/lesson-${String(n).padStart(2, '0')}-${lang}.png`;
      await page.screenshot({ path: file });
      console.log('wrote', file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
if (failed) process.exit(1);
