import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { CHANNEL_NAME } from '../../src/app/presenter/channel.ts';
import { useAppStore } from '../../src/state/index.ts';
import { startAt } from '../lessons/helpers/appHarness.tsx';

vi.mock('../../src/app/panels.ts', async () => (await import('../lessons/helpers/appHarness.tsx')).stubPanels());

describe('the speaker view', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('shows the notes, the current and next step titles, the quick-check answer and a timer', async () => {
    startAt('#/lesson/2/step/2', 'en', '?speaker=1');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Speaker view' });
    expect(screen.getByRole('heading', { level: 2, name: 'The hidden state is the memory' })).toBeInTheDocument();
    expect(screen.getByText(/PyTorch uses zeros when you pass None/)).toBeInTheDocument();
    expect(screen.getByText('Rolled and unrolled')).toBeInTheDocument();
    expect(screen.getByText('A vector of zeros')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Elapsed' })).toHaveTextContent('0:00');
    // A speaker window is a tool: no panels, so no training worker of its own.
    expect(screen.queryByRole('region', { name: 'Live panels for this step' })).toBeNull();
  });

  it('asks where the show is when it opens, follows it, and moves it with its own buttons', async () => {
    const heard: unknown[] = [];
    const show = new BroadcastChannel(CHANNEL_NAME);
    show.onmessage = (e) => heard.push(e.data);
    const user = userEvent.setup();
    startAt('#/lesson/2/step/2', 'en', '?speaker=1');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Speaker view' });
    await waitFor(() => expect(heard).toContainEqual({ type: 'hello' }));
    // Its opening position may be stale: it must not announce it.
    expect(heard).not.toContainEqual({ type: 'goto', lesson: 2, step: 2 });

    show.postMessage({ type: 'goto', lesson: 2, step: 4 });
    await screen.findByRole('heading', { level: 2, name: 'Weight sharing' });
    expect(heard.filter((m) => (m as { type: string }).type === 'goto')).toEqual([]);

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 2, name: 'Watch it step through' });
    await waitFor(() => expect(heard).toContainEqual({ type: 'goto', lesson: 2, step: 5 }));
    show.close();
  });

  it('never sets a config or starts a run', async () => {
    const configure = vi.fn();
    useAppStore.setState({ configure });
    startAt('#/lesson/3/step/1', 'ko', '?speaker=1');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: '발표자 보기' });
    expect(configure).not.toHaveBeenCalled();
  });
});
