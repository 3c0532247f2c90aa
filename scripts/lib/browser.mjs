// Shared by the measurement scripts: serve a built app with `vite preview` and launch the
// Chromium that @sparticuz/chromium ships, with the same flags as the e2e tests.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { preview } from 'vite';
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';

const ARGS = ['--no-sandbox', '--no-zygote', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--headless=shell'];

/** Serves E2E_DIST (default dist/) on 127.0.0.1 and a free port; exits with a hint when it is not built. */
export async function serveBuilt() {
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    console.error(`${outDir}/index.html is missing: run \`npx vite build\` first (or set E2E_DIST).`);
    process.exit(1);
  }
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const { port } = server.httpServer.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.httpServer.close(r)) };
}

/** A headless Chromium. */
export async function launch() {
  return pw.launch({ executablePath: process.env.CHROME_PATH || (await chromium.executablePath()), args: ARGS });
}

/** `--name value` from argv as a number, or `fallback`. */
export function numberFlag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

/** When and where a measurement ran, for the result files: UTC minute, CPU, core count, Node. */
export function runStamp() {
  return {
    when: new Date().toISOString().slice(0, 16).replace('T', ' '),
    machine: `${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} logical CPUs, node ${process.version}`,
  };
}
