import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Equations } from '../../../src/panels/Equations/Equations.tsx';
import { parseShown } from '../../../src/panels/Equations/format.ts';
import { initI18n, setLanguage } from '../../../src/i18n/index.ts';
import { numbersInTex, texSources, tinyNet } from '../Unrolled/nets.ts';

/** Half a unit in the last printed decimal, plus float noise. */
const SHOWN = 0.0005 + 1e-12;
const ROW = { layer: 0, direction: 0 };

/** The live equations' TeX, joined. */
const liveTex = (): string => texSources(screen.getByTestId('live-equations')).join('\n');

/** A column of the numbers table, by header, as numbers. */
function column(table: HTMLElement, head: string): number[] {
  const heads = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const i = heads.indexOf(head);
  expect(i, `column ${head} in ${heads.join(' | ')}`).toBeGreaterThan(0);
  return within(table).getAllByRole('row').slice(1).map((r) => parseShown(r.children[i]?.textContent ?? ''));
}

const expectClose = (shown: readonly number[], want: readonly number[]): void => {
  expect(shown).toHaveLength(want.length);
  shown.forEach((v, i) => expect(Math.abs(v - (want[i] ?? NaN)), `entry ${i}: ${v} vs ${want[i]}`).toBeLessThanOrEqual(SHOWN));
};

