import { describe, expect, it } from 'vitest';
import { ECHO_WINDOW_MS, EchoGuard, readMessage } from '../../src/app/presenter/channel.ts';
import { isSpeakerSearch, speakerUrl } from '../../src/app/presenter/speakerUrl.ts';
import { formatElapsed } from '../../src/app/presenter/useElapsed.ts';

describe('readMessage', () => {
  it('accepts well-formed messages and rejects anything else', () => {
    expect(readMessage({ type: 'goto', lesson: 2, step: 3 })).toEqual({ type: 'goto', lesson: 2, step: 3 });
    expect(readMessage({ type: 'hello', extra: 1 })).toEqual({ type: 'hello' });
    expect(readMessage({ type: 'goto', lesson: 0, step: 1 })).toBeNull();
    expect(readMessage({ type: 'goto', lesson: 1.5, step: 1 })).toBeNull();
    expect(readMessage('goto')).toBeNull();
    expect(readMessage(null)).toBeNull();
  });
});

describe('EchoGuard', () => {
  it('treats arriving at a position it was sent to as following, once', () => {
    const g = new EchoGuard(() => 0);
    g.expect({ lesson: 1, step: 4 });
    expect(g.consume({ lesson: 1, step: 4 })).toBe(true);
    expect(g.consume({ lesson: 1, step: 4 })).toBe(false);
  });

  it('does not swallow a stale echo of an earlier message as a local move', () => {
    // Two quick messages (4 then 5): the route may only report 5; 4 must not be announced later.
    const g = new EchoGuard(() => 0);
    g.expect({ lesson: 1, step: 4 });
    g.expect({ lesson: 1, step: 5 });
    expect(g.consume({ lesson: 1, step: 5 })).toBe(true);
    expect(g.consume({ lesson: 1, step: 4 })).toBe(true);
  });

  it('forgets expectations after a moment, so a later local move is announced', () => {
    let now = 0;
    const g = new EchoGuard(() => now);
    g.expect({ lesson: 3, step: 1 });
    now = ECHO_WINDOW_MS + 1;
    expect(g.consume({ lesson: 3, step: 1 })).toBe(false);
  });
});

describe('speakerUrl', () => {
  it('puts the speaker flag before the hash and keeps the page path', () => {
    const url = speakerUrl('https://example.org/unroll/#/lesson/1/step/1?task=sine', { lesson: 4, step: 2 });
    expect(url).toBe('https://example.org/unroll/?speaker=1#/lesson/4/step/2');
    expect(isSpeakerSearch(new URL(url).search)).toBe(true);
    expect(isSpeakerSearch('')).toBe(false);
    expect(isSpeakerSearch('?speaker=0')).toBe(false);
  });
});

describe('formatElapsed', () => {
  it('reads like a stopwatch', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});
