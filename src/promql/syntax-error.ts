import { parser } from '@prometheus-io/lezer-promql';

export interface SyntaxError {
  /** Offsets into the expression text. */
  start: number;
  end: number;
  message: string;
}

/** Keywords that must be followed by `(labels)`. */
const LABEL_LIST_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring']);

const OPENERS: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
const CLOSERS = new Set(Object.values(OPENERS));

/**
 * The first syntax error of a PromQL expression, in words, or undefined when it parses.
 * Brackets are checked first because "`(` is never closed", pointing at the `(`, says more
 * than the parser's "unexpected end".
 */
export function promqlSyntaxError(text: string): SyntaxError | undefined {
  return bracketError(text) ?? parserError(text);
}

function bracketError(text: string): SyntaxError | undefined {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const close = skipString(text, i);
      if (close >= text.length) return { start: i, end: i + 1, message: `The string starting with \`${ch}\` is never closed.` };
      i = close;
      continue;
    }
    if (ch === '#') {
      // A comment runs to the end of the line.
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
      continue;
    }
    if (ch in OPENERS) open.push(i);
    else if (CLOSERS.has(ch)) {
      const opener = open.pop();
      if (opener === undefined) return { start: i, end: i + 1, message: `\`${ch}\` has no matching opening bracket.` };
      if (OPENERS[text[opener]] !== ch) {
        return { start: i, end: i + 1, message: `\`${ch}\` does not close \`${text[opener]}\`, which expects \`${OPENERS[text[opener]]}\`.` };
      }
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    return { start: unclosed, end: unclosed + 1, message: `\`${text[unclosed]}\` is never closed.` };
  }
  return undefined;
}

/** Index of the closing quote (or the end) of a string starting at `start`. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\' && quote !== '`') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

function parserError(text: string): SyntaxError | undefined {
  const tree = parser.parse(text);
  let error: { from: number; to: number } | undefined;
  tree.iterate({
    enter(node) {
      if (error) return false;
      if (node.type.isError) {
        error = { from: node.from, to: node.to };
        return false;
      }
      return undefined;
    },
  });
  if (!error) return undefined;
  const { from } = error;
  const rest = text.slice(from);
  const token = rest.match(/^\s*([A-Za-z_:][\w:]*|\d[\w.]*|"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|\S)/);
  if (!token || text.slice(from).trim() === '') {
    return { start: Math.max(0, text.trimEnd().length - 1), end: text.trimEnd().length, message: 'The expression ends too early: something is missing at the end.' };
  }
  const start = from + token[0].length - token[1].length;
  const end = start + token[1].length;
  const before = wordBefore(text, start);
  // `rat(x)`: the parser only knows function names, so an unknown one fails at the `(`.
  if (token[1] === '(' && before) {
    return { start: before.start, end: before.start + before.word.length, message: `\`${before.word}\` is not a PromQL function.` };
  }
  if (before && LABEL_LIST_KEYWORDS.has(before.word.toLowerCase()) && token[1] !== '(') {
    return { start, end, message: `\`${before.word}\` takes a list of labels in brackets, such as \`${before.word} (job)\`.` };
  }
  return { start, end, message: `Unexpected \`${token[1]}\`.` };
}

/** The identifier that ends just before `end` (blanks between allowed), scanning backwards. */
function wordBefore(text: string, end: number): { word: string; start: number } | undefined {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const wordEnd = i;
  while (i > 0 && /\w/.test(text[i - 1])) i--;
  if (i === wordEnd || !/[A-Za-z_]/.test(text[i])) return undefined;
  return { word: text.slice(i, wordEnd), start: i };
}
