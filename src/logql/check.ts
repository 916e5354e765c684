import { lexicalProblem } from './lexical.js';
import { parseLogql } from './syntax.js';
import type { LogqlProblem } from './types.js';
import { validateLogql } from './validate.js';

export type { LogqlProblem } from './types.js';
export { loadLogqlRegexEngine, needsRegexEngine } from './regex.js';

/** Loki refuses a query of this many bytes or more (`maxInputSize` in pkg/logql/syntax/parser.go). */
export const MAX_QUERY_BYTES = 131_072;

/**
 * Every problem Loki would refuse the expression for when it loads the rule; [] when it loads.
 * A syntax error stops the check (Loki reports the first); after that, every independent
 * problem, in the order of the text. Call `loadLogqlRegexEngine()` first when
 * `needsRegexEngine(text)`.
 */
export function checkLogql(text: string): LogqlProblem[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes >= MAX_QUERY_BYTES) {
    return [{ start: 0, end: text.length, message: `This query is ${bytes} bytes long; Loki refuses queries of ${MAX_QUERY_BYTES} bytes or more.` }];
  }
  const lexical = lexicalProblem(text);
  if (lexical) return [lexical];
  const parsed = parseLogql(text);
  if (parsed.tooLarge && parsed.error) {
    return [{ start: 0, end: text.length, message: 'This expression is too large to check: it nests or chains more deeply than the LogQL grammar obslint uses can follow.' }];
  }
  if (parsed.error) return [parsed.error];
  return validateLogql(parsed.tree, parsed.text, parsed.blankedOffsets);
}
