import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CodePanel from '../../../src/panels/Code/Panel.tsx';
import { initI18n, setLanguage } from '../../../src/i18n/index.ts';
import { useAppStore } from '../../../src/state/index.ts';
import { DEFAULT_CONFIG } from '../../../src/worker/config.ts';

const LECTURE_MODEL = 'nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True)';
const script = (): string => screen.getByRole('region', { name: /^Python script/ }).textContent ?? '';

describe('Code panel', () => {
  let initial: ReturnType<typeof useAppStore.getState>;
  beforeEach(() => {
    initI18n('en');
    setLanguage('en');
    initial = useAppStore.getState();
  });
  afterEach(() => {
    useAppStore.setState(initial, true);
    vi.restoreAllMocks();
  });

  it('shows the lecture model for the default experiment, named as a file', () => {
    render(<CodePanel />);
    expect(screen.getByRole('region', { name: 'Python script unroll_sine_rnn.py' })).toBeInTheDocument();
    expect(script()).toContain(LECTURE_MODEL);
    expect(script()).toContain('nn.Linear(64, 1)');
  });

  it('follows the experiment in the store', () => {
    useAppStore.setState({ config: { ...DEFAULT_CONFIG, cell: 'gru', hidden: 32, bidirectional: true } });
    render(<CodePanel />);
    expect(script()).toContain('nn.GRU(input_size=1, hidden_size=32, num_layers=2, batch_first=True, bidirectional=True)');
    expect(screen.getByRole('region', { name: 'Python script unroll_sine_gru.py' })).toBeInTheDocument();
  });

  it('copies the exact script and confirms it politely', async () => {
    const user = userEvent.setup();
    render(<CodePanel />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied the script to the clipboard.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain(LECTURE_MODEL);
    expect(`${copied.trimEnd()}`).toBe(script().trimEnd());
  });

  it('says so when neither the clipboard API nor the fallback can copy', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      render(<CodePanel />);
      await user.click(screen.getByRole('button', { name: 'Copy' }));
      expect(await screen.findByText('Could not copy. Select the code and copy it by hand.')).toBeInTheDocument();
    } finally {
      document.execCommand = execCommand;
    }
  });

  it('downloads the script as a .py file', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:unroll-test';
    };
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<CodePanel />);
    await user.click(screen.getByRole('button', { name: 'Download .py' }));
    expect(names).toEqual(['unroll_sine_rnn.py']);
    expect(await blobs[0]?.text()).toContain(LECTURE_MODEL);
  });

  it('adds the weight loader on request and links to the Training panel export', async () => {
    const user = userEvent.setup();
    render(<CodePanel />);
    expect(script()).not.toContain('load_state_dict');
    await user.click(screen.getByRole('checkbox', { name: 'Load weights exported from Unroll' }));
    expect(script()).toContain('model.load_state_dict({k: torch.tensor(v) for k, v in state.items()})');
    expect(screen.getByRole('link', { name: 'Open the Training panel' })).toHaveAttribute('href', '#/lab/training');
  });

  it('renders code as text, never as markup', () => {
    render(<CodePanel />);
    const region = screen.getByRole('region', { name: /^Python script/ });
    expect(region.querySelectorAll('*:not(pre):not(code):not(span)')).toHaveLength(0);
  });
});
