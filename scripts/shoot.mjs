// Developer tool: screenshots of any hash route of the built app.
// Usage: node scripts/shoot.mjs out.png '#/lab/training' [width] [height] [en|ko] [light|dark] [waitMs]
import { preview } from 'vite';
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';

const [out = 'shot.png', hash = '#/', width = '1280', height = '800', lang = 'en', scheme = 'light', wait = '800'] = process.argv.slice(2);
const server = await preview({ build: { outDir: process.env.E2E_DIST ?? 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const { port } = server.httpServer.address();
const browser = await pw.launch({
  executablePath: process.env.CHROME_PATH || (await chromium.executablePath()),
  args: ['--no-sandbox', '--no-zygote', '--disable-dev-shm-usage', '--disable-background-networking', '--headless=shell'],
});
const ctx = await browser.newContext({ viewport: { width: +width, height: +height }, locale: lang === 'ko' ? 'ko-KR' : 'en-US', colorScheme: scheme });
const page = await ctx.newPage();
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(`http://127.0.0.1:${port}/${hash}`);
await page.waitForTimeout(+wait);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server.httpServer.close();
console.log('wrote', out);
