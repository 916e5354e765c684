import { parsePromql } from './parser.js';
import { needsGoRegexp } from './regex.js';
import type { PromqlOptions, PromqlProblem } from './types.js';

export type { PromqlOptions, PromqlProblem } from './types.js';
export { loadRegexEngine } from './regex.js';

/** A regex matcher's operator and its string: `"..."`, `'...'` or a raw `` `...` ``. */
const REGEX_MATCHER = /[=!]~\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`]*)`)?/g;

/**
 * Whether checking `text` needs the regex engine: it has a regex matcher that is not plain (see
 * `needsGoRegexp`). A string with escapes, or a matcher with no string after it, is taken to
 * need it rather than be unquoted here.
 */
export function needsRegexEngine(text: string): boolean {
  if (!text.includes('=~') && !text.includes('!~')) return false;
  for (const match of text.matchAll(REGEX_MATCHER)) {
    const value = match[1] ?? match[2] ?? match[3];
    if (value === undefined || needsGoRegexp(value)) return true;
  }
  return false;
}

/**
 * Checking takes time and memory in proportion to the text, on any thread; beyond this size an
 * expression is not checked, and that is said plainly rather than passed or refused.
 */
export const MAX_CHECKED_LENGTH = 100_000;

/** Every problem Prometheus would refuse the expression for; [] when it loads. */
export function checkPromql(text: string, options: PromqlOptions): PromqlProblem[] {
  if (text.length > MAX_CHECKED_LENGTH) {
    return [{
      start: 0,
      end: text.length,
      message: `This expression is too large to check (${text.length} characters; obslint checks up to ${MAX_CHECKED_LENGTH}).`,
    }];
  }
  return parsePromql(text, options);
}
