import { describe, expect, it } from 'vitest';
import { netFromStore } from '../../../src/panels/Unrolled/netFromStore.ts';
import { forwardStep } from '../../../src/panels/Equations/netMath.ts';
import { createSession } from '../../../src/worker/session.ts';
import { datasetInfo } from '../../../src/worker/datasetInfo.ts';
import { traceModelOf, traceOf } from '../../../src/worker/traceData.ts';
import { DEFAULT_CONFIG } from '../../../src/worker/config.ts';

describe('netFromStore', () => {
  it('turns the worker’s trace snapshot into what the panel draws, with the parameters of that step', () => {
    const s = createSession({ ...DEFAULT_CONFIG, task: 'words', cell: 'gru', hidden: 3, layers: 1 });
    const data = traceOf(s, 2);
    const model = traceModelOf(s);
    const net = netFromStore({ step: 0, example: 2, data, model }, datasetInfo(s));
    expect(net).not.toBeNull();
    expect(net!.cell).toBe('gru');
    expect(net!.loss).toBe('ce');
    expect(net!.inputLabels).toEqual(s.dataset.inputLabels);
    // Copies, not the live arrays the optimizer keeps changing.
    expect(model.params['rnn.weight_hh_l0']).not.toBe(s.model.params['rnn.weight_hh_l0']);
    expect(Array.from(model.params['rnn.weight_hh_l0']!)).toEqual(Array.from(s.model.params['rnn.weight_hh_l0']!));
    // The products the equations print, summed as the GRU's r gate does, give the trace's pre-activation.
    const f = forwardStep(net!, { layer: 0, direction: 0 }, 1);
    const r = f.gates[0]!;
    for (let j = 0; j < 3; j++) expect(r.Wx[j]! + r.bih[j]! + r.Uh[j]! + r.bhh[j]!).toBeCloseTo(r.pre[j]!, 12);
  });

  it('draws nothing until a trace with its model has arrived', () => {
    expect(netFromStore(null, null)).toBeNull();
    const s = createSession(DEFAULT_CONFIG);
    expect(netFromStore({ step: 0, example: 0, data: traceOf(s, 0) }, null)).toBeNull();
  });
});
