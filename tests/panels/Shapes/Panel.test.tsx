import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ShapesPanel from '../../../src/panels/Shapes/Panel.tsx';
import { initI18n, setLanguage } from '../../../src/i18n/index.ts';

/** The Shape cell of a table row, found by the row's header (e.g. 'output'). */
function shapeIn(tableName: RegExp, rowName: string): string {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table).getByRole('row', { name: new RegExp(`^${rowName}\\b`) });
  return within(row).getAllByRole('cell')[0]?.textContent ?? '';
}
const tensorShape = (row: string): string => shapeIn(/What the module returns/, row);

describe('Shapes panel', () => {
  beforeEach(() => {
    initI18n('en');
    setLanguage('en');
  });

  it('starts on the lecture sine model and shows its shapes and parameter count', () => {
    render(<ShapesPanel />);
    expect(screen.getByRole('button', { name: /Sine model/ })).toHaveAttribute('aria-pressed', 'true');
    expect(tensorShape('input')).toBe('[8, 10, 1]');
    expect(tensorShape('output')).toBe('[8, 10, 64]');
    expect(tensorShape('h_n')).toBe('[2, 8, 64]');
    const params = screen.getByRole('table', { name: /named_parameters/ });
    expect(within(params).getByRole('row', { name: /^Total/ })).toHaveTextContent('12,608');
  });

  it('shows [4, 6, 512] and [6, 4, 256] for the lecture 003 bidirectional preset', async () => {
    const user = userEvent.setup();
    render(<ShapesPanel />);
    await user.click(screen.getByRole('button', { name: /Bidirectional, 3 layers/ }));
    expect(tensorShape('output')).toBe('[4, 6, 512]');
    expect(tensorShape('h_n')).toBe('[6, 4, 256]');
    expect(screen.getByText(/D·H = 2·256 = 512/)).toBeInTheDocument();
    expect(screen.getByText(/num_layers·D = 3·2 = 6/)).toBeInTheDocument();
    expect(screen.getByText('nn.RNN(input_size=128, hidden_size=256, num_layers=3, batch_first=True, bidirectional=True)')).toBeInTheDocument();
  });

  it('explains hidden_size 0 next to the field and keeps the last valid table', async () => {
    const user = userEvent.setup();
    render(<ShapesPanel />);
    await user.click(screen.getByRole('button', { name: /Bidirectional, 3 layers/ }));
    const hidden = screen.getByRole('spinbutton', { name: 'hidden_size' });
    await user.clear(hidden);
    await user.type(hidden, '0');

    expect(hidden).toHaveAttribute('aria-invalid', 'true');
    expect(hidden).toHaveAccessibleDescription(/hidden_size must be a whole number from 1 to 4096/);
    expect(screen.getByRole('status')).toHaveTextContent('Showing the last valid result');
    expect(tensorShape('output')).toBe('[4, 6, 512]');

    await user.clear(hidden);
    await user.type(hidden, '8');
    expect(hidden).not.toHaveAttribute('aria-invalid');
    expect(tensorShape('output')).toBe('[4, 6, 16]');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('reorders the input axes when batch_first is switched off, but never h_n', async () => {
    const user = userEvent.setup();
    render(<ShapesPanel />);
    const input = screen.getByRole('img', { name: /^input / });
    expect(input).toHaveAccessibleName(/dim 0 batch 8, dim 1 seq 10, dim 2 features 1/);
    await user.click(screen.getByRole('checkbox', { name: /batch_first/ }));
    expect(screen.getByRole('img', { name: /^input / })).toHaveAccessibleName(/dim 0 seq 10, dim 1 batch 8, dim 2 features 1/);
    expect(tensorShape('input')).toBe('[10, 8, 1]');
    expect(tensorShape('output')).toBe('[10, 8, 64]');
    expect(tensorShape('h_n')).toBe('[2, 8, 64]');
  });

  it('adds c_n and the four stacked gates for nn.LSTM and hides nonlinearity', async () => {
    const user = userEvent.setup();
    render(<ShapesPanel />);
    expect(screen.getByRole('group', { name: 'nonlinearity' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'nn.LSTM' }));
    expect(screen.queryByRole('group', { name: 'nonlinearity' })).not.toBeInTheDocument();
    expect(tensorShape('c_n')).toBe('[2, 8, 64]');
    expect(shapeIn(/named_parameters/, 'weight_ih_l0')).toBe('[256, 1]');
    // PyTorch: nn.LSTM(1, 64, 2) has 50,432 parameters (tests/fixtures/torch-shapes.json).
    expect(within(screen.getByRole('table', { name: /named_parameters/ })).getByRole('row', { name: /^Total/ })).toHaveTextContent('50,432');
  });

  it('notes that dropout does nothing with one layer and rejects dropout 1', async () => {
    const user = userEvent.setup();
    render(<ShapesPanel />);
    const layers = screen.getByRole('spinbutton', { name: 'num_layers' });
    await user.clear(layers);
    await user.type(layers, '1');
    const dropout = screen.getByRole('spinbutton', { name: 'dropout' });
    await user.clear(dropout);
    await user.type(dropout, '0.5');
    expect(screen.getByRole('status')).toHaveTextContent(/num_layers = 1 it changes nothing/);
    await user.clear(dropout);
    await user.type(dropout, '1');
    expect(dropout).toHaveAccessibleDescription(/dropout must be at least 0 and less than 1/);
  });

  it('speaks Korean', () => {
    setLanguage('ko');
    render(<ShapesPanel />);
    expect(screen.getByRole('heading', { name: '텐서 모양' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '강의 예제' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '모듈이 돌려주는 텐서' })).toBeInTheDocument();
  });
});