describe('Equations', () => {
  beforeEach(() => {
    initI18n('en');
    setLanguage('en');
  });

  it('prints W, x_t, U, h_{t−1}, b, a_t and h_t of the tiny RNN exactly as the engine computed them, at every step', () => {
    const net = tinyNet();
    const p = net.model.params;
    const W = p['rnn.weight_ih_l0']!;
    const U = p['rnn.weight_hh_l0']!;
    const b = [0, 1].map((j) => p['rnn.bias_ih_l0']![j]! + p['rnn.bias_hh_l0']![j]!);
    const cell = net.trace.cells[0]!;
    const { rerender } = render(<Equations net={net} row={ROW} cursor={{ phase: 'forward', t: 1 }} showTable />);
    for (let t = 1; t <= 3; t++) {
      rerender(<Equations net={net} row={ROW} cursor={{ phase: 'forward', t }} showTable />);
      const x = net.trace.x[t - 1]!;
      const hPrev = t === 1 ? [0, 0] : [cell.h[(t - 2) * 2]!, cell.h[(t - 2) * 2 + 1]!];
      const pre = [0, 1].map((j) => cell.gates[0]!.pre[(t - 1) * 2 + j]!);
      const h = [0, 1].map((j) => cell.h[(t - 1) * 2 + j]!);
      // The oracle: the recurrence recomputed here from the state dict, checked against the trace.
      const a = [0, 1].map((j) => W[j]! * x + U[j * 2]! * hPrev[0]! + U[j * 2 + 1]! * hPrev[1]! + b[j]!);
      a.forEach((v, j) => expect(v).toBeCloseTo(pre[j]!, 12));
      h.forEach((v, j) => expect(v).toBeCloseTo(Math.tanh(a[j]!), 12));

      const expected = [W[0]!, W[1]!, x, U[0]!, U[1]!, U[2]!, U[3]!, ...hPrev, ...b, ...pre, ...h];
      if (t === 3) {
        const V = p['fc.weight']!;
        expected.push(V[0]!, V[1]!, ...h, p['fc.bias']![0]!, net.trace.prediction[0]!);
      }
      expectClose(numbersInTex(liveTex()), expected);

      const table = screen.getByRole('table', { name: `Numbers of the equations at t = ${t}` });
      expectClose(column(table, `h(${t})`), h);
      expectClose(column(table, `a(${t})`), pre);
      expectClose(column(table, `W·x(${t})`), [W[0]! * x, W[1]! * x]);
      expectClose(column(table, `b`), b);
    }
  });

  it('shows the backward step as Uᵀ(∂L/∂h_t ⊙ tanh′) and, for many-to-one, that is all of ∂L/∂h_{t−1}', () => {
    const net = tinyNet();
    const U = net.model.params['rnn.weight_hh_l0']!;
    const cell = net.trace.cells[0]!;
    render(<Equations net={net} row={ROW} cursor={{ phase: 'backward', t: 3 }} showTable />);
    const g3 = [cell.dLdh[4]!, cell.dLdh[5]!];
    const d = g3.map((g, j) => g * (1 - cell.h[4 + j]! ** 2));
    const recur = [0, 1].map((k) => U[k]! * d[0]! + U[2 + k]! * d[1]!);
    // Only the last step feeds the head, so ∂L/∂h_2 is exactly the recurrent part.
    recur.forEach((v, k) => expect(v).toBeCloseTo(cell.dLdh[2 + k]!, 12));
    const table = screen.getByRole('table', { name: 'Numbers of the backward step at t = 3' });
    expectClose(column(table, '∂L/∂h(3)'), g3);
    expectClose(column(table, 'Uᵀδ(3)'), recur);
    expectClose(column(table, '∂L/∂h(2)'), [cell.dLdh[2]!, cell.dLdh[3]!]);
    expect(liveTex()).toContain('^{\\top}');
    expect(screen.getByText(/“local” is what reaches/)).toBeInTheDocument();
  });

  it('prints the LSTM gates and c_t = f ⊙ c_{t−1} + i ⊙ g from the trace', () => {
    const net = tinyNet({ cell: 'lstm' });
    const cell = net.trace.cells[0]!;
    render(<Equations net={net} row={ROW} cursor={{ phase: 'forward', t: 2 }} showTable />);
    const table = screen.getByRole('table', { name: 'Numbers of the equations at t = 2' });
    const act = (name: string): number[] => [0, 1].map((j) => cell.gates.find((g) => g.name === name)!.act[2 + j]!);
    for (const g of ['i', 'f', 'g', 'o']) expectClose(column(table, `${g}(2)`), act(g));
    const c = [cell.c![2]!, cell.c![3]!];
    c.forEach((v, j) => expect(v).toBeCloseTo(act('f')[j]! * cell.c![j]! + act('i')[j]! * act('g')[j]!, 12));
    expectClose(column(table, 'c(2)'), c);
    expect(texSources(screen.getByTestId('live-equations')).join('')).toContain('\\odot');
  });

  it('prints the GRU candidate with r ⊙ (U_n h_{t−1} + b_hn) and h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}', () => {
    const net = tinyNet({ cell: 'gru' });
    const p = net.model.params;
    const cell = net.trace.cells[0]!;
    render(<Equations net={net} row={ROW} cursor={{ phase: 'forward', t: 2 }} showTable />);
    const table = screen.getByRole('table', { name: 'Numbers of the equations at t = 2' });
    const x = net.trace.x[1]!;
    const hPrev = [cell.h[0]!, cell.h[1]!];
    const act = (name: string): number[] => [0, 1].map((j) => cell.gates.find((g) => g.name === name)!.act[2 + j]!);
    // Row 4 + j of the stacked (r, z, n) weights is the candidate's row j.
    const Wn = [0, 1].map((j) => p['rnn.weight_ih_l0']![4 + j]! * x);
    const Un = [0, 1].map((j) => p['rnn.weight_hh_l0']![(4 + j) * 2]! * hPrev[0]! + p['rnn.weight_hh_l0']![(4 + j) * 2 + 1]! * hPrev[1]!);
    const bin = [0, 1].map((j) => p['rnn.bias_ih_l0']![4 + j]!);
    const bhn = [0, 1].map((j) => p['rnn.bias_hh_l0']![4 + j]!);
    const n = [0, 1].map((j) => Math.tanh(Wn[j]! + bin[j]! + act('r')[j]! * (Un[j]! + bhn[j]!)));
    n.forEach((v, j) => expect(v).toBeCloseTo(act('n')[j]!, 12));
    expectClose(column(table, 'n: W·x(2)'), Wn);
    expectClose(column(table, 'n: U·h(1)'), Un);
    expectClose(column(table, 'n: b_hn'), bhn);
    expectClose(column(table, 'n(2)'), n);
    const h = [0, 1].map((j) => (1 - act('z')[j]!) * n[j]! + act('z')[j]! * hPrev[j]!);
    expectClose(column(table, 'h(2)'), h);
  });

  it('names every symbol with its PyTorch parameter', () => {
    const net = tinyNet({ cell: 'gru' });
    render(<Equations net={net} row={ROW} cursor={{ phase: 'initial', t: 0 }} />);
    const key = screen.getByRole('table', { name: 'Symbols and their PyTorch names' });
    expect(within(key).getByText('rnn.weight_ih_l0')).toBeInTheDocument();
    expect(within(key).getByText('rnn.weight_hh_l0')).toBeInTheDocument();
    expect(within(key).getByText('rnn.bias_ih_l0 + rnn.bias_hh_l0')).toBeInTheDocument();
    expect(within(key).getByText('fc.weight')).toBeInTheDocument();
    expect(within(key).getByText('fc.bias')).toBeInTheDocument();
    expect(within(key).getByText('[6, 2]')).toBeInTheDocument();
  });

  it('prints one unit’s row with its terms summed when the hidden state is large', () => {
    const net = tinyNet({ hidden: 16 });
    const cell = net.trace.cells[0]!;
    render(<Equations net={net} row={ROW} cursor={{ phase: 'forward', t: 2 }} unit={5} />);
    const nums = numbersInTex(texSources(screen.getByTestId('live-equations'))[0]!);
    // …= tanh(Wx + Uh + b) = tanh(a_6) = h_6 for unit 6 (index 5): the last two numbers.
    expectClose(nums.slice(-2), [cell.gates[0]!.pre[16 + 5]!, cell.h[16 + 5]!]);
    // The three printed terms add up to a_6, up to their three roundings.
    expect(Math.abs(nums[0]! + nums[1]! + nums[2]! - cell.gates[0]!.pre[16 + 5]!)).toBeLessThanOrEqual(3 * SHOWN);
    expect(screen.getByText(/row 6 of the matrices/)).toBeInTheDocument();
  });
});
