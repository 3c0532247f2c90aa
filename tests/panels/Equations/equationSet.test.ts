import { describe, expect, it } from 'vitest';
import { cursorAt, lastPosition } from '../../../src/panels/Equations/cursor.ts';
import { equationSet } from '../../../src/panels/Equations/equationSet.ts';
import { rowsOf } from '../../../src/panels/Equations/netMath.ts';
import { renderTex } from '../../../src/panels/shared/renderTex.ts';
import type { CellType } from '../../../src/worker/config.ts';
import { taskNet } from '../Unrolled/nets.ts';

const CELLS: CellType[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'];

describe('equationSet', () => {
  it('produces valid TeX for every cell, row and step of small and large, deep and bidirectional models', () => {
    for (const cell of CELLS) {
      for (const [layers, bidirectional, hidden] of [[1, false, 2], [2, true, 3], [2, false, 6]] as const) {
        const net = taskNet('sine', { cell, layers, bidirectional, hidden }, 0, { nTime: 4 });
        for (const row of rowsOf(net)) {
          for (let p = 0; p <= lastPosition(net.trace.T); p++) {
            const set = equationSet(net, row, cursorAt(p, net.trace.T), 4);
            for (const eq of [...set.symbolic, ...set.live]) {
              const html = renderTex(eq.tex, true);
              expect(html, `${cell} L${layers} bi=${bidirectional} H${hidden} row ${row.layer}/${row.direction} p${p}: ${eq.tex}`).not.toContain('katex-error');
            }
          }
        }
      }
    }
  });

  it('says why a step has no output and where the layer’s state goes', () => {
    const net = taskNet('sine', { layers: 2, hidden: 2 });
    expect(equationSet(net, { layer: 1, direction: 0 }, { phase: 'forward', t: 1 }, 0).notes).toContain('noOutput');
    expect(equationSet(net, { layer: 0, direction: 0 }, { phase: 'forward', t: 1 }, 0).notes).toContain('feedsUp');
    expect(equationSet(net, { layer: 1, direction: 0 }, { phase: 'forward', t: net.trace.T }, 0).live.map((e) => e.id)).toContain('output');
  });

  it('prints a reverse row at its own step, T + 1 − t, reading h_{t+1}', () => {
    const net = taskNet('sine', { bidirectional: true, hidden: 2 });
    const T = net.trace.T;
    const set = equationSet(net, { layer: 0, direction: 1 }, { phase: 'forward', t: 1 }, 0);
    expect(set.step).toBe(T);
    expect(set.live[0]?.tex).toContain(`_{${T}}`);
    expect(set.notes).toContain('reverse');
  });
});
