/**
 * A tiny Python tokenizer for colouring the generated script: comments, strings, numbers,
 * keywords, builtins and the names that `def` / `class` introduce. It only has to be right for
 * code we generate (no triple-quoted strings), and it never loses text: joining the tokens of a
 * line gives the line back. The panel turns tokens into React elements — never HTML strings.
 */

/** What a token is, which decides its colour. */
export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'builtin' | 'definition' | 'plain';

/** A run of text of one kind. */
export type Token = Readonly<{ kind: TokenKind; text: string }>;

const KEYWORDS = new Set([
  'and', 'as', 'break', 'class', 'continue', 'def', 'elif', 'else', 'except', 'False', 'for', 'from',
  'if', 'import', 'in', 'is', 'lambda', 'None', 'not', 'or', 'pass', 'return', 'True', 'try', 'while',
  'with', 'yield',
]);

const BUILTINS = new Set([
  'dict', 'enumerate', 'float', 'int', 'isinstance', 'len', 'list', 'open', 'print', 'range', 'set',
  'sorted', 'sum', 'super', 'tuple', 'zip', 'self',
]);

// One alternative per kind, tried left to right at each position; the last one eats one character.
const PATTERN =
  /(#.*)|((?:[rbfuRBFU]{1,2})?(?:"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?))|(\b\d+(?:\.\d*)?(?:[eE][+-]?\d+)?\b)|([A-Za-z_]\w*)|(\s+|[^\sA-Za-z_\d#"']+|.)/gy;

/** Tokens of one line; adjacent plain text is merged so lines render with few elements. */
export function tokenizeLine(line: string): Token[] {
  const tokens: Token[] = [];
  let previousWord = '';
  const push = (kind: TokenKind, text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && kind === 'plain') tokens[tokens.length - 1] = { kind, text: last.text + text };
    else tokens.push({ kind, text });
  };
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (PATTERN.lastIndex < line.length && (m = PATTERN.exec(line)) !== null) {
    const [text, comment, string, number, word] = m;
    if (comment !== undefined) push('comment', text);
    else if (string !== undefined) push('string', text);
    else if (number !== undefined) push('number', text);
    else if (word !== undefined) {
      const kind: TokenKind =
        previousWord === 'def' || previousWord === 'class'
          ? 'definition'
          : KEYWORDS.has(word) ? 'keyword' : BUILTINS.has(word) ? 'builtin' : 'plain';
      push(kind, text);
      previousWord = word;
      continue;
    } else push('plain', text);
    if (text.trim() !== '') previousWord = '';
  }
  return tokens;
}

/** Tokens of every line of `source` (split on '\n'). */
export function tokenize(source: string): Token[][] {
  return source.split('\n').map(tokenizeLine);
}
