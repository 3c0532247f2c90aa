// `npm run soak`: a long classroom session in Chromium — training runs while the page moves through
// every panel and lesson — sampling the page's JS heap (after a forced GC) and DOM node count.
// Passes when neither grows more than 10 % after warm-up. Not part of `npm test`.
// Usage: E2E_DIST=<built app> node scripts/soak.mjs [--minutes 10] [--warmup 60]
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, median, numberFlag, runStamp, serveBuilt } from './lib/browser.mjs';

const minutes = numberFlag('minutes', 10);
const warmupS = numberFlag('warmup', 60);
const STOPS = [
  '#/', '#/lab/training', '#/lab/unrolled', '#/lab/gradients', '#/lab/architectures', '#/lab/shapes', '#/lab/code',
  ...Array.from({ length: 9 }, (_, i) => `#/lesson/${i + 1}/step/${1 + (i % 3)}`),
];

const server = await serveBuilt();
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ko-KR' });
const page = await ctx.newPage();
let consoleErrors = 0;
let pageErrors = 0;
page.on('console', (m) => {
  if (m.type() === 'error') {
    consoleErrors++;
    console.error('console error:', m.text().slice(0, 200));
  }
});
page.on('pageerror', (e) => {
  pageErrors++;
  console.error('page error:', e.message.slice(0, 200));
});
const cdp = await ctx.newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(server.url);

const t0 = Date.now();
const seconds = () => (Date.now() - t0) / 1000;
const samples = [];
/** Samples on the same quiet page every time, so the numbers compare like with like. */
const SAMPLE_AT = '#/lessons';
async function sample() {
  const route = await page.evaluate(() => location.hash);
  await page.evaluate((h) => {
    location.hash = h;
  }, SAMPLE_AT);
  await page.waitForTimeout(1500);
  // Training goes on while sampling, so snapshots keep arriving (tens per second) and allocate between
  // the GC and the reading; the least of a few GC-then-read pairs is the retained heap.
  let m = null;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const now = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    if (m === null || now.JSHeapUsedSize < m.JSHeapUsedSize) m = now;
    await page.waitForTimeout(100);
  }
  const s = { t: Math.round(seconds()), heapMB: m.JSHeapUsedSize / 2 ** 20, nodes: m.Nodes, listeners: m.JSEventListeners, hash: route };
  samples.push(s);
  console.log(`${String(s.t).padStart(5)} s  heap ${s.heapMB.toFixed(1).padStart(6)} MB  nodes ${String(s.nodes).padStart(6)}  listeners ${String(s.listeners).padStart(5)}  ${s.hash}`);
}

// One sample per full tour of the stops, always at the same point of the tour: the heap depends on
// which model the last lesson left loaded, so only samples with the same history compare like with like.
await sample(); // the cold start, for the record; the warm-up excludes it
while (seconds() < minutes * 60) {
  for (const hash of STOPS) {
    // An in-app hash change, as a lecturer clicking around would do — the page is never reloaded.
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await page.waitForTimeout(800);
    const train = page.getByRole('button', { name: '학습', exact: true }).first();
    if (await train.isVisible().catch(() => false)) {
      if (await train.isEnabled().catch(() => false)) await train.click().catch(() => undefined);
    }
    await page.waitForTimeout(3200);
  }
  await sample();
}
await browser.close();
await server.close();

const after = samples.filter((s) => s.t >= warmupS);
const k = Math.max(1, Math.round(after.length * 0.2));
const growth = (key) => {
  const first = median(after.slice(0, k).map((s) => s[key]));
  const last = median(after.slice(-k).map((s) => s[key]));
  return { first, last, pct: (100 * (last - first)) / first };
};
const heap = growth('heapMB');
const nodes = growth('nodes');
const pass = heap.pct <= 10 && nodes.pct <= 10 && pageErrors === 0;
const { when, machine } = runStamp();
const summary = { when, machine, minutes, warmupS, heap, nodes, consoleErrors, pageErrors, pass };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/soak.json', `${JSON.stringify({ ...summary, samples }, null, 2)}\n`);
const md = [
  '# Soak: a long session in one tab',
  '',
  `\`npm run soak\` (${when} UTC, ${machine}): ${minutes} min in headless Chromium (Korean UI), training while moving through every lab panel and lesson every 4 s without reloading. One sample per tour of all ${STOPS.length} stops, always at the end of the tour, on the lesson index (\`#/lessons\`); the heap is the least of five readings each right after a forced GC (training goes on, so snapshots keep allocating). Samples compare like with like. Growth compares the median of the first and the last 20 % of the samples after ${warmupS} s of warm-up.`,
  '',
  '| measure | after warm-up | at the end | growth |',
  '|---|---|---|---|',
  `| JS heap (MB) | ${heap.first.toFixed(1)} | ${heap.last.toFixed(1)} | ${heap.pct.toFixed(1)} % |`,
  `| DOM nodes | ${nodes.first.toFixed(0)} | ${nodes.last.toFixed(0)} | ${nodes.pct.toFixed(1)} % |`,
  '',
  `Console errors: ${consoleErrors}; page errors: ${pageErrors}. Result: **${pass ? 'PASS' : 'FAIL'}** (limit: 10 % growth).`,
  '',
  '| t (s) | heap MB | DOM nodes | listeners | route before the sample |',
  '|---|---|---|---|---|',
  ...samples.map((s) => `| ${s.t} | ${s.heapMB.toFixed(1)} | ${s.nodes} | ${s.listeners} | \`${s.hash}\` |`),
  '',
].join('\n');
writeFileSync('bench/SOAK.md', md);
console.log(`\nheap ${heap.first.toFixed(1)} → ${heap.last.toFixed(1)} MB (${heap.pct.toFixed(1)} %), DOM nodes ${nodes.first} → ${nodes.last} (${nodes.pct.toFixed(1)} %), errors ${consoleErrors}/${pageErrors}: ${pass ? 'PASS' : 'FAIL'}`);
process.exit(pass ? 0 : 1);
