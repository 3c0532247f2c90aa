/**
 * The Architectures panel against the real playground runner, in-process (no worker in jsdom):
 * the model trains for real, and the step-through must show what the model actually did.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ArchitecturesPanel from '../../../src/panels/Architectures/Panel.tsx';
import { initI18n, setLanguage } from '../../../src/i18n/index.ts';
import { connectPlayground, setPlaygroundConnector, usePlayground } from '../../../src/state/playground.ts';
import { createPlaygroundRunner } from '../../../src/worker/playgroundRunner.ts';
import { PLAYGROUND_PROTOCOL_VERSION } from '../../../src/worker/playgroundProtocol.ts';

const original = connectPlayground;

beforeAll(() => {
  setPlaygroundConnector(async (onEvent) => {
    const runner = createPlaygroundRunner({ post: onEvent, now: () => performance.now(), later: (fn) => setTimeout(fn, 0) });
    return (req) => runner.receive({ ...req, v: PLAYGROUND_PROTOCOL_VERSION });
  });
});
afterAll(() => setPlaygroundConnector(original));

const readout = () => screen.getByText(/^t = \d/, { selector: 'strong' }).parentElement as HTMLElement;
const activeColumn = () => document.querySelector('.arch-col.is-active')?.getAttribute('data-t');

describe('Architectures panel', () => {
  beforeEach(() => {
    initI18n('en');
    setLanguage('en');
    usePlayground.setState({ jobId: 0, label: null, info: null, progress: null, inspection: null, error: null });
  });

  it('trains the word-completion model, then steps through time with the buttons and the keys', async () => {
    const user = userEvent.setup();
    render(<ArchitecturesPanel />);
    expect(screen.getByRole('button', { name: 'Many-to-one' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.getByText(/^Trained: \d+ steps/)).toBeInTheDocument(), { timeout: 20_000 });

    const example = screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
    const sample = example.selectedOptions[0]?.textContent ?? '';
    const [prefix, answer] = sample.split(' → ');
    expect(readout()).toHaveTextContent(`t = 1 · reads “${prefix?.[0]}”`);
    expect(activeColumn()).toBe('0');

    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(readout()).toHaveTextContent(`t = 2 · reads “${prefix?.[1]}”`);
    expect(readout()).toHaveTextContent('emits nothing yet');
    expect(activeColumn()).toBe('1');

    screen.getByRole('group', { name: /step through time/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(activeColumn()).toBe('2');
    // The last step emits the model's answer with its probability, equal to the worker's softmax.
    const ins = usePlayground.getState().inspection;
    const labels = usePlayground.getState().info?.classLabels ?? [];
    const probs = Array.from(ins?.out ?? []);
    const best = probs.indexOf(Math.max(...probs));
    expect(labels[best]).toBe(answer);
    expect(readout()).toHaveTextContent(`emits “${answer}” (`);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(activeColumn()).toBe('0');
  }, 30_000);

  it('explains a bad word in place, keeps the text, and predicts the last letter of "lov"', async () => {
    const user = userEvent.setup();
    render(<ArchitecturesPanel />);
    await waitFor(() => expect(screen.getByText(/^Trained: \d+ steps/)).toBeInTheDocument(), { timeout: 20_000 });
    const field = screen.getByRole('textbox', { name: 'The first three letters of a word' });
    await user.type(field, 'lo9');
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“9” is not something this model knows.');
    expect(field).toHaveValue('lo9');
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, 'lov');
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    await waitFor(() => expect(usePlayground.getState().inspection?.example).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    const top = screen.getByRole('figure', { name: 'Most likely outputs' });
    const first = within(top).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(/^e/);
    expect(screen.getByText('Prediction:').parentElement).toHaveTextContent('Prediction: e');
  }, 30_000);

  it('names what is wrong with a pasted series and keeps the text', async () => {
    const user = userEvent.setup();
    render(<ArchitecturesPanel />);
    const box = screen.getByRole('textbox', { name: /Numbers, one per line/ });
    await user.type(box, '1{enter}2{enter}<script>');
    await user.click(screen.getByRole('button', { name: 'Train on my series' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/markup/);
    expect(box).toHaveValue('1\n2\n<script>');
    await user.clear(box);
    await user.type(box, '1{enter}2{enter}3');
    await user.click(screen.getByRole('button', { name: 'Train on my series' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Too few numbers for this window: at least 14 are needed.');
  });
});
