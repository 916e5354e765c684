import { resolvePlain } from './scalars.js';
import type { ScalarStyle, YDocument, YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

/**
 * A fast parser for the plain block YAML that config files are written in: block mappings
 * and sequences, plain, quoted and block scalars, one-line flow collections, comments and
 * `---` documents. It builds the tree and the data in one pass, several times faster than
 * the general parser.
 *
 * It never guesses: anything outside that subset (anchors, aliases, tags, merge keys, tabs,
 * multi-line flow, odd indentation, anything the YAML spec calls an error) makes it give up
 * and return undefined, and the caller parses the text with the `yaml` package instead. A
 * test checks that both give the same trees and data on every real file we have.
 */
export function parseFast(text: string): YDocument[] | undefined {
  // Tabs, carriage returns, byte-order marks, other line breaks and control characters have
  // rules of their own: leave them to the general parser.
  if (/[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(text)) return undefined;
  try {
    return new FastParser(text).documents();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

function giveUp(): never {
  throw GIVE_UP;
}

const NO_PLAIN_START = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** A content line: where it starts, its indentation, and where its content starts. */
interface Line {
  start: number;
  indent: number;
  content: number;
}

/** Config is shallow; deeper nesting goes to the general parser, which bounds it. */
const MAX_DEPTH = 64;

class FastParser {
  private pos = 0;
  private depth = 0;
  private lineFrom = -1;
  private lineTo = -1;

  constructor(private readonly text: string) {}

  documents(): YDocument[] {
    const docs: YDocument[] = [];
    for (;;) {
      const line = this.nextLine();
      if (!line) return docs;
      if (this.isMarker(line, '---')) {
        this.pos = this.endOfMarker(line);
        continue;
      }
      if (this.isMarker(line, '...') || this.text[line.content] === '%') giveUp();
      const root = this.blockNode(line, -1);
      if (root.kind === 'scalar') giveUp();
      docs.push({ root, value: toData(root) });
      const after = this.nextLine();
      if (after && !this.isMarker(after, '---')) giveUp();
    }
  }

  // --- lines -------------------------------------------------------------------------

  /** The next line with content (not blank, not only a comment), from `pos`; `pos` is left at its start. */
  private nextLine(): Line | undefined {
    const { text } = this;
    let start = this.pos;
    while (start < text.length) {
      let content = start;
      while (text.charCodeAt(content) === 32) content++;
      const ch = text[content];
      if (ch === '\n' || ch === '#' || content >= text.length) {
        const end = text.indexOf('\n', content);
        if (end === -1) {
          start = text.length;
          break;
        }
        start = end + 1;
        continue;
      }
      this.pos = start;
      return { start, indent: content - start, content };
    }
    this.pos = start;
    return undefined;
  }

  /** The end of the line holding `from`; remembered, since one long line is asked about often. */
  private lineEnd(from: number): number {
    if (from >= this.lineFrom && from <= this.lineTo) return this.lineTo;
    const end = this.text.indexOf('\n', from);
    this.lineFrom = from;
    this.lineTo = end === -1 ? this.text.length : end;
    return this.lineTo;
  }

  /**
   * A block collection ends with the line of its last value (trailing comment and line
   * break included), as the `yaml` package counts it. `end` is exclusive.
   */
  private endOfLine(end: number): number {
    return Math.min(this.lineEnd(Math.max(end - 1, 0)) + 1, this.text.length);
  }

  /** Moves `pos` to the start of the line after `from`. */
  private toNextLine(from: number): void {
    const end = this.text.indexOf('\n', from);
    this.pos = end === -1 ? this.text.length : end + 1;
  }

  private isMarker(line: Line, marker: string): boolean {
    return line.indent === 0 && this.text.startsWith(marker, line.start) && isBreakOrEnd(this.text, line.start + 3);
  }

  private endOfMarker(line: Line): number {
    // `--- # comment` is fine; `--- value` or `--- !tag` is not ours.
    const rest = this.text.slice(line.start + 3, this.lineEnd(line.start)).trim();
    if (rest !== '' && !rest.startsWith('#')) giveUp();
    const end = this.text.indexOf('\n', line.start);
    return end === -1 ? this.text.length : end + 1;
  }

  /** Checks that only blanks or a comment follow `from` on its line, and moves to the next line. */
  private finishLine(from: number): void {
    const { text } = this;
    let i = from;
    while (text.charCodeAt(i) === 32) i++;
    if (i < text.length && text[i] !== '\n') {
      if (text[i] !== '#' || i === from) giveUp();
    }
    this.toNextLine(i);
  }

  // --- block collections -------------------------------------------------------------

  /** A block node starting on `line`, inside a parent indented `parentIndent`. */
  private blockNode(line: Line, parentIndent: number): YNode {
    if (++this.depth > MAX_DEPTH) giveUp();
    let node: YNode;
    const first = this.text[line.content];
    // A one-line flow document (minified JSON) before the `key:` test, which `{"a": 1}` would pass.
    if (first === '{' || first === '[') node = this.inlineValue(line.content, parentIndent);
    else if (this.isSeqItem(line.content)) node = this.blockSeq(line);
    else if (this.keyEnd(line.content) !== -1) node = this.blockMap(line.indent, line.content);
    else node = this.inlineValue(line.content, parentIndent);
    this.depth--;
    return node;
  }

  private isSeqItem(at: number): boolean {
    return this.text[at] === '-' && isBreakOrEnd(this.text, at + 1);
  }

  private blockSeq(first: Line): YSeq {
    const indent = first.indent;
    const items: YNode[] = [];
    let line: Line | undefined = first;
    let end = first.content;
    while (line && line.indent === indent && this.isSeqItem(line.content)) {
      const dash = line.content;
      let at = dash + 1;
      while (this.text.charCodeAt(at) === 32) at++;
      let item: YNode;
      if (at >= this.text.length || this.text[at] === '\n' || this.text[at] === '#') {
        this.finishLine(dash + 1);
        const nested = this.nextLine();
        if (nested && nested.indent > indent) item = this.blockNode(nested, indent);
        else item = nullScalar(skipSpaces(this.text, dash + 1));
      } else if (this.isSeqItem(at)) {
        giveUp();
      } else if (this.keyEnd(at) !== -1) {
        item = this.blockMap(at - line.start, at);
      } else {
        item = this.inlineValue(at, indent);
      }
      items.push(item);
      end = Math.max(end, item.end);
      line = this.nextLine();
      if (line && line.indent > indent) giveUp();
    }
    return { kind: 'seq', start: first.content, end: this.endOfLine(end), items };
  }

  private blockMap(indent: number, firstKey: number): YMap {
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    let at = firstKey;
    let end = firstKey;
    for (;;) {
      const colon = this.keyEnd(at);
      const key = this.key(at, colon);
      if (seen.has(key.value as string)) giveUp();
      seen.add(key.value as string);
      const value = this.valueAfterColon(colon + 1, indent);
      pairs.push({ key, value });
      end = Math.max(end, value.end, colon + 1);
      const line = this.nextLine();
      if (!line || line.indent < indent || this.isMarker(line, '---')) break;
      if (line.indent > indent || this.isSeqItem(line.content)) giveUp();
      at = line.content;
    }
    return { kind: 'map', start: firstKey, end: this.endOfLine(end), pairs };
  }

  /**
   * Where the `:` of an implicit key starting at `at` is, or -1 when the line is not a
   * `key: value` line.
   */
  private keyEnd(at: number): number {
    const { text } = this;
    const ch = text[at];
    if (ch === '"' || ch === "'") {
      const close = this.quotedEndOnLine(at);
      if (close === -1) return -1;
      let i = close;
      while (text.charCodeAt(i) === 32) i++;
      return text[i] === ':' && isBreakOrEnd(text, i + 1) ? i : -1;
    }
    const end = this.lineEnd(at);
    for (let i = at; i < end; i++) {
      if (text.charCodeAt(i) === 58 /* : */ && isBreakOrEnd(text, i + 1)) return i;
    }
    return -1;
  }

  /** The key of a `key: value` line whose `:` is at `colon`. */
  private key(at: number, colon: number): YScalar {
    // Go looks for a key's `:` within 1024 characters; past that is the general parser's to word.
    if (colon === -1 || colon - at > 1024) giveUp();
    const ch = this.text[at];
    if (ch === '"' || ch === "'") {
      const scalar = this.quoted(at, -1);
      if (this.text.slice(scalar.end, colon).trim() !== '' || scalar.value === '__proto__') giveUp();
      return scalar;
    }
    const raw = this.text.slice(at, colon);
    const source = raw.trimEnd();
    if (source === '' || NO_PLAIN_START.has(source[0]) || source.includes(' #') || startsWithIndicator(source)) giveUp();
    // `<<` merges and keys that are not text (numbers, booleans, null) go to the full parser.
    if (source === '<<' || source === '__proto__' || resolvePlain(source) !== source) giveUp();
    return { kind: 'scalar', start: at, end: at + source.length, value: source, style: 'plain' };
  }

  /**
   * The value after `key:` (the colon ends at `after`) of a mapping indented `indent`: on the
   * same line, or a block below it (a list may sit at the key's own indentation).
   */
  private valueAfterColon(after: number, indent: number): YNode {
    const { text } = this;
    const at = skipSpaces(text, after);
    if (at < text.length && text[at] !== '\n' && text[at] !== '#') return this.inlineValue(at, indent);
    this.finishLine(after);
    const nested = this.nextLine();
    if (nested && (nested.indent > indent || (nested.indent === indent && this.isSeqItem(nested.content)))) {
      return this.blockNode(nested, indent);
    }
    return nullScalar(at);
  }

  // --- scalars and flow collections on a line ----------------------------------------

  /** A value that starts on this line at `at`; `parentIndent` bounds its continuation lines. */
  private inlineValue(at: number, parentIndent: number): YNode {
    const ch = this.text[at];
    let node: YNode;
    if (ch === '"' || ch === "'") node = this.quoted(at, parentIndent);
    else if (ch === '|' || ch === '>') return this.blockScalar(at, parentIndent);
    else if (ch === '[' || ch === '{') {
      const flow = this.flow(at);
      node = flow.node;
      this.finishLine(flow.next);
      return node;
    } else return this.plain(at, parentIndent);
    this.finishLine(node.end);
    return node;
  }

  private plain(at: number, parentIndent: number): YScalar {
    const { text } = this;
    if (NO_PLAIN_START.has(text[at]) || startsWithIndicator(text.slice(at, at + 2))) giveUp();
    let end = this.plainEnd(at);
    let value = text.slice(at, end);
    let lineEnd = this.lineEnd(end);
    if (text.slice(end, lineEnd).trim() !== '') {
      // Only a comment may follow; `a: b: c` is an error the full parser words well.
      this.finishLine(end);
    } else {
      // Continuation lines, folded into one line (blank lines become line breaks).
      let next = lineEnd + 1;
      let breaks = 0;
      while (next < text.length) {
        const nextEnd = this.lineEnd(next);
        let content = next;
        while (text.charCodeAt(content) === 32) content++;
        if (content === nextEnd) {
          breaks++;
          next = nextEnd + 1;
          continue;
        }
        if (content - next <= parentIndent || text[content] === '#') break;
        if (content - next === 0 && (text.startsWith('---', content) || text.startsWith('...', content))) giveUp();
        const partEnd = this.plainEnd(content);
        if (text.slice(partEnd, nextEnd).trim() !== '' || startsWithIndicator(text.slice(content, content + 2))) giveUp();
        value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
        value += text.slice(content, partEnd);
        end = partEnd;
        lineEnd = nextEnd;
        breaks = 0;
        next = nextEnd + 1;
      }
      this.toNextLine(end);
    }
    return { kind: 'scalar', start: at, end, value: resolvePlain(value), style: 'plain' };
  }

  /** End of a plain scalar's text on its line: before a comment or trailing blanks. */
  private plainEnd(at: number): number {
    const { text } = this;
    const lineEnd = this.lineEnd(at);
    let end = lineEnd;
    for (let i = at; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 35 /* # */ && text.charCodeAt(i - 1) === 32) {
        end = i;
        break;
      }
      // `a: b: c` and `a: b:` are errors in a block value; let the full parser say so.
      if (ch === 58 /* : */ && (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32)) giveUp();
    }
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    return end;
  }

  /** A single- or double-quoted scalar, possibly over several lines (folded). */
  private quoted(at: number, parentIndent: number): YScalar {
    const { text } = this;
    const quote = text[at];
    const quoteCode = quote.charCodeAt(0);
    let value = '';
    let i = at + 1;
    for (;;) {
      if (i >= text.length) giveUp();
      const ch = text[i];
      if (ch === quote) {
        if (quote === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
          continue;
        }
        break;
      }
      if (ch === '\\' && quote === '"') {
        const code = text[i + 1];
        const hexLength = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
        if (hexLength > 0) {
          const hex = text.slice(i + 2, i + 2 + hexLength);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) giveUp();
          const point = parseInt(hex, 16);
          // Go refuses surrogates and code points past U+10FFFF.
          if ((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) giveUp();
          value += String.fromCodePoint(point);
          i += 2 + hexLength;
          continue;
        }
        const escaped = ESCAPES[code];
        if (escaped === undefined) giveUp();
        value += escaped;
        i += 2;
        continue;
      }
      if (ch === '\n') {
        // Folding: trailing blanks go, the break becomes a space, each blank line a break.
        value = trimTrailingSpaces(value);
        let breaks = 0;
        let next = i + 1;
        for (;;) {
          let content = next;
          while (text.charCodeAt(content) === 32) content++;
          if (text[content] === '\n') {
            breaks++;
            next = content + 1;
            continue;
          }
          if (content >= text.length || content - next <= parentIndent) giveUp();
          if (content - next === 0 && (text.startsWith('---', content) || text.startsWith('...', content))) giveUp();
          i = content;
          break;
        }
        value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
        continue;
      }
      // The characters up to the next quote, escape or line break, in one slice: adding them
      // one at a time made a string per character, most of what a large run allocated.
      const run = i;
      for (i++; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === quoteCode || code === 10 /* \n */ || (code === 92 /* \\ */ && quote === '"')) break;
      }
      value += text.slice(run, i);
    }
    const style: ScalarStyle = quote === '"' ? 'double' : 'single';
    return { kind: 'scalar', start: at, end: i + 1, value, style };
  }

  /** Where the closing quote of a one-line quoted scalar ends, or -1. */
  private quotedEndOnLine(at: number): number {
    const { text } = this;
    const quote = text[at];
    const end = this.lineEnd(at);
    for (let i = at + 1; i < end; i++) {
      if (text[i] === '\\' && quote === '"') i++;
      else if (text[i] === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return -1;
  }

  /** `|` and `>` blocks, with clip (default) or strip (`-`) chomping. */
  private blockScalar(at: number, parentIndent: number): YScalar {
    const { text } = this;
    const folded = text[at] === '>';
    const headerEnd = this.lineEnd(at);
    const rest = text.slice(at + 1, headerEnd);
    const comment = rest.indexOf(' #');
    const header = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
    if (header !== '' && header !== '-') giveUp();
    const strip = header === '-';
    const lines: string[] = [];
    let contentIndent = -1;
    let next = headerEnd + 1;
    let end = headerEnd + 1;
    let blankRun = 0;
    while (next < text.length) {
      const lineEnd = this.lineEnd(next);
      let content = next;
      while (text.charCodeAt(content) === 32) content++;
      if (content === lineEnd) {
        if (contentIndent === -1 && content - next > 0) giveUp();
        if (contentIndent !== -1 && content - next > contentIndent) giveUp();
        lines.push('');
        blankRun++;
        next = lineEnd + 1;
        continue;
      }
      const indent = content - next;
      if (contentIndent === -1) {
        if (indent <= parentIndent) break;
        contentIndent = indent;
      }
      if (indent < contentIndent) break;
      // More-indented lines keep their breaks in folded blocks; rare enough to leave to `yaml`.
      if (folded && indent > contentIndent) giveUp();
      lines.push(text.slice(next + contentIndent, lineEnd));
      blankRun = 0;
      end = Math.min(lineEnd + 1, text.length);
      next = lineEnd + 1;
    }
    if (contentIndent === -1) giveUp();
    lines.length -= blankRun;
    let value = folded ? foldLines(lines) : lines.join('\n');
    // Go keeps the last line break only if there is one: not at the end of a file without one.
    if (!strip && text[end - 1] === '\n') value += '\n';
    this.pos = end;
    return { kind: 'scalar', start: at, end, value, style: folded ? 'folded' : 'literal' };
  }

  /** A flow collection that opens and closes on this line. */
  private flow(at: number): { node: YNode; next: number } {
    if (++this.depth > MAX_DEPTH) giveUp();
    const result = this.flowCollection(at);
    this.depth--;
    return result;
  }

  private flowCollection(at: number): { node: YNode; next: number } {
    const { text } = this;
    const lineEnd = this.lineEnd(at);
    const close = text[at] === '[' ? ']' : '}';
    const isMap = close === '}';
    const items: YNode[] = [];
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    let i = skipSpaces(text, at + 1);
    if (text[i] === close) {
      return { node: isMap ? { kind: 'map', start: at, end: i + 1, pairs } : { kind: 'seq', start: at, end: i + 1, items }, next: i + 1 };
    }
    for (;;) {
      if (i >= lineEnd) giveUp();
      if (isMap) {
        const key = this.flowScalar(i, lineEnd);
        const name = key.node.value;
        if (typeof name !== 'string' || name === '<<' || name === '__proto__' || seen.has(name)) giveUp();
        seen.add(name);
        i = skipSpaces(text, key.next);
        if (text[i] !== ':') giveUp();
        i = skipSpaces(text, i + 1);
        const value = this.flowItem(i, lineEnd);
        pairs.push({ key: key.node, value: value.node });
        i = skipSpaces(text, value.next);
      } else {
        const item = this.flowItem(i, lineEnd);
        items.push(item.node);
        i = skipSpaces(text, item.next);
      }
      if (text[i] === close) {
        const end = i + 1;
        return { node: isMap ? { kind: 'map', start: at, end, pairs } : { kind: 'seq', start: at, end, items }, next: end };
      }
      if (text[i] !== ',') giveUp();
      i = skipSpaces(text, i + 1);
      // A trailing comma, and `[a, ]`, are left to `yaml`.
      if (text[i] === close) giveUp();
    }
  }

  private flowItem(at: number, lineEnd: number): { node: YNode; next: number } {
    const ch = this.text[at];
    if (ch === '[' || ch === '{') return this.flow(at);
    const scalar = this.flowScalar(at, lineEnd);
    // `[a: b]` (a single-pair map in a list) is left to `yaml`.
    if (this.text[skipSpaces(this.text, scalar.next)] === ':') giveUp();
    return scalar;
  }

  private flowScalar(at: number, lineEnd: number): { node: YScalar; next: number } {
    const { text } = this;
    const ch = text[at];
    if (ch === '"' || ch === "'") {
      const end = this.quotedEndOnLine(at);
      if (end === -1) giveUp();
      const node = this.quoted(at, -1);
      return { node, next: node.end };
    }
    if (NO_PLAIN_START.has(ch) || startsWithIndicator(text.slice(at, at + 2))) giveUp();
    let end = at;
    while (end < lineEnd) {
      const c = text[end];
      if (c === ',' || c === ']' || c === '}' || c === '[' || c === '{') break;
      if (c === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === ']' || text[end + 1] === '}')) break;
      if (c === '#' && text[end - 1] === ' ') giveUp();
      end++;
    }
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    if (end === at) giveUp();
    const source = text.slice(at, end);
    return { node: { kind: 'scalar', start: at, end, value: resolvePlain(source), style: 'plain' }, next: end };
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function trimTrailingSpaces(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 32) end--;
  return value.slice(0, end);
}

function nullScalar(at: number): YScalar {
  return { kind: 'scalar', start: at, end: at, value: null, style: 'plain' };
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** Whether `at` is a space, a line break or the end. */
function isBreakOrEnd(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const ch = text[at];
  return ch === ' ' || ch === '\n';
}

/**
 * `- x`, `? x` and `: x` start structures, not plain scalars; so do `-`, `?` and `:` alone
 * or before a flow indicator. (Giving up on a few valid texts is fine; accepting an invalid one is not.)
 */
function startsWithIndicator(two: string): boolean {
  return (two[0] === '-' || two[0] === '?' || two[0] === ':') && (two.length === 1 || ' \n,[]{}'.includes(two[1]));
}

/** Folded block lines: a single break becomes a space, a run of blank lines stays breaks. */
function foldLines(lines: string[]): string {
  let out = '';
  let pendingBreaks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      pendingBreaks++;
      continue;
    }
    if (started) out += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
    else out += '\n'.repeat(pendingBreaks);
    out += line;
    pendingBreaks = 0;
    started = true;
  }
  return out;
}

/** The data of a tree from the fast parser (it has no aliases or merges to resolve). */
function toData(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toData);
  const out: Record<string, unknown> = {};
  for (const pair of node.pairs) out[String(pair.key.value)] = toData(pair.value);
  return out;
}

export type { YMap, YSeq };
