import type { TemplateProblem } from './messages.js';
import { parseTemplate, type TemplateQuery } from './parser.js';

export type { TemplateProblem, TemplateQuery };

/**
 * What Prometheus refuses when it parses this label value or annotation; [] when it parses.
 * Go stops at the first error, so there is at most one problem. Offsets are into `text`.
 */
export function checkTemplate(text: string): TemplateProblem[] {
  // Without a `{{` the whole value is plain text, which always parses.
  if (!text.includes('{{')) return [];
  const { problem } = parseTemplate(text);
  return problem ? [problem] : [];
}

/**
 * The PromQL string literals given to `query` (`{{ query "up" }}`), for the caller to check.
 * `start`/`end` are the offsets of the literal's content in `text` and `expr` its value; when
 * the literal holds escapes the two differ in length, and offsets within `expr` do not map
 * one to one. None when the template does not parse.
 */
export function templateQueries(text: string): TemplateQuery[] {
  if (!text.includes('{{')) return [];
  return parseTemplate(text).queries;
}
