import { useSyncExternalStore } from 'react';
import { parseHash } from './route.ts';
import type { ParsedHash } from './route.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let lastHash: string | null = null;
let lastParsed: ParsedHash = parseHash('');

// useSyncExternalStore needs a stable snapshot per hash; parse once per distinct hash.
function snapshot(): ParsedHash {
  const h = window.location.hash;
  if (h !== lastHash) {
    lastHash = h;
    lastParsed = parseHash(h);
  }
  return lastParsed;
}

/** The current route, re-rendering on `hashchange`. */
export function useHashRoute(): ParsedHash {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
