import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TrainingPanel from '../../../src/panels/Training/Panel.tsx';
import { initI18n, setLanguage } from '../../../src/i18n/index.ts';
import { useAppStore } from '../../../src/state/index.ts';
import { connectStore } from '../../../src/state/connect.ts';
import { createTrainingClient } from '../../../src/worker/client.ts';
import type { TrainingClient } from '../../../src/worker/client.ts';
import { InProcessWorker } from '../../worker/inProcessWorker.ts';
import { SMALL } from '../../worker/trainerHarness.ts';

const status = () => screen.getByRole('status', { name: 'Training status' });

describe('Training panel', () => {
  let initial: ReturnType<typeof useAppStore.getState>;
  let client: TrainingClient;
  beforeEach(() => {
    initI18n('en');
    setLanguage('en');
    initial = useAppStore.getState();
    // The real trainer, in this process: the panel talks to it through the store as in the app.
    useAppStore.getState().startRun({ config: SMALL, changes: [], step: 0 });
    client = connectStore(useAppStore, (onEvent) => createTrainingClient({ spawn: () => new InProcessWorker(), onEvent }), (flush) => {
      const id = setTimeout(() => act(flush), 0);
      return () => clearTimeout(id);
    });
  });
  afterEach(() => {
    client.dispose();
    useAppStore.setState(initial, true);
  });

  const ready = () => waitFor(() => expect(status()).toHaveTextContent(/^Ready at step 0 — loss \d/), { timeout: 10_000 });

  it('offers Train, Pause, Step and Reset and reports one step per Step in the status', async () => {
    const user = userEvent.setup();
    render(<TrainingPanel />);
    const controls = screen.getByRole('group', { name: 'Run controls' });
    for (const name of ['Train', 'Pause', 'Step', 'Reset']) expect(within(controls).getByRole('button', { name })).toBeInTheDocument();
    await ready();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Paused at step 1 — loss \d/));
    expect(status()).toHaveAttribute('data-step', '1');
    expect(Number(status().dataset.loss)).toBe(useAppStore.getState().run.loss);
  });

  it('draws the lecture plot with its legend and a text alternative', async () => {
    render(<TrainingPanel />);
    await ready();
    const figure = screen.getByRole('figure', { name: 'Prediction vs. target' });
    for (const name of ['Noisy data', 'Prediction', 'True sine']) expect(within(figure).getByText(name)).toBeInTheDocument();
    expect(within(figure).getByRole('img').getAttribute('aria-label')).toMatch(/^90 predictions at step 0\. Mean squared error against the noisy data \d/);
    expect(figure.querySelectorAll('.series--data circle')).toHaveLength(100);
    expect(figure.querySelectorAll('.series--pred-dots circle')).toHaveLength(90);
  });

  it('switches the loss axis between log and linear', async () => {
    const user = userEvent.setup();
    render(<TrainingPanel />);
    await ready();
    const scale = screen.getByRole('group', { name: 'Loss axis scale' });
    expect(within(scale).getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
    const chart = screen.getByRole('figure', { name: 'Loss' });
    const ticks = () => [...chart.querySelectorAll('.chart__tick')].map((e) => e.textContent).join(' ');
    const logTicks = ticks();
    await user.click(within(scale).getByRole('button', { name: 'Linear' }));
    expect(within(scale).getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
    expect(ticks()).not.toBe(logTicks);
    expect(within(chart).getByText('Optimizer step')).toBeInTheDocument();
    expect(within(chart).getByText('Loss (mean squared error)')).toBeInTheDocument();
  });

  it('refuses a learning rate of 1e6 with the allowed range and keeps the run', async () => {
    const user = userEvent.setup();
    render(<TrainingPanel />);
    await ready();
    const lr = screen.getByRole('spinbutton', { name: 'Learning rate' });
    expect(lr).toHaveAttribute('min', '0.00001');
    expect(lr).toHaveAttribute('max', '1');
    await user.clear(lr);
    await user.type(lr, '1e6{Enter}');
    expect(screen.getByText('Enter a number from 1e-5 to 1; 1e6 is outside.')).toBeInTheDocument();
    expect(lr).toHaveAttribute('aria-invalid', 'true');
    expect(useAppStore.getState().config.lr).toBe(SMALL.lr);
    expect(status()).toHaveTextContent(/^Ready at step 0/);
  });

  it('starts a new run when the hidden size changes, and names the model in PyTorch terms', async () => {
    const user = userEvent.setup();
    render(<TrainingPanel />);
    await ready();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(status()).toHaveAttribute('data-step', '1'));
    const hidden = screen.getByRole('spinbutton', { name: /Hidden size/ });
    await user.clear(hidden);
    await user.type(hidden, '16{Enter}');
    await waitFor(() => expect(screen.getByText('nn.RNN(1, 16, batch_first=True) → nn.Linear(16, 1)')).toBeInTheDocument());
    await waitFor(() => expect(status()).toHaveAttribute('data-step', '0'));
  });

  it('explains a weight file that is not JSON and changes nothing', async () => {
    const user = userEvent.setup();
    render(<TrainingPanel />);
    await ready();
    const before = (await useAppStore.getState().exportWeights()).json;
    await user.upload(screen.getByLabelText('Import weights', { selector: 'input' }), new File(['{"rnn.weight_ih_l0": ['], 'weights.json', { type: 'application/json' }));
    const message = await screen.findByText('That file is not valid JSON. Nothing was changed.');
    expect((await useAppStore.getState().exportWeights()).json).toBe(before);
    await user.click(within(message.closest('.message') as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('That file is not valid JSON. Nothing was changed.')).toBeNull();
  });

  it('shows only the plot, the controls and the status in its compact form', async () => {
    render(<TrainingPanel compact />);
    await ready();
    expect(screen.getByRole('group', { name: 'Run controls' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^90 predictions/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Hyperparameters' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export PyTorch weights' })).toBeNull();
  });
});
