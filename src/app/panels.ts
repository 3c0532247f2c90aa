import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { PanelId } from './route.ts';

/** Props every panel accepts; `compact` is the home-page / lesson-inline variant. */
export type PanelProps = Readonly<{ compact?: boolean }>;

/**
 * Each panel is its own lazily loaded chunk so the first page stays small (budget: initial JS
 * ≤ 250 KB gzip); the Training panel is also used by the home page.
 */
export const PANELS: Readonly<Record<PanelId, LazyExoticComponent<ComponentType<PanelProps>>>> = {
  training: lazy(() => import('../panels/Training/Panel.tsx')),
  unrolled: lazy(() => import('../panels/Unrolled/Panel.tsx')),
  gradients: lazy(() => import('../panels/Gradients/Panel.tsx')),
  architectures: lazy(() => import('../panels/Architectures/Panel.tsx')),
  shapes: lazy(() => import('../panels/Shapes/Panel.tsx')),
  code: lazy(() => import('../panels/Code/Panel.tsx')),
};
