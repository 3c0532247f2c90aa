// `npm run worker-speed`: how much of the engine's bench speed survives in the app. Alternates, on
// this machine, the bench's in-process run of a workload with the same model training in the
// Training panel's worker (snapshots, evaluation, traces and the page's rendering all on), and
// reports the ratio per round. Measured, not asserted; not part of `npm test`.
// Usage: E2E_DIST=<built app> node scripts/worker-speed.mjs [--rounds 3] [--seconds 15]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { launch, median, numberFlag, runStamp, serveBuilt } from './lib/browser.mjs';

const rounds = numberFlag('rounds', 3);
const seconds = numberFlag('seconds', 15);
/** Bench workloads and the app link that trains the same model on the same data. */
const CASES = [
  { workload: 'rnn-small', hash: '#/lab/training?task=sine&cell=rnn_tanh&layers=2&hidden=64&seq=10&batch=8' },
  { workload: 'lstm-small', hash: '#/lab/training?task=sine&cell=lstm&layers=2&hidden=64&seq=10&batch=8' },
];

if (!existsSync('bench/dist/run.js')) {
  const b = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

function benchRate(workload) {
  const r = spawnSync(process.execPath, ['bench/dist/run.js', '--workload', workload, '--result-json'], { encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line) throw new Error(`bench failed for ${workload}: ${r.stderr}`);
  return median(JSON.parse(line.slice(7)).blockStepsPerSec);
}

const server = await serveBuilt();
const browser = await launch();

const STATUS = '[role="status"][aria-label="Training status"]';

async function appRate(hash) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(server.url + hash);
  const status = page.locator(STATUS);
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-status') === 'idle', STATUS);
  const read = () => status.evaluate((el) => ({ step: Number(el.dataset.step), at: performance.now() }));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForTimeout(3000); // warm-up: JIT and the first snapshots
  const a = await read();
  await page.waitForTimeout(seconds * 1000);
  const b = await read();
  await ctx.close();
  return (b.step - a.step) / ((b.at - a.at) / 1000);
}

const rows = [];
for (let round = 1; round <= rounds; round++) {
  for (const c of CASES) {
    const bench = benchRate(c.workload);
    const app = await appRate(c.hash);
    rows.push({ round, workload: c.workload, bench, app, ratio: app / bench });
    console.log(`round ${round} ${c.workload}: bench ${bench.toFixed(1)} steps/s, app worker ${app.toFixed(1)} steps/s, ${(100 * (app / bench)).toFixed(0)} %`);
  }
}
await browser.close();
await server.close();

const { when, machine } = runStamp();
const summary = CASES.map(({ workload }) => {
  const mine = rows.filter((r) => r.workload === workload);
  return { workload, bench: median(mine.map((r) => r.bench)), app: median(mine.map((r) => r.app)), ratio: median(mine.map((r) => r.ratio)) };
});
mkdirSync('bench', { recursive: true });
writeFileSync('bench/worker-speed.json', `${JSON.stringify({ when, machine, rounds, seconds, summary, rows }, null, 2)}\n`);
writeFileSync(
  'bench/WORKER.md',
  [
    '# Training speed inside the app',
    '',
    `\`npm run worker-speed\` (${when} UTC, ${machine}; ${rounds} rounds, ${seconds} s of training per app run after 3 s of warm-up). Each round runs the bench's in-process measurement of a workload, then trains the same model on the same data in the Training panel in headless Chromium: the worker in time slices, up to 40 snapshots/s with evaluation and the focus example's trace, the page drawing them. Ratios are medians of the per-round ratios. Measured, not asserted.`,
    '',
    '| workload | bench steps/s | app worker steps/s | app ÷ bench |',
    '|---|---|---|---|',
    ...summary.map((s) => `| ${s.workload} | ${s.bench.toFixed(1)} | ${s.app.toFixed(1)} | ${(100 * s.ratio).toFixed(0)} % |`),
    '',
    '| round | workload | bench | app worker | ratio |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.round} | ${r.workload} | ${r.bench.toFixed(1)} | ${r.app.toFixed(1)} | ${(100 * r.ratio).toFixed(0)} % |`),
    '',
  ].join('\n'),
);
for (const s of summary) console.log(`${s.workload}: app worker at ${(100 * s.ratio).toFixed(0)} % of the bench`);
