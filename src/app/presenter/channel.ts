/**
 * The presenter's window and its speaker view keep the same step through a BroadcastChannel.
 * Either window may move the show (clicker on the projector, buttons in the speaker view); each
 * says where it went, the other follows.
 *
 * Echoes are the trap: B follows A to step 4, its route changes, and it must not then announce
 * "step 4" as its own move — if A has meanwhile gone on to step 5 that stale echo would pull it
 * back. So a window remembers, for a moment, the positions it was sent to and stays quiet when it
 * arrives at one of them.
 */

/** The channel's name; every Unroll window of this origin shares it. */
export const CHANNEL_NAME = 'unroll-presenter';

/** A lesson position. */
export type ShowPosition = Readonly<{ lesson: number; step: number }>;

/** What the windows say to each other. */
export type PresenterMessage =
  /** "I moved to this step" */
  | Readonly<{ type: 'goto'; lesson: number; step: number }>
  /** a new speaker view asks where the show is */
  | Readonly<{ type: 'hello' }>;

/** How long an arrival counts as following rather than moving (ms). */
export const ECHO_WINDOW_MS = 1500;

const keyOf = (p: ShowPosition): string => `${p.lesson}/${p.step}`;

/** Narrows anything received to a message, or null (other tabs may run other versions). */
export function readMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'goto' && Number.isInteger(m.lesson) && Number.isInteger(m.step) && (m.lesson as number) > 0 && (m.step as number) > 0) {
    return { type: 'goto', lesson: m.lesson as number, step: m.step as number };
  }
  return null;
}

/** Positions this window was sent to recently; arriving at one is following, not moving. */
export class EchoGuard {
  private readonly expected = new Map<string, number>();
  private readonly now: () => number;

  /** `now` is injectable so tests can move time. */
  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** Notes that a message is about to move this window to `p`. */
  expect(p: ShowPosition): void {
    this.expected.set(keyOf(p), this.now() + ECHO_WINDOW_MS);
  }

  /** Whether arriving at `p` was caused by a message (and forgets it); false means a local move. */
  consume(p: ShowPosition): boolean {
    const now = this.now();
    for (const [k, until] of this.expected) if (until < now) this.expected.delete(k);
    return this.expected.delete(keyOf(p));
  }
}

/** A channel wrapper; null where BroadcastChannel does not exist (old browsers, some tests). */
export type PresenterChannel = Readonly<{ post: (m: PresenterMessage) => void; close: () => void }>;

/** Opens the channel; `onMessage` gets every well-formed message from other windows. */
export function openPresenterChannel(onMessage: (m: PresenterMessage) => void): PresenterChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent) => {
    const m = readMessage(e.data);
    if (m) onMessage(m);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
