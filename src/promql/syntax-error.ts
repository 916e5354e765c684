import { checkPromql } from './check.js';
import type { PromqlProblem } from './types.js';

export type SyntaxError = PromqlProblem;

/**
 * The first problem of a PromQL expression, or undefined when Prometheus loads it; kept for the
 * `promql-syntax` rule until it reports every problem of `checkPromql`.
 */
export function promqlSyntaxError(text: string): SyntaxError | undefined {
  return checkPromql(text, { names: 'utf8' })[0];
}
