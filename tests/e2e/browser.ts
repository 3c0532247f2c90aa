/**
 * Finds and launches the Chromium the e2e tests drive: `CHROME_PATH` if set, else the binary
 * shipped inside the npm package @sparticuz/chromium (no download step, so `npm ci` suffices).
 */
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';
import type { BrowserServer } from 'playwright-core';

/** Flags for a closed network and a root user (see .library env notes): no sandbox, no phoning home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--headless=shell',
];

/** The Chromium executable to use. */
export async function chromePath(): Promise<string> {
  return process.env.CHROME_PATH || (await chromium.executablePath());
}

/** Starts a browser server the test files connect to (one browser for the whole run). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return pw.launchServer({ executablePath: await chromePath(), args: CHROME_ARGS, headless: true });
}
