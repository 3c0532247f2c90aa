/**
 * A Python-free syntax check for generated scripts, so a machine without python3 still catches
 * the usual ways string-built code breaks: unbalanced or mismatched brackets, unclosed strings,
 * tabs, and indentation that does not follow PEP 8's 4 spaces after a line ending in ':'.
 * It is deliberately independent of the generator (it knows nothing about what the script says).
 */

/** Problems found, each "line N: what"; empty when the text passes. */
export function pythonSyntaxProblems(source: string): string[] {
  const problems: string[] = [];
  const stack: { ch: string; line: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const indents = [0];
  let expectIndent = false;
  let triple: string | null = null;
  const lines = source.split('\n');

  lines.forEach((text, i) => {
    const n = i + 1;
    if (text.includes('\t')) problems.push(`line ${n}: tab character`);
    const logicalStart = stack.length === 0 && triple === null;
    let j = 0;
    let lastCode = '';
    while (j < text.length) {
      const ch = text[j] ?? '';
      if (triple !== null) {
        const end = text.indexOf(triple, j);
        if (end < 0) break;
        triple = null;
        j = end + 3;
        lastCode = '"';
        continue;
      }
      if (ch === '#') break;
      if (ch === '"' || ch === "'") {
        if (text.startsWith(ch.repeat(3), j)) {
          triple = ch.repeat(3);
          j += 3;
          continue;
        }
        let k = j + 1;
        while (k < text.length && text[k] !== ch) k += text[k] === '\\' ? 2 : 1;
        if (k >= text.length) problems.push(`line ${n}: string not closed`);
        j = k + 1;
        lastCode = ch;
        continue;
      }
      if ('([{'.includes(ch)) stack.push({ ch, line: n });
      else if (')]}'.includes(ch)) {
        const open = stack.pop();
        if (!open || open.ch !== pairs[ch]) problems.push(`line ${n}: '${ch}' does not close ${open ? `'${open.ch}' of line ${open.line}` : 'anything'}`);
      }
      if (ch.trim() !== '') lastCode = ch;
      j++;
    }

    const code = text.replace(/#.*$/, '').trim();
    if (code === '') return;
    if (logicalStart) {
      const width = text.length - text.trimStart().length;
      const current = indents[indents.length - 1] ?? 0;
      if (width % 4 !== 0) problems.push(`line ${n}: indentation of ${width} is not a multiple of 4`);
      if (expectIndent) {
        if (width !== current + 4) problems.push(`line ${n}: expected an indented block of ${current + 4} spaces`);
        indents.push(width);
      } else if (width > current) {
        problems.push(`line ${n}: unexpected indent`);
      } else {
        while ((indents[indents.length - 1] ?? 0) > width) indents.pop();
        if ((indents[indents.length - 1] ?? 0) !== width) problems.push(`line ${n}: dedent to an unknown level`);
      }
    }
    // A compound statement's header ends with ':' once its brackets are closed (maybe lines later).
    if (stack.length === 0 && triple === null) expectIndent = lastCode === ':';
  });

  if (triple !== null) problems.push('end: triple-quoted string not closed');
  for (const open of stack) problems.push(`end: '${open.ch}' of line ${open.line} never closed`);
  if (expectIndent) problems.push('end: block header without a body');
  return problems;
}
