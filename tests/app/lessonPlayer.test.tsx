import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { COURSE, presetOf } from '../../src/lessons/index.ts';
import { useAppStore } from '../../src/state/index.ts';
import { DEFAULT_CONFIG } from '../../src/worker/config.ts';
import { goToHash, startAt } from '../lessons/helpers/appHarness.tsx';

vi.mock('../../src/app/panels.ts', async () => (await import('../lessons/helpers/appHarness.tsx')).stubPanels());

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('the lesson player', () => {
  beforeEach(() => {
    useAppStore.setState({ config: DEFAULT_CONFIG });
  });

  it('shows the step title, its text, its panels and where it is in the lesson', async () => {
    startAt('#/lesson/1/step/1');
    render(<App />);
    await h1('Data where order is the message');
    expect(screen.getByText(/Step 1 of 4/, { selector: '.lesson__stepof' })).toBeInTheDocument();
    const panels = screen.getByRole('region', { name: 'Live panels for this step' });
    expect(within(panels).getByRole('group', { name: 'Training' })).toBeInTheDocument();
    expect(within(panels).getByRole('heading', { name: 'stub training' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Steps of this lesson' })).toBeInTheDocument();
  });

  it('moves to the next and previous step with the arrow keys and the links', async () => {
    const user = userEvent.setup();
    startAt('#/lesson/1/step/1');
    render(<App />);
    await h1('Data where order is the message');
    await user.keyboard('{ArrowRight}');
    await h1('"I ___ a boy"');
    expect(window.location.hash).toBe('#/lesson/1/step/2');
    await user.keyboard('{ArrowLeft}');
    await h1('Data where order is the message');
    await user.click(screen.getByRole('link', { name: /Next/ }));
    await h1('"I ___ a boy"');
  });

  it('crosses into the next lesson after its last step', async () => {
    const user = userEvent.setup();
    const last = COURSE[0]?.steps.length ?? 0;
    startAt(`#/lesson/1/step/${last}`);
    render(<App />);
    await h1('Where sequence models work');
    await user.click(screen.getByRole('link', { name: /Next lesson/ }));
    await h1('One cell, applied at every step');
    expect(window.location.hash).toBe('#/lesson/2/step/1');
  });

  it('applies each step preset once, and not again for steps that share it', async () => {
    const configure = vi.spyOn(useAppStore.getState(), 'configure');
    useAppStore.setState({ configure });
    const user = userEvent.setup();
    startAt('#/lesson/1/step/1');
    render(<App />);
    await h1('Data where order is the message');
    await user.keyboard('{ArrowRight}');
    await h1('"I ___ a boy"');
    await waitFor(() => expect(useAppStore.getState().config.task).toBe('fillblank'));
    const [lesson, step] = [COURSE[0], COURSE[0]?.steps[1]];
    if (!lesson || !step) throw new Error('lesson 1 changed');
    expect(configure).toHaveBeenLastCalledWith(presetOf(lesson, step));
    const calls = configure.mock.calls.length;
    await goToHash('#/lesson/4/step/2');
    await h1('Loss: how wrong is the prediction?');
    await goToHash('#/lesson/4/step/3');
    await h1('Backpropagation through time');
    expect(configure.mock.calls.length).toBe(calls + 1);
    configure.mockRestore();
  });

  it('leaves the run of a link that carries one in its query', async () => {
    const configure = vi.fn(useAppStore.getState().configure);
    useAppStore.setState({ configure });
    startAt('#/lesson/1/step/2?task=sine&seed=7');
    render(<App />);
    await h1('"I ___ a boy"');
    expect(configure).not.toHaveBeenCalled();
  });

  it('gives feedback on a quick check in a live region, and asks for an answer first', async () => {
    const user = userEvent.setup();
    startAt('#/lesson/1/step/2');
    render(<App />);
    await h1('"I ___ a boy"');
    const form = screen.getByRole('form', { name: 'Quick check' });
    const status = within(form).getByRole('status');
    await user.click(within(form).getByRole('button', { name: 'Check' }));
    expect(status).toHaveTextContent('Choose an answer first.');
    await user.click(within(form).getByRole('radio', { name: 'he' }));
    await user.click(within(form).getByRole('button', { name: 'Check' }));
    expect(status).toHaveTextContent(/Not quite\..*"he" is who is speaking/);
    await user.click(within(form).getByRole('radio', { name: 'I' }));
    await user.click(within(form).getByRole('button', { name: 'Check' }));
    expect(status).toHaveTextContent(/Correct\..*The subject right before the gap decides it/);
  });

  it('remembers visited steps and shows them on the course index', async () => {
    startAt('#/lesson/1/step/1');
    render(<App />);
    await h1('Data where order is the message');
    await act(() => goToHash('#/lesson/1/step/2'));
    await h1('"I ___ a boy"');
    await act(() => goToHash('#/lessons'));
    await h1('The course');
    const card = screen.getByRole('article', { name: 'Sequences: why order matters' });
    expect(within(card).getByRole('progressbar', { name: '2 of 4 steps visited' })).toHaveAttribute('value', '2');
    expect(within(card).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '#/lesson/1/step/3');
    expect(screen.getByRole('link', { name: /Continue where you left off: lesson 1, step 2/ })).toBeInTheDocument();
  });

  it('explains an unknown lesson or step and links back instead of failing', async () => {
    startAt('#/lesson/42/step/1');
    render(<App />);
    await h1('There is no lesson 42');
    expect(screen.getByRole('link', { name: 'Go to the course index' })).toHaveAttribute('href', '#/lessons');
    await act(() => goToHash('#/lesson/1/step/9'));
    await h1('Lesson 1 has no step 9');
    expect(screen.getByRole('link', { name: 'Start this lesson from step 1' })).toHaveAttribute('href', '#/lesson/1/step/1');
  });

  it('speaks Korean with the same structure', async () => {
    startAt('#/lesson/3/step/3', 'ko');
    render(<App />);
    await h1('점 1000개로 만드는 쌍은 몇 개일까');
    expect(screen.getByRole('form', { name: '확인 문제' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '학습' })).toBeInTheDocument();
  });
});
