/**
 * The speaker view is the same app opened with `?speaker=1` in the page's search string, before
 * the hash. Keeping the flag out of the hash leaves the router and the run's URL codec (which owns
 * the hash query) untouched, and works from any base path.
 */
import { routeToHash } from '../route.ts';
import type { ShowPosition } from './channel.ts';

/** The search parameter that marks a speaker window. */
export const SPEAKER_PARAM = 'speaker';

/** The address of a speaker view for `at`, on the same page as `href`. */
export function speakerUrl(href: string, at: ShowPosition): string {
  const url = new URL(href);
  url.search = `?${SPEAKER_PARAM}=1`;
  url.hash = routeToHash({ kind: 'lesson', lesson: at.lesson, step: at.step });
  return url.href;
}

/** Whether a page's search string (location.search) marks it as a speaker view. */
export function isSpeakerSearch(search: string): boolean {
  return new URLSearchParams(search).get(SPEAKER_PARAM) === '1';
}
