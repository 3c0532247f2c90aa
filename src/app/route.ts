/**
 * Hash routes. The hash is `#/<path>?<query>`: the path picks the page, the query carries the
 * shareable state (decoded by the URL codec in src/state). Parsing is total: any string maps to
 * a route, unknown ones to `notFound`, so a hand-edited link can never crash the router.
 */

/** Panels that have a sandbox route `#/lab/:panel`. */
export const PANEL_IDS = ['training', 'unrolled', 'gradients', 'architectures', 'shapes', 'code'] as const;
/** One of the lab panels. */
export type PanelId = (typeof PANEL_IDS)[number];

/** Where the app is. */
export type Route =
  | { readonly kind: 'home' }
  | { readonly kind: 'lessons' }
  | { readonly kind: 'lesson'; readonly lesson: number; readonly step: number }
  | { readonly kind: 'lab'; readonly panel: PanelId }
  | { readonly kind: 'labIndex' }
  /** A route that throws on purpose, so the error boundary can be seen and tested. */
  | { readonly kind: 'crash' }
  | { readonly kind: 'notFound'; readonly path: string };

/** A parsed hash: the route and the raw query string (without '?'). */
export type ParsedHash = Readonly<{ route: Route; query: string }>;

const isPanel = (s: string): s is PanelId => (PANEL_IDS as readonly string[]).includes(s);

/** Positive integer from a path segment, or null ("3" → 3; "03", "3a", "0" → null). */
function positiveInt(s: string | undefined): number | null {
  return s !== undefined && /^[1-9]\d{0,3}$/.test(s) ? Number(s) : null;
}

/** Parses `location.hash` (with or without the leading '#'). */
export function parseHash(hash: string): ParsedHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).replace(/\/+$/, '') || '/';
  const query = q < 0 ? '' : raw.slice(q + 1);
  const parts = path.split('/').filter(Boolean);
  const route = ((): Route => {
    if (parts.length === 0) return { kind: 'home' };
    const [head, a, b, c] = parts;
    if (head === 'lessons' && parts.length === 1) return { kind: 'lessons' };
    if (head === 'lesson') {
      const lesson = positiveInt(a);
      if (lesson !== null && parts.length === 2) return { kind: 'lesson', lesson, step: 1 };
      const step = positiveInt(c);
      if (lesson !== null && b === 'step' && step !== null && parts.length === 4) return { kind: 'lesson', lesson, step };
    }
    if (head === 'lab' && parts.length === 1) return { kind: 'labIndex' };
    if (head === 'lab' && a !== undefined && isPanel(a) && parts.length === 2) return { kind: 'lab', panel: a };
    if (head === 'debug' && a === 'crash' && parts.length === 2) return { kind: 'crash' };
    return { kind: 'notFound', path };
  })();
  return { route, query };
}

/** The canonical hash for a route (query appended when non-empty). */
export function routeToHash(route: Route, query = ''): string {
  const path = ((): string => {
    switch (route.kind) {
      case 'home':
        return '/';
      case 'lessons':
        return '/lessons';
      case 'lesson':
        return `/lesson/${route.lesson}/step/${route.step}`;
      case 'labIndex':
        return '/lab';
      case 'lab':
        return `/lab/${route.panel}`;
      case 'crash':
        return '/debug/crash';
      case 'notFound':
        return route.path;
    }
  })();
  return `#${path}${query ? `?${query}` : ''}`;
}
