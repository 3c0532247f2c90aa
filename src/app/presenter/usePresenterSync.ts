/**
 * Keeps this window's lesson position in step with the other presenter windows (see channel.ts).
 * `navigate` is how a received position is applied here (setting the hash); the hook announces
 * every local move and answers a new speaker view's "hello" with the current position.
 */
import { useEffect, useRef } from 'react';
import { EchoGuard, openPresenterChannel } from './channel.ts';
import type { PresenterChannel, ShowPosition } from './channel.ts';

type Options = Readonly<{
  /** false: no channel is opened (a plain lesson tab must not follow other tabs) */
  enabled: boolean;
  position: ShowPosition;
  navigate: (to: ShowPosition) => void;
  /** the speaker view asks for the position when it opens */
  askOnOpen?: boolean;
}>;

/** Joins the presenter channel while `enabled`. */
export function usePresenterSync({ enabled, position, navigate, askOnOpen = false }: Options): void {
  const channel = useRef<PresenterChannel | null>(null);
  const guard = useRef(new EchoGuard());
  // Read by the message handler, which lives as long as the channel, not one render.
  const latest = useRef({ position, navigate });
  useEffect(() => {
    latest.current = { position, navigate };
  });

  useEffect(() => {
    if (!enabled) return;
    const ch = openPresenterChannel((m) => {
      const { position: here, navigate: go } = latest.current;
      if (m.type === 'hello') {
        ch?.post({ type: 'goto', lesson: here.lesson, step: here.step });
        return;
      }
      if (m.lesson === here.lesson && m.step === here.step) return;
      guard.current.expect(m);
      go({ lesson: m.lesson, step: m.step });
    });
    channel.current = ch;
    if (askOnOpen) {
      // The position this window opened at may already be stale; it must not move the show.
      guard.current.expect(latest.current.position);
      ch?.post({ type: 'hello' });
    }
    return () => {
      ch?.close();
      channel.current = null;
    };
  }, [enabled, askOnOpen]);

  const { lesson, step } = position;
  useEffect(() => {
    if (!enabled || channel.current === null) return;
    if (guard.current.consume({ lesson, step })) return;
    channel.current.post({ type: 'goto', lesson, step });
  }, [enabled, lesson, step]);
}
