import { isRangeDuration } from './literals.js';
import type { LogqlProblem } from './types.js';

/**
 * What Loki's lexer refuses before the grammar sees a token: a string or a `[range]` never
 * closed, a range that is not a duration (Loki reads all of `[...]` as one), and brackets
 * that do not pair up. Checked first because lezer's error recovery
 * reports such mistakes far from where they are (at the end of the text, or at a later token).
 */

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export function lexicalProblem(text: string): LogqlProblem | undefined {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === '`') {
      const end = stringEnd(text, i);
      if (end === undefined) return { start: i, end: i + 1, message: `The string starting with ${ch === '`' ? '`` ` ``' : '`"`'} is never closed.` };
      i = end - 1;
    } else if (ch === '#') {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
    } else if (ch === '[') {
      // Loki reads everything up to `]` as the range, so nothing inside can open or close.
      const close = text.indexOf(']', i);
      if (close === -1) return { start: i, end: i + 1, message: '`[` is never closed: a range ends with `]`, as in `[5m]`.' };
      if (!isRangeDuration(text.slice(i + 1, close))) {
        return { start: i, end: close + 1, message: `\`${text.slice(i, close + 1)}\` is not a range Loki reads: write whole numbers with units from the largest to the smallest and nothing else, such as \`[5m]\` or \`[1h30m]\`.` };
      }
      i = close;
    } else if (ch === '(' || ch === '{') {
      open.push(i);
    } else if (ch === ')' || ch === '}' || ch === ']') {
      const opener = open.pop();
      if (opener === undefined) return { start: i, end: i + 1, message: `\`${ch}\` has no matching opening bracket.` };
      const expected = CLOSER[text[opener]];
      if (expected !== ch) return { start: i, end: i + 1, message: `\`${ch}\` does not close \`${text[opener]}\`, which expects \`${expected}\`.` };
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) return { start: unclosed, end: unclosed + 1, message: `\`${text[unclosed]}\` is never closed.` };
  return undefined;
}

/** The offset after the string literal opening at `start`, or undefined when it is never closed. */
export function stringEnd(text: string, start: number): number | undefined {
  const quote = text[start];
  if (quote === '`') {
    const close = text.indexOf('`', start + 1);
    return close === -1 ? undefined : close + 1;
  }
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    // A double-quoted string cannot span lines (Go's scanner stops at the line break).
    if (ch === '\n') return undefined;
    if (ch === '\\') i++;
    else if (ch === '"') return i + 1;
  }
  return undefined;
}
