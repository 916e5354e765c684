/**
 * Line breaks other than LF and CRLF: Go's YAML reader ends lines at them too, while obslint
 * (like git and GitHub) counts lines by LF. Apart from the parser, so that the engine can use
 * them without loading it.
 */
export const UNUSUAL_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/;

/** What an `UNUSUAL_BREAK` is, for a message: `a carriage return without a line feed (...)`. */
export function lineBreakName(lineBreak: string): string {
  return lineBreak === '\r' ? 'a carriage return without a line feed (old Mac line ends)' : `\`U+${lineBreak.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}\`, a Unicode line break`;
}
