// Prints the gzip size of the initial JS/CSS (what index.html loads) and of every lazy chunk,
// and fails when a budget is exceeded: initial JS ≤ 250 KB gzip, each lazy chunk ≤ 150 KB gzip.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const INITIAL_JS_BUDGET = 250 * 1024;
const LAZY_CHUNK_BUDGET = 150 * 1024;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
// Modules index.html preloads are initial too.
const gz = (file) => gzipSync(readFileSync(join(DIST, file))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
let initialJs = 0;
let initialCss = 0;
const rows = [];
const failures = [];
for (const f of files) {
  const size = gz(f);
  const isInitial = initial.has(f);
  if (isInitial && f.endsWith('.js')) initialJs += size;
  if (isInitial && f.endsWith('.css')) initialCss += size;
  if (!isInitial && f.endsWith('.js') && size > LAZY_CHUNK_BUDGET) failures.push(`${f} is ${kb(size)} gzip (lazy budget ${kb(LAZY_CHUNK_BUDGET)})`);
  rows.push({ file: f, gzip: kb(size), initial: isInitial ? 'yes' : '' });
}
rows.sort((a, b) => (a.initial === b.initial ? a.file.localeCompare(b.file) : a.initial ? -1 : 1));
console.log('bundle (gzip):');
for (const r of rows) console.log(`  ${r.initial ? '*' : ' '} ${r.gzip.padStart(9)}  ${r.file}`);
console.log(`initial JS ${kb(initialJs)} gzip (budget ${kb(INITIAL_JS_BUDGET)}), initial CSS ${kb(initialCss)} gzip; * = loaded by index.html`);
if (initialJs > INITIAL_JS_BUDGET) failures.push(`initial JS ${kb(initialJs)} gzip exceeds ${kb(INITIAL_JS_BUDGET)}`);
if (failures.length) {
  console.error(`bundle budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
