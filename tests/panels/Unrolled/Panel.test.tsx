import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n, setLanguage } from '../../../src/i18n/index.ts';
import { useAppStore } from '../../../src/state/index.ts';
import type { AppState } from '../../../src/state/index.ts';
import type * as StateModule from '../../../src/state/index.ts';
import { tinyNet } from './nets.ts';

// The panel starts the real worker client on mount; these tests feed the store directly.
vi.mock('../../../src/state/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof StateModule>();
  return { ...real, startTrainingClient: vi.fn(() => Promise.resolve()) };
});

const { default: UnrolledPanel } = await import('../../../src/panels/Unrolled/Panel.tsx');

/** The store as it is after the worker sent the trace of example 0 of the tiny model. */
function withTrace(): void {
  const net = tinyNet();
  const s = useAppStore.getState();
  useAppStore.setState({
    snapshot: {
      ...s.snapshot,
      focus: 0,
      trace: { step: 7, example: 0, data: net.trace, model: { cell: 'rnn_tanh', head: 'last', loss: 'mse', params: net.params } },
    },
  });
}

describe('Unrolled panel', () => {
  let initial: AppState;
  beforeEach(() => {
    initI18n('en');
    setLanguage('en');
    initial = useAppStore.getState();
  });
  afterEach(() => {
    useAppStore.setState(initial, true);
    vi.restoreAllMocks();
  });

  it('asks the worker for the trace of example 0 and waits for it', () => {
    const setFocus = vi.fn();
    useAppStore.setState({ setFocus });
    render(<UnrolledPanel />);
    expect(screen.getByText('Waiting for the model’s first trace…')).toBeInTheDocument();
    expect(setFocus).toHaveBeenCalledWith(0);
  });

  it('draws the snapshot’s trace, opening at the end of the forward pass', () => {
    withTrace();
    render(<UnrolledPanel />);
    expect(screen.getByRole('heading', { name: 'The unrolled network' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Forward pass · t = 3 of 3');
    expect(screen.getByRole('img', { name: /RNN \(tanh\) · hidden 2 · 1 layer/ })).toBeInTheDocument();
  });

  it('lights up the recurrent arrows when a lesson step points at them', () => {
    withTrace();
    useAppStore.setState({ highlight: 'recurrent-arrow' });
    const { container } = render(<UnrolledPanel />);
    expect(container.querySelectorAll('svg.unrolled-svg line.uarrow--u.is-hl')).toHaveLength(3);
    expect(container.querySelectorAll('svg.unrolled-svg line.uarrow--w.is-hl')).toHaveLength(0);
  });

  it('switches to the tiny model with one click', async () => {
    const user = userEvent.setup();
    const configure = vi.fn(() => ({ ok: true as const, restarted: true }));
    useAppStore.setState({ configure });
    withTrace();
    render(<UnrolledPanel />);
    await user.click(screen.getByRole('button', { name: 'Tiny model (hidden 2)' }));
    expect(configure).toHaveBeenCalledWith({ hidden: 2, layers: 1, bidirectional: false });
  });
});
