import type { Severity } from '../engine/findings.js';
import type { Span, Target } from '../engine/locate.js';
import type { Model, Site } from '../kinds/types.js';

export interface RuleMeta<Options extends object = object> {
  id: string;
  /** One line: what it finds. */
  description: string;
  defaultSeverity: Severity;
  /** Option defaults; the config schema (schemas/obslint-config.schema.json) says their shape. */
  defaultOptions: Options;
}

/** What a rule reports: where (a site in a document, or raw offsets) and what to do. */
export interface Report {
  message: string;
  help?: string;
  site?: Site;
  /** Point at the key that holds the value rather than the value. */
  target?: Target;
  /** An offset range inside the string value at `site` (e.g. a PromQL error inside `expr`). */
  within?: { start: number; end: number };
  /** Raw source offsets, for findings that have no site. */
  span?: Span;
}

export interface RuleContext<Options extends object = object> {
  /** Path relative to the lint root. */
  file: string;
  model: Model;
  options: Options;
  report(report: Report): void;
  /** Whether a path relative to the lint root, or to this file's folder, is an existing file. */
  fileExists(relativePath: string): boolean;
  /** The 1-based line a site starts on, for messages that refer to another place. */
  lineOf(site: Site): number;
}

export interface Rule<Options extends object = object> {
  meta: RuleMeta<Options>;
  /**
   * Checks one file's model. Rules produced by an engine stage (`yaml-syntax`, `schema`,
   * `unreadable-file`) have no check: the stage reports under their id.
   */
  check?(context: RuleContext<Options>): void;
}

export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

