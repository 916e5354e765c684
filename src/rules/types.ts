import type { Position, Severity } from '../core/findings.js';
import type { Span, Target } from '../core/locate.js';
import type { MessageData } from '../core/text.js';
import type { Model, Site } from '../kinds/types.js';
import type { Settings } from '../kinds/settings.js';

/** A JSON Schema fragment, as written in a rule's options. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMessage {
  /** The message, with `{name}` placeholders filled from the report's data (values are made safe). */
  text: string;
  /** What to do about it, when the message alone does not say. */
  help?: string;
}

/**
 * Everything about a rule that is not its code. The config schema, the docs tables and SARIF's
 * rule list are generated from it, so it is the one place a rule is described.
 */
export interface RuleMeta<Options extends object = object> {
  id: string;
  /** One line: what it finds. */
  summary: string;
  defaultSeverity: Severity;
  /**
   * Its findings mean the program that loads the file refuses it (or obslint could not check
   * it): they are shown first where space is short, and a gate should never switch them off.
   */
  blocking?: boolean;
  /** Its findings point at secrets: reporters that show the file's text mask what a finding's range covers. */
  sensitive?: boolean;
  /** Message templates by id. A finding's identity uses the id, never the filled-in text. */
  messages: Record<string, RuleMessage>;
  /** Options with their defaults and, per option, a JSON Schema with a `description`. */
  options?: { defaults: Options; schema: { [K in keyof Options]-?: JsonSchema & { description: string } } };
}

/** Where a finding sits: a site in a document (preferred), or raw offsets into the file. */
export interface Placement {
  site?: Site;
  /** Point at the key that holds the value rather than the value. */
  target?: Target;
  /** An offset range inside the string value at `site` (e.g. a PromQL error inside `expr`). */
  within?: { start: number; end: number };
  /** Raw source offsets, for findings that have no site. */
  span?: Span;
}

/** What a rule reports: which message, filled with what, about what, and where. */
export interface Report extends Placement {
  messageId: string;
  data?: MessageData;
  /** A help made for this finding (say, the fix a checker worked out), instead of the message's own. */
  help?: string;
  /**
   * What the finding is about, for its identity (say, an alert's group, name and labels).
   * Defaults to a description of the site's path that names list items by their name.
   */
  subject?: string;
}

/** 1-based positions of a site, for summaries that outlive the file's text. */
export interface Range {
  start: Position;
  end: Position;
}

export interface RuleContext<Options extends object = object> {
  /** Path relative to the lint root. */
  file: string;
  model: Model;
  options: Options;
  settings: Settings;
  /** The file's code owners, when the config uses CODEOWNERS (`owners.codeowners`); empty when nobody owns it. */
  codeOwners?: readonly string[];
  report(report: Report): void;
  /** Whether a path relative to the lint root, or to this file's folder, is an existing file in the repository. */
  fileExists(relativePath: string): boolean;
  /** That file's text (empty when it is too large or not text), or undefined when there is none. */
  readFile(relativePath: string): string | undefined;
  /** The 1-based line a site starts on, for messages that refer to another place. */
  lineOf(site: Site): number;
  /** Where a site is, in lines and columns. */
  rangeOf(site: Site, target?: Target): Range;
}

/** A finding of the project stage: placed by file and range, which the per-file stage resolved. */
export interface ProjectReport {
  file: string;
  range: Range;
  messageId: string;
  data?: MessageData;
  subject: string;
}

export interface ProjectContext<Options extends object = object, Collected = unknown> {
  options: Options;
  settings: Settings;
  /** What `collect` returned for each file that returned something, in file order. */
  collected: readonly { file: string; data: Collected }[];
  report(report: ProjectReport): void;
}

export interface Rule<Options extends object = object, Collected = unknown> {
  meta: RuleMeta<Options>;
  /**
   * Checks one file's model. Rules produced by an engine stage (`yaml-syntax`, `schema`,
   * `unreadable-file`) have no check: the stage reports under their id.
   */
  check?(context: RuleContext<Options>): void;
  /** Loads what `check` needs for this file and is too costly to load for every run. */
  prepare?(context: RuleContext<Options>): Promise<void> | void;
  /**
   * For rules that look across files: the small, plain part of this file's model they need
   * later (it crosses threads, and is kept for the whole run: keep it compact).
   */
  collect?(context: RuleContext<Options>): Collected | undefined;
  /** Runs once after every file was linted, on what `collect` gathered. */
  checkProject?(context: ProjectContext<Options, Collected>): Promise<void> | void;
}

export function defineRule<Options extends object = object, Collected = unknown>(
  rule: Rule<Options, Collected>,
): Rule<Options, Collected> {
  return rule;
}
