/**
 * No user-visible text outside the catalogs. Parses every panel component and every lesson file
 * with the TypeScript parser and lists text a person would read that does not come from t():
 * JSX text, string literals in JSX children, and literal values of the attributes people or
 * screen readers read (aria-label, title, placeholder, alt, …). In lesson files, which hold data
 * only, any string that reads as prose (Hangul, or two or more words) is flagged, except TeX in
 * `equation`.
 *
 * Technical text passes: numbers, symbols and math, code identifiers (`nn.RNN`, `batch_first`,
 * `h_n`), acronyms (RNN, MSE), units and the proper names in TECH_WORDS. The same test checks that
 * every catalog key the lesson data names exists in both languages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { ko } from '../../src/i18n/ko/index.ts';
import { COURSE, lessonKeys } from '../../src/lessons/index.ts';

const ROOT = join(__dirname, '..', '..');

/** Attributes whose value a person sees or hears. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label', 'caption', 'heading', 'tooltip', 'description', 'message']);

/** Language-neutral words that may appear as they are: names, functions, units. */
const TECH_WORDS = new Set(
  [
    'PyTorch', 'Python', 'TensorFlow', 'Keras', 'KaTeX', 'Unroll', 'Adam', 'SGD', 'tanh', 'sigmoid', 'relu', 'ReLU', 'softmax',
    'sin', 'cos', 'exp', 'log', 'ln', 'max', 'min', 'argmax', 'diag', 'sum', 'mean', 'std', 'dim', 'ms', 'px', 'Hz', 'dB',
    'KB', 'MB', 'torch', 'nn', 'none', 'None', 'True', 'False', 'null', 'NaN', 'Infinity', 'json', 'csv', 'py', 'md',
  ].map((w) => w.toLowerCase()),
);

/** Whether one whitespace-separated token is technical (passes) rather than a word of prose. */
function technical(raw: string): boolean {
  const token = raw.replace(/^[\s"'“”‘’«»([{<,;:!?¿¡·•…→←↑↓×÷=+\-/|*#~^%$&@]+|[\s"'“”‘’«»)\]}>,;:!?¿¡·•…→←↑↓×÷=+\-/|*#~^%$&@]+$/g, '');
  if (/[\u3131-\uD79D]/.test(token)) return false; // Hangul is always prose
  // Two letters in a row make a word; modifier letters (the ₜ of hₜ) are subscripts, not letters.
  if (!/[^\P{L}\p{Lm}]{2}/u.test(token)) return true; // numbers, symbols, math like x, hₜ, ∂L/∂h
  if (/[._()[\]]/.test(token) && /^[\w.()[\],:'"=-]+$/.test(token)) return true; // nn.RNN, h_n, batch_first, fc(x)
  if (/\d/.test(token) && /^[\w.-]+$/.test(token)) return true; // h0, l1, 1e-5, 64px
  if (/^[A-Z][A-Z0-9]{1,7}s?$/.test(token)) return true; // RNN, LSTM, GRU, MSE, BPTT, RNNs
  return TECH_WORDS.has(token.toLowerCase());
}

/** Whether a piece of text would be read as words of some language. */
export function isProse(text: string): boolean {
  return text.split(/\s+/).some((t) => t !== '' && !technical(t));
}

/** Lesson files: prose is two or more words, or any Hangul (ids and keys are single tokens). */
function isLessonProse(text: string): boolean {
  if (/[\u3131-\uD79D]/.test(text)) return true;
  return text.trim().split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 2;
}

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

type Finding = string;

function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.PlusToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    return [...literalTexts(node.left), ...literalTexts(node.right)];
  }
  return [];
}

/** Hard-coded text in a component file. */
export function scanComponent(source: string, file = 'x.tsx'): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string): void => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${file}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && isProse(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const texts = ts.isStringLiteral(init) ? [init.text] : ts.isJsxExpression(init) && init.expression ? literalTexts(init.expression) : [];
      for (const text of texts) if (isProse(text)) report(node, text);
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      // The literal parts of one expression (a template's pieces) are one finding.
      const text = literalTexts(node.expression).join(' … ');
      if (isProse(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Prose written into a lesson data file instead of a catalog. */
export function scanLesson(source: string, file = 'x.ts'): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Finding[] = [];
  const visit = (node: ts.Node): void => {
    // TeX is language-neutral and lives in the data on purpose.
    if (ts.isPropertyAssignment(node) && node.name.getText(sf) === 'equation') return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    for (const text of ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? [node.text] : []) {
      if (isLessonProse(text)) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push(`${file}:${line + 1}: ${JSON.stringify(text)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

type Tree = { readonly [k: string]: string | Tree };
function lookup(tree: Tree, key: string): string | undefined {
  let at: string | Tree | undefined = tree;
  for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  return typeof at === 'string' ? at : undefined;
}

describe('the hard-coded text scan', () => {
  it('flags JSX text, literal children and read attributes that are prose', () => {
    const found = scanComponent(
      `const A = () => <p title="Open the file" aria-label={cond ? 'Zoom in' : 'x'}>Train now {'Pause it'} {\`Step \${n} of 3\`}</p>;`,
    );
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/Open the file[\s\S]*Zoom in[\s\S]*Train now[\s\S]*Pause it[\s\S]*Step/);
  });

  it('flags Korean text even as a single word', () => {
    expect(scanComponent('const A = () => <b>학습</b>;')).toHaveLength(1);
  });

  it('lets numbers, symbols, math, code identifiers, acronyms and units through', () => {
    const src = `const A = () => (<p title="nn.RNN" aria-label="h_n">
      {t('x.y')} → × · 64 (1e-5) W x_t tanh RNN LSTM batch_first=True 12 ms ← [4, 6, 512] torch.Size PyTorch
      <span className="panel__title" data-id="hidden-state">{value}</span></p>);`;
    expect(scanComponent(src)).toEqual([]);
  });

  it('flags prose in lesson data but not ids, keys, panel names or TeX', () => {
    const src = `export const l = { id: 'why-order', titleKey: 'lessons.a.b', panels: ['training'], equation: String.raw\`h_t = \\tanh(W x_t)\`, note: 'the hidden state', ko: '은닉' };`;
    const found = scanLesson(src);
    expect(found).toHaveLength(2);
    expect(found.join('\n')).toMatch(/the hidden state[\s\S]*은닉/);
  });
});

describe('user-visible text', () => {
  it('is never hard-coded in panel components', () => {
    const found = files(join(ROOT, 'src/panels'), /\.tsx$/).flatMap((f) => scanComponent(readFileSync(f, 'utf8'), relative(ROOT, f)));
    expect(found).toEqual([]);
  });

  it('is never hard-coded in lesson files', () => {
    const found = files(join(ROOT, 'src/lessons'), /\.tsx?$/).flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      return [...scanLesson(src, relative(ROOT, f)), ...(f.endsWith('.tsx') ? scanComponent(src, relative(ROOT, f)) : [])];
    });
    expect(found).toEqual([]);
  });

  it('comes from keys that exist in both catalogs for every lesson', () => {
    const keys = COURSE.flatMap(lessonKeys);
    const highlights = COURSE.flatMap((l) => l.steps.flatMap((s) => (s.highlight ? [`lessons.highlight.${s.highlight}`] : [])));
    const missing = [...keys, ...highlights].flatMap((k) => [
      ...(lookup(en as Tree, k) === undefined ? [`en: ${k}`] : []),
      ...(lookup(ko as Tree, k) === undefined ? [`ko: ${k}`] : []),
    ]);
    expect(keys.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
