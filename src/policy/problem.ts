import { LineIndex } from '../core/source.js';

/**
 * Something wrong in a file a policy module reads (CODEOWNERS, a suppression comment):
 * offsets into the text, end exclusive, and the 1-based line and column they start at, for
 * files the engine does not lint itself (GitHub shows CODEOWNERS errors by line and column).
 */
export interface PolicyProblem {
  message: string;
  help?: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Makes problems for one text; the line index is built on the first problem only. */
export function problemMaker(text: string): (start: number, end: number, message: string, help?: string) => PolicyProblem {
  let lines: LineIndex | undefined;
  return (start, end, message, help) => {
    lines ??= new LineIndex(text);
    const { line, column } = lines.position(start);
    return { message, ...(help === undefined ? {} : { help }), start, end, line, column };
  };
}
