import type { Problem } from '../core/load.js';

/**
 * Go's YAML readers (libyaml ports) ignore indentation inside quoted values and flow
 * collections, so this loads in Prometheus:
 *
 *     description: "Vmagent dropped data
 *       on instance {{ $labels.instance }}"      <- fine everywhere
 *     summary: "Vmagent dropped data
 *     on instance {{ $labels.instance }}"        <- Go only: not indented past the key
 *
 * The YAML spec, and so the `yaml` package, refuses the second. This pass finds such lines
 * and indents them in a copy of the text (leading blanks of a continuation line are not part
 * of the value, so the data is Go's), and maps offsets in the copy back to the original.
 * A construct Go would refuse too (a quote never closed, a document marker inside it) is
 * left as it is, for the parser to report.
 */
export interface IndentPatch {
  text: string;
  /** Maps an offset in `text` to the original text. */
  toOriginal(offset: number): number;
  /** One `yaml-strict` notice per value that needed the patch. */
  notices: Problem[];
}

interface Insertion {
  at: number;
  spaces: number;
}

interface Construct {
  kind: 'quote' | 'flow';
  /** The column a continuation line must be indented past. */
  keyColumn: number;
  key: string | undefined;
  insertions: Insertion[];
  firstLine?: [number, number];
}

export function patchIndentation(text: string): IndentPatch | undefined {
  const insertions: Insertion[] = [];
  const notices: Problem[] = [];
  const scanner = new Scanner(text, (construct) => {
    insertions.push(...construct.insertions);
    if (construct.firstLine) notices.push(notice(construct));
  });
  scanner.run();
  if (insertions.length === 0) return undefined;
  return apply(text, insertions, notices);
}

function notice(construct: Construct): Problem {
  const [start, end] = construct.firstLine!;
  const what = construct.kind === 'quote' ? 'quoted value' : 'flow collection';
  const owner = construct.key === undefined ? `The ${what}` : `The ${what} of \`${construct.key}\``;
  return {
    rule: 'yaml-strict',
    message: `${owner} continues on a line that is not indented past its key.`,
    help: 'Go’s YAML readers (Prometheus, Alertmanager, the OpenTelemetry Collector) accept this, but the YAML spec and most other tools do not: indent the continuation lines past the key.',
    start,
    end: Math.max(end, start + 1),
  };
}

function apply(text: string, insertions: Insertion[], notices: Problem[]): IndentPatch {
  insertions.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  // Where each insertion starts in the patched text, and how much was inserted before it.
  const patchedAt: number[] = [];
  const before: number[] = [];
  let from = 0;
  let inserted = 0;
  for (const { at, spaces } of insertions) {
    parts.push(text.slice(from, at), ' '.repeat(spaces));
    patchedAt.push(at + inserted);
    before.push(inserted);
    inserted += spaces;
    from = at;
  }
  parts.push(text.slice(from));
  return {
    text: parts.join(''),
    notices,
    toOriginal(offset) {
      // The last insertion at or before `offset`.
      let lo = 0;
      let hi = patchedAt.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (patchedAt[mid] <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found === -1) return offset;
      const { at, spaces } = insertions[found];
      const inside = offset - patchedAt[found];
      return inside < spaces ? at : offset - before[found] - spaces;
    },
  };
}

/**
 * A small line scanner that knows just enough YAML to tell where quoted values and flow
 * collections start and end: comments, quotes, brackets, keys, and block scalars (whose
 * lines it skips). It only ever adds blanks before a continuation line's first character.
 */
class Scanner {
  private pos = 0;
  private open: Construct | undefined;
  private quote = '';
  private flowDepth = 0;
  /** Inside a block scalar: lines indented past this column belong to it. */
  private blockScalarColumn = -2;
  private lineStart = 0;
  private keyColumn = -1;
  private key: string | undefined;

  constructor(
    private readonly text: string,
    private readonly done: (construct: Construct) => void,
  ) {}

  run(): void {
    const { text } = this;
    while (this.lineStart < text.length) {
      let end = text.indexOf('\n', this.lineStart);
      if (end === -1) end = text.length;
      this.line(this.lineStart, end);
      this.lineStart = end + 1;
    }
  }

