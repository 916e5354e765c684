import { parsePromql } from './parser.js';
import type { PromqlOptions, PromqlProblem } from './types.js';

export type { PromqlOptions, PromqlProblem } from './types.js';
export { loadRegexEngine } from './regex.js';

/** Whether checking `text` needs the regex engine (it has a regex matcher). */
export function needsRegexEngine(text: string): boolean {
  return text.includes('=~') || text.includes('!~');
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
