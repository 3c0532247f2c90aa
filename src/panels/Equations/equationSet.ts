/**
 * Which equations the panel shows for a row and cursor: the symbolic recurrence, the live numbers
 * of the current step, and the notes (translated captions) that explain what is left out or
 * special. Pure: the component only renders what this returns.
 */
import { backwardStep, cellAt, cellParams, forwardStep, outputStep, shapeOf } from './netMath.ts';
import { initialTex, liveForward, liveModeFor, symbolicForward } from './forwardTex.ts';
import type { Eq, LiveMode } from './forwardTex.ts';
import { liveOutput, symbolicOutput } from './outputTex.ts';
import { liveBackward, symbolicBackward } from './backwardTex.ts';
import { namingOf } from './naming.ts';
import { rowStep } from './cursor.ts';
import type { NetSnapshot, RowRef, StepCursor } from './types.ts';

/** Captions that go with the equations (keys under `unrolled.eq.note`). */
export type EquationNote =
  | 'unit' | 'wideInput' | 'noOutput' | 'feedsUp' | 'reverse' | 'local' | 'firstStep' | 'gated' | 'initial';

/** What the equations panel shows. */
export type EquationSet = Readonly<{
  symbolic: readonly Eq[];
  live: readonly Eq[];
  notes: readonly EquationNote[];
  /** the row's 1-based step at this cursor (0 before the first step) */
  step: number;
  mode: LiveMode;
}>;

/** Builds the equations of `row` at cursor `c`; `unit` is the 0-based hidden unit for large models. */
export function equationSet(net: NetSnapshot, row: RowRef, c: StepCursor, unit: number): EquationSet {
  const { T, H, layers, D, inputSize } = shapeOf(net);
  const n = namingOf(net.cell, row, layers, D);
  const fwd = row.direction === 0;
  const prevSym = fwd ? 't-1' : 't+1';
  const gates = cellAt(net, row).gates.map((g) => g.name);
  const isTop = row.layer === layers - 1;
  const mode = liveModeFor(H, Math.max(0, Math.min(H - 1, unit)));
  const notes: EquationNote[] = [];
  if (!fwd) notes.push('reverse');

  const symbolic: Eq[] = [...symbolicForward(net.cell, n, gates, prevSym)];
  if (isTop) symbolic.push(symbolicOutput(n, net.head === 'last' ? 'T' : 't', net.loss === 'ce'));
  if (c.phase === 'backward') symbolic.push(symbolicBackward(net.cell, n, 't', prevSym));

  if (c.phase === 'initial') {
    notes.push('initial');
    return { symbolic, live: initialTex(net.cell, n, fwd ? '0' : String(T + 1), H), notes, step: 0, mode };
  }
  const s = rowStep(row, c.t, T);
  const printedPrev = String(fwd ? s - 1 : s + 1);
  if (mode.kind === 'unit') notes.push('unit');
  if (row.layer === 0 && inputSize > 4 && mode.kind === 'full' && c.phase === 'forward') notes.push('wideInput');

  let live: Eq[];
  if (c.phase === 'forward') {
    live = liveForward(net.cell, n, forwardStep(net, row, s - 1), String(s), printedPrev, mode);
    const out = isTop ? outputStep(net, s - 1) : null;
    if (out !== null) live.push(liveOutput(n, out, String(s), net.classLabels));
    else notes.push(isTop ? 'noOutput' : 'feedsUp');
  } else {
    const b = backwardStep(net, row, s - 1);
    live = liveBackward(net.cell, n, b, cellParams(net, row).whh, String(s), printedPrev, mode);
    notes.push(b.prev === null ? 'firstStep' : 'local');
    if (b.rnn === null) notes.push('gated');
  }
  return { symbolic, live, notes, step: s, mode };
}
