// `npm run timing`: how long the home page takes to first render in Chromium on this machine.
// Measured, never asserted. Each run is a fresh browser context (cold cache, no service worker).
// Usage: E2E_DIST=<built app> node scripts/first-render.mjs [--runs 7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, median, numberFlag, quantile, runStamp, serveBuilt } from './lib/browser.mjs';

const runs = numberFlag('runs', 7);
const server = await serveBuilt();
const browser = await launch();
const samples = [];
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { heading: performance.now(), domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN, fcp: fcp?.startTime ?? NaN };
  });
  // `heading` is when the check above ran, an upper bound; FCP is the browser's own first paint.
  const heroAt = await page.evaluate(() => performance.getEntriesByType('mark').find((m) => m.name === 'unroll:first-render')?.startTime ?? NaN);
  samples.push({ ...t, firstRender: Number.isFinite(heroAt) ? heroAt : t.heading });
  await ctx.close();
}
await browser.close();
await server.close();

const keys = ['fcp', 'domContentLoaded', 'firstRender'];
const summary = Object.fromEntries(keys.map((k) => [k, { median: median(samples.map((s) => s[k])), p90: quantile(samples.map((s) => s[k]), 0.9) }]));
const { when, machine } = runStamp();
mkdirSync('bench', { recursive: true });
writeFileSync('bench/first-render.json', `${JSON.stringify({ when, machine, runs, summary, samples }, null, 2)}\n`);
const row = (k, label) => `| ${label} | ${summary[k].median.toFixed(0)} | ${summary[k].p90.toFixed(0)} |`;
const md = [
  '# First render of the home page',
  '',
  `\`npm run timing\` (${when} UTC, ${machine}, ${runs} cold loads of \`vite preview\` in headless Chromium, 1280×800). Measured, not asserted.`,
  '',
  '| milestone | median ms | p90 ms |',
  '|---|---|---|',
  row('fcp', 'first contentful paint'),
  row('domContentLoaded', 'DOMContentLoaded'),
  row('firstRender', 'app shell and hero rendered (React commit)'),
  '',
].join('\n');
writeFileSync('bench/TIMING.md', md);
console.log(md);
