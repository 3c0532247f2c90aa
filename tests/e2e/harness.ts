/**
 * What every e2e test uses: a fresh browser context per test with a chosen language, width and
 * colour scheme; every console error, uncaught page error and request leaving the origin is
 * recorded and fails the test in `afterEach`.
 */
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Options for `openApp`. */
export type OpenOptions = Readonly<{
  /** hash route, e.g. '#/lab/training' */
  hash?: string;
  /** browser language; the app picks its default from it */
  locale?: 'ko-KR' | 'en-US';
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}>;

let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

/** Connects the test file to the shared browser; call once at the top of each e2e file. */
export function useBrowser(): void {
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    const found = problems.splice(0);
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(found, 'console errors, page errors or external requests').toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
  });
}

/** The origin the app is served from. */
export const baseUrl = (): string => inject('baseUrl');

/** Opens the app in a new context and waits until the shell has rendered. */
export async function openApp(options: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  contexts.push(context);
  const origin = new URL(baseUrl()).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`external request: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  // Any Content-Security-Policy violation becomes a console error, so it fails the test.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(baseUrl() + (options.hash ?? ''));
  await page.getByRole('banner').waitFor();
  return page;
}

/** Marks an expected console error (e.g. the deliberate crash route) so it does not fail the test. */
export function forgiveProblems(pattern: RegExp): void {
  for (let i = problems.length - 1; i >= 0; i--) if (pattern.test(problems[i] ?? '')) problems.splice(i, 1);
}
