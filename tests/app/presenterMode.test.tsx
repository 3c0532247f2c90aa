import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { CHANNEL_NAME } from '../../src/app/presenter/channel.ts';
import { COURSE, presetOf } from '../../src/lessons/index.ts';
import { useAppStore } from '../../src/state/index.ts';
import { startAt } from '../lessons/helpers/appHarness.tsx';

vi.mock('../../src/app/panels.ts', async () => (await import('../lessons/helpers/appHarness.tsx')).stubPanels());

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

/** Lesson 4 keeps one preset throughout, so nothing in these tests has a reason to touch the run. */
async function presentLesson4(step = 1) {
  const lesson = COURSE[3];
  const first = lesson?.steps[0];
  if (!lesson || !first) throw new Error('lesson 4 changed');
  const run = { startRun: vi.fn(), reset: vi.fn(), train: vi.fn(), pause: vi.fn(), step: vi.fn() };
  useAppStore.setState({ config: presetOf(lesson, first), ...run });
  const user = userEvent.setup();
  startAt(`#/lesson/4/step/${step}`);
  render(<App />);
  await h1(lesson.steps[step - 1] === first ? /The lecture.s model/ : /./);
  await user.click(screen.getByRole('button', { name: /Present/ }));
  await screen.findByRole('toolbar', { name: 'Presenter controls' });
  return { user, run };
}

describe('presenter mode', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });
  afterEach(() => {
    document.documentElement.style.removeProperty('--zoom');
  });

  it('fills the window when full screen is refused, and says so', async () => {
    await presentLesson4();
    const bar = screen.getByRole('toolbar', { name: 'Presenter controls' });
    expect(within(bar).getByRole('status')).toHaveTextContent('Full screen is not available here');
  });

  it('advances with PageDown and Space, goes back with PageUp, and keeps the run', async () => {
    const { user, run } = await presentLesson4();
    await user.keyboard('{PageDown}');
    await h1('Loss: how wrong is the prediction?');
    await user.keyboard(' ');
    await h1('Backpropagation through time');
    await user.keyboard('{PageUp}');
    await h1('Loss: how wrong is the prediction?');
    expect(screen.getByRole('toolbar', { name: 'Presenter controls' })).toBeInTheDocument();
    for (const fn of Object.values(run)) expect(fn).not.toHaveBeenCalled();
  });

  it('blanks the screen with B and brings it back with B', async () => {
    const { user, run } = await presentLesson4();
    await user.keyboard('b');
    expect(screen.getByRole('status', { name: 'The screen is blanked. Press B to show it again.' })).toBeInTheDocument();
    await user.keyboard('b');
    expect(screen.queryByRole('status', { name: /blanked/ })).toBeNull();
    for (const fn of Object.values(run)) expect(fn).not.toHaveBeenCalled();
  });

  it('scales the type with + and − through --zoom and restores it on leaving', async () => {
    const { user } = await presentLesson4();
    const zoom = () => document.documentElement.style.getPropertyValue('--zoom');
    expect(zoom()).toBe('1.3');
    await user.keyboard('+');
    expect(zoom()).toBe('1.5');
    await user.keyboard('--');
    expect(zoom()).toBe('1.15');
    expect(screen.getByText('Type size 115%')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(zoom()).toBe('');
  });

  it('turns the highlighter pointer on and off with L', async () => {
    const { user } = await presentLesson4();
    const laser = screen.getByRole('button', { name: 'Highlighter pointer (L)' });
    await user.keyboard('l');
    expect(laser).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('l');
    expect(laser).toHaveAttribute('aria-pressed', 'false');
  });

  it('leaves with Escape, back to the normal page at the same step', async () => {
    const { user, run } = await presentLesson4();
    await user.keyboard('{PageDown}');
    await h1('Loss: how wrong is the prediction?');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('toolbar', { name: 'Presenter controls' })).toBeNull();
    expect(window.location.hash).toBe('#/lesson/4/step/2');
    for (const fn of Object.values(run)) expect(fn).not.toHaveBeenCalled();
  });

  it('opens the speaker view for the current step with S, and says when pop-ups are blocked', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValueOnce(null);
    const { user } = await presentLesson4();
    await user.keyboard('s');
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/\?speaker=1#\/lesson\/4\/step\/1$/), 'unroll-speaker', expect.any(String));
    expect(screen.getByRole('toolbar', { name: 'Presenter controls' })).toHaveTextContent('The browser blocked the speaker window');
  });

  it('announces each step on the presenter channel', async () => {
    const heard: unknown[] = [];
    const listener = new BroadcastChannel(CHANNEL_NAME);
    listener.onmessage = (e) => heard.push(e.data);
    const { user } = await presentLesson4();
    await user.keyboard('{ArrowRight}');
    await h1('Loss: how wrong is the prediction?');
    await waitFor(() => expect(heard).toContainEqual({ type: 'goto', lesson: 4, step: 2 }));
    listener.close();
  });

  it('follows a step announced by the speaker view', async () => {
    const speaker = new BroadcastChannel(CHANNEL_NAME);
    await presentLesson4();
    speaker.postMessage({ type: 'goto', lesson: 4, step: 3 });
    await h1('Backpropagation through time');
    expect(window.location.hash).toBe('#/lesson/4/step/3');
    speaker.close();
  });
});
