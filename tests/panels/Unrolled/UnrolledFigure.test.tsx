import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UnrolledFigure } from '../../../src/panels/Unrolled/UnrolledFigure.tsx';
import { PLAY_INTERVAL_MS } from '../../../src/panels/Unrolled/useStepper.ts';
import { initI18n, setLanguage } from '../../../src/i18n/index.ts';
import type { NetSnapshot } from '../../../src/panels/Equations/types.ts';
import type { CellType } from '../../../src/worker/config.ts';
import { taskNet, texSources, tinyNet } from './nets.ts';

const status = (): string => screen.getByRole('status').textContent ?? '';
const liveTex = (): string => texSources(screen.getByTestId('live-equations')).join('\n');
const svg = (): SVGSVGElement => screen.getByRole('img', { name: /Forward pass|Backward pass|Before the first step/ }) as unknown as SVGSVGElement;
/** The steps whose blocks are drawn as "being computed". */
const currentSteps = (): number[] => [...svg().querySelectorAll('.ublock--current')].map((b) => Number(b.getAttribute('data-step')));
const currentRow = (): string | undefined => {
  const table = screen.getByRole('table', { name: /Values at every step/ });
  return within(table).queryAllByRole('row').find((r) => r.getAttribute('aria-current') === 'step')?.querySelector('th')?.textContent ?? undefined;
};

