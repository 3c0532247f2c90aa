/**
 * axe-core inside the page under test. It is evaluated through the DevTools protocol because
 * the app's CSP (script-src 'self') rightly refuses an injected <script>.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Which violations to report: all WCAG 2.1 A/AA rules, or only serious and critical ones. */
export type AxeOptions = Readonly<{ selector?: string; impacts?: readonly string[] }>;

/** axe's violations within `selector` (default: the whole document) as "rule (impact): count". */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async ({ selector, impacts }) => {
    type Result = { violations: { id: string; impact: string | null; nodes: unknown[] }[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<Result> } }).axe;
    const root = selector ? document.querySelector(selector) : document.documentElement;
    if (!root) return [`nothing matches ${selector}`];
    const result = await axe.run(root, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (result.passes.length < 10) return [`axe checked only ${result.passes.length} rules`];
    return result.violations
      .filter((v) => !impacts || impacts.includes(v.impact ?? ''))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length}`);
  }, { selector: options.selector ?? null, impacts: options.impacts ?? null });
}
