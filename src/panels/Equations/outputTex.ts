/**
 * The head's equation y_t = V h_t + c as TeX, symbolic and with numbers. Many classes (26 letters)
 * would make V unreadable, so a classifier shows the row of the predicted class only, with its
 * softmax probability; a regression head shows every output (usually one).
 */
import { texNum } from './format.ts';
import { FULL_MAX_HIDDEN } from './forwardTex.ts';
import type { Eq } from './forwardTex.ts';
import { argmax } from './netMath.ts';
import type { OutputStep } from './netMath.ts';
import { addend, mat, rowVec, tag, texText, vec } from './naming.ts';
import type { Naming } from './naming.ts';

/** Outputs shown all at once up to this many; above it, only the predicted class. */
const FULL_MAX_OUTPUT = 4;

/** y_t = V h_t + c (y_T for a many-to-one head), and p_t = softmax(y_t) for a classifier. */
export function symbolicOutput(n: Naming, time: string, classes: boolean): Eq {
  const y = `${tag('y', `y_{${time}}`)} &= ${tag('V', 'V')}\\,${tag('h', n.top(time))} + ${tag('c', n.outBias)}`;
  const p = classes ? `\\\\ p_{${time}} &= \\operatorname{softmax}(${tag('y', `y_{${time}}`)})` : '';
  return { id: 'output', tex: `\\begin{aligned}${y}${p}\\end{aligned}` };
}

/** The head with numbers at one step; `labels` name the classes of a classifier. */
export function liveOutput(n: Naming, out: OutputStep, time: string, labels: readonly string[] | null): Eq {
  const F = out.hTop.length;
  const O = out.bias.length;
  const dot = (k: number): number => {
    let s = 0;
    for (let i = 0; i < F; i++) s += (out.V[k * F + i] ?? 0) * (out.hTop[i] ?? 0);
    return s;
  };
  const lines: string[] = [];
  if (O <= FULL_MAX_OUTPUT && F <= FULL_MAX_HIDDEN) {
    lines.push(`${tag('y', `y_{${time}}`)} &= ${tag('V', mat(out.V, F, 0, O))}${tag('h', vec(out.hTop))} + ${tag('c', vec(out.bias))} = ${tag('y', vec(out.y))}`);
    if (out.probs !== null) lines.push(`p_{${time}} &= \\operatorname{softmax}(${tag('y', `y_{${time}}`)}) = ${vec(out.probs)}`);
  } else if (O <= FULL_MAX_OUTPUT && out.probs === null) {
    for (let k = 0; k < O; k++) {
      const idx = O === 1 ? time : `${time},${k + 1}`;
      lines.push(`${tag('y', `y_{${idx}}`)} &= ${tag('V', `\\underbrace{${addend(dot(k))}}_{(V${n.top(time)})${O === 1 ? '' : `_{${k + 1}}`}}`)} + ${tag('c', `\\underbrace{${addend(out.bias[k] ?? 0)}}_{${n.outBias}${O === 1 ? '' : `_{${k + 1}}`}}`)} = ${tag('y', texNum(out.y[k] ?? 0))}`);
    }
  } else {
    const k = argmax(out.y);
    const name = labels?.[k] ?? String(k);
    const Vk = F <= FULL_MAX_HIDDEN
      ? `${tag('V', rowVec(out.V.subarray(k * F, (k + 1) * F)))}${tag('h', vec(out.hTop))}`
      : tag('V', `\\underbrace{${addend(dot(k))}}_{(V${n.top(time)})_{k}}`);
    lines.push(`${tag('y', `y_{${time},k}`)} &= ${Vk} + ${tag('c', addend(out.bias[k] ?? 0))} = ${tag('y', texNum(out.y[k] ?? 0))}`);
    if (out.probs !== null) {
      lines.push(`p_{${time},k} &= \\operatorname{softmax}(${tag('y', `y_{${time}}`)})_k = ${texNum(out.probs[k] ?? 0)} \\qquad k = \\text{“${texText(name)}”}`);
    }
  }
  return { id: 'output', tex: `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}` };
}
