import type { Lexer } from 'yaml';

/**
 * Where the `#` comments of a config file are, as the program that loads it reads them: a
 * `#` inside a quoted string or a YAML block scalar is text, not a comment.
 */

export type CommentSyntax = 'yaml' | 'toml' | 'fluent-bit';

export interface Comment {
  /** Offset of the `#`. */
  start: number;
  /** End of the comment (its line break or the end of the text), exclusive. */
  end: number;
  /** Whether something other than blanks comes before it on its line. */
  trailing: boolean;
}

export async function findComments(text: string, syntax: CommentSyntax): Promise<Comment[]> {
  const starts = syntax === 'yaml' ? await yamlComments(text) : syntax === 'toml' ? tomlComments(text) : fluentBitComments(text);
  return starts.map((start) => {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak === -1 ? text.length : text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return { start, end, trailing: text.slice(lineStart, start).trim() !== '' };
  });
}

/** The `yaml` library's lexer, which knows every kind of scalar; its marker tokens take no room in the text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);

/** Loaded on first need: few files have a suppression comment, and the package is large. */
let YamlLexer: typeof Lexer | undefined;

async function yamlComments(text: string): Promise<number[]> {
  YamlLexer ??= (await import('yaml')).Lexer;
  const starts: number[] = [];
  let offset = 0;
  for (const token of new YamlLexer().lex(text)) {
    if (token[0] === '#') starts.push(offset);
    if (!MARKERS.has(token)) offset += token.length;
  }
  return starts;
}

/** TOML: a `#` outside strings (basic `"`, literal `'`, and their multi-line `"""`, `'''`). */
function tomlComments(text: string): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '#') {
      starts.push(i);
      const lineBreak = text.indexOf('\n', i);
      i = lineBreak === -1 ? text.length : lineBreak;
    } else if (ch === '"' || ch === "'") {
      const multiLine = text.startsWith(ch.repeat(3), i);
      i = stringEnd(text, multiLine ? i + 3 : i + 1, ch, multiLine);
    } else i++;
  }
  return starts;
}

/** Where a TOML string that starts before `from` ends; only basic strings (`"`) have escapes. */
function stringEnd(text: string, from: number, quote: string, multiLine: boolean): number {
  const close = multiLine ? quote.repeat(3) : quote;
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text.startsWith(close, i)) return i + close.length;
    else if (!multiLine && text[i] === '\n') return i;
  }
  return text.length;
}

/** Fluent Bit's classic format: a line whose first non-blank is `#`; a `#` later on a line is part of the value. */
function fluentBitComments(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/^[ \t]*#/gm)) starts.push(match.index + match[0].length - 1);
  return starts;
}