describe('UnrolledFigure', () => {
  beforeEach(() => {
    initI18n('en');
    setLanguage('en');
  });
  afterEach(() => vi.useRealTimers());

  it('moves the highlighted step with ◀ / ▶ and ←/→, through the forward and then the backward pass', async () => {
    const user = userEvent.setup();
    render(<UnrolledFigure net={tinyNet()} />);
    await user.click(screen.getByRole('button', { name: 'Numbers as tables' }));
    expect(status()).toContain('Before the first step');
    expect(currentSteps()).toEqual([]);

    const seen = new Set<string>([liveTex()]);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(status()).toContain('Forward pass · t = 1 of 3');
    expect(currentSteps()).toEqual([1]);
    expect(currentRow()).toBe('1');
    seen.add(liveTex());

    for (const t of [2, 3]) {
      await user.keyboard('{ArrowRight}');
      expect(status()).toContain(`Forward pass · t = ${t} of 3`);
      expect(currentSteps()).toEqual([t]);
      expect(currentRow()).toBe(String(t));
      seen.add(liveTex());
    }
    for (const t of [3, 2, 1]) {
      await user.keyboard('{ArrowRight}');
      expect(status()).toContain(`Backward pass · t = ${t} of 3`);
      expect(currentSteps()).toEqual([t]);
      seen.add(liveTex());
    }
    // Every one of the 7 positions printed different numbers.
    expect(seen.size).toBe(7);
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{ArrowLeft}');
    expect(status()).toContain('Backward pass · t = 2 of 3');
    await user.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(status()).toContain('Before the first step');
  });

  it('draws the backward pass as gradient arrows labelled with ‖∂L/∂h_t‖', async () => {
    const user = userEvent.setup();
    const net = tinyNet();
    render(<UnrolledFigure net={net} initialPosition={5} />);
    expect(status()).toContain('Backward pass · t = 2 of 3');
    const arrows = [...svg().querySelectorAll('line.uarrow--grad')];
    expect(arrows).toHaveLength(2);
    const titles = arrows.map((a) => a.querySelector('title')?.textContent);
    expect(titles[0]).toContain(`t = 2: ${Number(net.trace.cells[0]!.dLdhNorm[1]!.toPrecision(2))}`);
    // Thicker where the norm is larger (log scale).
    const norms = [net.trace.cells[0]!.dLdhNorm[1]!, net.trace.cells[0]!.dLdhNorm[2]!];
    const widths = arrows.map((a) => Number(a.getAttribute('stroke-width')));
    expect(Math.sign(widths[1]! - widths[0]!)).toBe(Math.sign(norms[1]! - norms[0]!));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    expect(svg().querySelectorAll('line.uarrow--grad')).toHaveLength(0);
  });

  it('plays with Space and stops at the end', () => {
    vi.useFakeTimers();
    render(<UnrolledFigure net={tinyNet()} />);
    fireEvent.keyDown(svg(), { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS * 2 + 10));
    expect(status()).toContain('Forward pass · t = 2 of 3');
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS * 10));
    expect(status()).toContain('Backward pass · t = 1 of 3');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('lights up every U arrow when U is pointed at in the equations, and U in the equations from an arrow', () => {
    render(<UnrolledFigure net={tinyNet()} initialPosition={2} />);
    const eqU = screen.getByTestId('live-equations').querySelector('[data-term="U"]')!;
    fireEvent.mouseOver(eqU);
    expect(svg().querySelectorAll('line.uarrow--u.is-hl')).toHaveLength(3);
    fireEvent.mouseOut(eqU, { relatedTarget: document.body });
    expect(svg().querySelectorAll('.is-hl')).toHaveLength(0);

    fireEvent.mouseOver(svg().querySelector('line.uarrow--w')!);
    expect(screen.getByTestId('live-equations').querySelectorAll('[data-term="W"].is-hl').length).toBeGreaterThan(0);
  });

  it('rolls the picture up into a cell with a self-loop and unrolls it again', async () => {
    const user = userEvent.setup();
    render(<UnrolledFigure net={tinyNet()} initialPosition={2} />);
    await user.click(screen.getByRole('button', { name: 'Roll up' }));
    expect(svg()).toHaveClass('unrolled-svg--folded');
    expect(svg().querySelector('.uloops')).toHaveClass('uloops--on');
    await user.click(screen.getByRole('button', { name: 'Unroll' }));
    expect(svg()).not.toHaveClass('unrolled-svg--folded');
  });

  it('shows a sliding window and an overview strip for a long sequence', async () => {
    const user = userEvent.setup();
    const net = taskNet('adding', { hidden: 4 });
    render(<UnrolledFigure net={net} initialPosition={1} />);
    const T = net.trace.T;
    const strip = screen.getByRole('slider', { name: 'Time step' });
    expect(strip).toHaveAttribute('aria-valuemax', String(T));
    const drawn = [...svg().querySelectorAll('.utime')].map((e) => Number(e.textContent));
    expect(drawn.length).toBeLessThan(T);
    expect(drawn[0]).toBe(1);
    strip.focus();
    for (let i = 0; i < 20; i++) await user.keyboard('{ArrowRight}');
    expect(strip).toHaveAttribute('aria-valuenow', '21');
    const now = [...svg().querySelectorAll('.utime')].map((e) => Number(e.textContent));
    expect(now).toContain(21);
    expect(now[0]).toBeGreaterThan(1);
  });

  it('shows the LSTM cell’s gates and what they let through', async () => {
    render(<UnrolledFigure net={tinyNet({ cell: 'lstm' })} initialPosition={2} />);
    expect(screen.getByRole('heading', { name: 'Inside the LSTM cell at t = 2' })).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /the forget gate kept/ })).toHaveLength(2);
  });

  describe('works without layout code per task', () => {
    const walk = (net: NetSnapshot): void => {
      const { unmount } = render(<UnrolledFigure net={net} />);
      const next = screen.getByRole('button', { name: 'Next step' });
      for (let p = 0; p < 2 * net.trace.T; p++) {
        fireEvent.click(next);
        expect(screen.getByTestId('live-equations').querySelector('.katex')).not.toBeNull();
        expect(document.querySelector('.katex-error')).toBeNull();
      }
      expect(svg().querySelectorAll('.ublock').length).toBeGreaterThan(0);
      unmount();
    };
    const cells: CellType[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'];
    for (const cell of cells) {
      it(`steps through ${cell} with 2 layers, bidirectional, on the sine task`, () => {
        walk(taskNet('sine', { cell, layers: 2, bidirectional: true, hidden: 3 }, 0, { nTime: 4 }));
      });
    }
    for (const task of ['words', 'fillblank'] as const) {
      for (const cell of ['rnn_tanh', 'gru'] as const) {
        it(`steps through ${cell} on the ${task} task (one-hot inputs, classes)`, () => {
          walk(taskNet(task, { cell }));
        });
      }
    }
  });
});