  private line(start: number, end: number): void {
    const { text } = this;
    let content = start;
    while (content < end && (text[content] === ' ' || text[content] === '\t')) content++;
    let spaces = 0;
    while (text[start + spaces] === ' ') spaces++;
    const blank = content === end || text[content] === '\r';
    if (this.blockScalarColumn > -2) {
      if (blank || spaces > this.blockScalarColumn) return;
      this.blockScalarColumn = -2;
    }
    if (this.open) {
      if (blank) return;
      if (this.open.kind === 'quote' && content === start && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(start, start + 4))) {
        // Go refuses a document marker inside a quoted value: leave it for the parser.
        this.open = undefined;
        this.pos = end;
        return;
      }
      const indent = content - start;
      if (spaces <= this.open.keyColumn || spaces < indent) {
        this.open.insertions.push({ at: start, spaces: this.open.keyColumn + 1 });
        const closing = text[content] === ']' || text[content] === '}';
        if (!this.open.firstLine && !closing) this.open.firstLine = [content, end];
      }
      this.pos = content;
      if (this.open.kind === 'quote') this.scanQuote(end);
      if (this.open?.kind === 'flow') this.scanFlow(end);
      if (this.open) return;
    } else {
      this.pos = content;
      this.keyColumn = spaces - 1;
      this.key = undefined;
    }
    this.scanBlock(end);
  }

  /** Block context from `pos`: node starts, keys, and where a quote or flow collection opens. */
  private scanBlock(end: number): void {
    const { text } = this;
    while (this.pos < end) {
      const at = this.pos;
      const ch = text[at];
      const column = at - this.lineStart;
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.pos++;
      } else if (ch === '#') {
        return;
      } else if ((ch === '-' || ch === '?' || ch === ':') && isBlank(text[at + 1])) {
        if (ch !== ':') {
          this.keyColumn = column;
          this.key = undefined;
        }
        this.pos++;
      } else if (ch === '&' || ch === '!' || ch === '*') {
        while (this.pos < end && !isBlank(text[this.pos])) this.pos++;
      } else if (ch === '"' || ch === "'") {
        this.startConstruct('quote');
        this.quote = ch;
        this.pos++;
        this.scanQuote(end);
        if (this.open) return;
        this.afterKeyCandidate(at, end);
      } else if (ch === '[' || ch === '{') {
        this.startConstruct('flow');
        this.flowDepth = 0;
        this.scanFlow(end);
        if (this.open) return;
      } else if (ch === '|' || ch === '>') {
        this.blockScalarColumn = this.keyColumn;
        return;
      } else {
        // A plain key or value: a key ends at `: `; a value runs to the end of the line.
        let i = at;
        while (i < end && !(text[i] === ':' && isBlank(text[i + 1])) && !(text[i] === '#' && isBlank(text[i - 1]))) i++;
        if (text[i] !== ':') return;
        this.keyColumn = column;
        this.key = text.slice(at, i).trim();
        this.pos = i + 1;
      }
    }
  }

  /** After a closed quote: if a `:` follows, the quote was a key. */
  private afterKeyCandidate(quoteStart: number, end: number): void {
    const { text } = this;
    let i = this.pos;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === ':' && (i + 1 >= end || isBlank(text[i + 1]))) {
      this.keyColumn = quoteStart - this.lineStart;
      this.key = text.slice(quoteStart + 1, this.pos - 1);
      this.pos = i + 1;
    } else {
      this.pos = end;
    }
  }

  private startConstruct(kind: Construct['kind']): void {
    this.open = { kind, keyColumn: this.keyColumn, key: this.key, insertions: [] };
  }

  /** Inside a quoted value: runs to its closing quote, or to the line's end. */
  private scanQuote(end: number): void {
    const { text, quote } = this;
    while (this.pos < end) {
      const ch = text[this.pos];
      if (quote === '"' && ch === '\\') {
        this.pos += 2;
        continue;
      }
      if (ch === quote) {
        if (quote === "'" && text[this.pos + 1] === "'") {
          this.pos += 2;
          continue;
        }
        this.pos++;
        if (this.flowDepth > 0) {
          // A quoted value inside a flow collection: back to the collection.
          this.quote = '';
          this.open!.kind = 'flow';
          return;
        }
        this.close();
        return;
      }
      this.pos++;
    }
  }

  /** Inside a flow collection: brackets, quotes and comments until it closes. */
  private scanFlow(end: number): void {
    const { text } = this;
    let nodeStart = this.flowDepth === 0 || /[[{,:]\s*$/.test(text.slice(Math.max(this.lineStart, this.pos - 2), this.pos));
    while (this.pos < end) {
      const ch = text[this.pos];
      if (ch === '#' && (this.pos === this.lineStart || isBlank(text[this.pos - 1]))) {
        this.pos = end;
        return;
      }
      if ((ch === '"' || ch === "'") && nodeStart) {
        this.open!.kind = 'quote';
        this.quote = ch;
        this.pos++;
        this.scanQuote(end);
        if (this.open?.kind === 'quote') return;
        nodeStart = false;
        continue;
      }
      if (ch === '[' || ch === '{') this.flowDepth++;
      else if (ch === ']' || ch === '}') {
        this.flowDepth--;
        if (this.flowDepth <= 0) {
          this.pos++;
          this.flowDepth = 0;
          this.close();
          this.pos = end;
          return;
        }
      }
      if (ch !== ' ' && ch !== '\t') nodeStart = ch === '[' || ch === '{' || ch === ',' || ch === ':';
      this.pos++;
    }
  }

  private close(): void {
    const construct = this.open!;
    this.open = undefined;
    this.quote = '';
    if (construct.insertions.length > 0) this.done(construct);
  }
}

function isBlank(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}
