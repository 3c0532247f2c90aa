/**
 * Shared setup of the lesson player and presenter component tests: a known language, empty
 * progress, a hash to start from, and stub panels (the real ones start a training worker, which
 * jsdom cannot run; the player only needs something to put in each panel slot).
 *
 * Test files mock the panel registry with `vi.mock('../../src/app/panels.ts', stubPanels)`.
 */
import { createElement } from 'react';
import type { PanelProps } from '../../../src/app/panels.ts';
import { PANEL_IDS } from '../../../src/app/route.ts';
import { initI18n } from '../../../src/i18n/index.ts';
import type { Lang } from '../../../src/i18n/index.ts';
import { useAppStore } from '../../../src/state/index.ts';
import { EMPTY_PROGRESS } from '../../../src/state/progressSlice.ts';

/** A module factory for `vi.mock` of src/app/panels.ts: each panel a plain labelled section. */
export function stubPanels(): { PANELS: Record<string, (p: PanelProps) => ReturnType<typeof createElement>> } {
  const entries = PANEL_IDS.map((id) => [
    id,
    ({ compact = false }: PanelProps) => createElement('section', { 'aria-label': `stub ${id}`, 'data-compact': String(compact) }, createElement('h2', null, `stub ${id}`)),
  ]);
  return { PANELS: Object.fromEntries(entries) as Record<string, (p: PanelProps) => ReturnType<typeof createElement>> };
}

/** Resets language, progress and address before a test and goes to `hash`. */
export function startAt(hash: string, lang: Lang = 'en', search = ''): void {
  localStorage.clear();
  useAppStore.setState((s) => ({ prefs: { ...s.prefs, lang }, progress: EMPTY_PROGRESS, highlight: null }));
  initI18n(lang);
  window.history.replaceState(null, '', `/${search}${hash}`);
  // jsdom does not implement scrolling; the player scrolls to the top of a new step.
  window.scrollTo = () => undefined;
}

/** Sets the hash and waits for the hashchange the app listens to. */
export async function goToHash(hash: string): Promise<void> {
  const changed = new Promise<void>((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
  window.location.hash = hash;
  await changed;
}
