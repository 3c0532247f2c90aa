/**
 * The Equations folder's API for lessons and other panels: the KaTeX equations of a recurrent
 * cell (symbolic and with live numbers) and the snapshot type they are drawn from.
 */
export { Equations } from './Equations.tsx';
export { equationSet, type EquationNote, type EquationSet } from './equationSet.ts';
export { cursorAt, positionOf, rowStep } from './cursor.ts';
export type { NetSnapshot, Phase, RowRef, StepCursor, Term } from './types.ts';
