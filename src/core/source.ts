import type { Position } from './findings.js';

/**
 * Turns source offsets into 1-based line/column. Built only for files that have a finding,
 * so a clean file never pays for it.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    // "Unexpected end of file" lands after the last line break: show it on the last line.
    const last = this.text.endsWith('\n') ? this.text.length - 1 : this.text.length;
    const clamped = Math.max(0, Math.min(offset, last));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
  }

  /** The offset where the line holding `offset` ends (its line break, or the end of the text). */
  endOfLine(offset: number): number {
    const next = this.starts[this.position(offset).line];
    return next === undefined ? this.text.length : next - 1;
  }

  /** The offsets a 1-based line spans, its line break excluded. */
  lineRange(line: number): { start: number; end: number } | undefined {
    const start = this.starts[line - 1];
    if (start === undefined) return undefined;
    const next = this.starts[line];
    return { start, end: next === undefined ? this.text.length : next - 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}
