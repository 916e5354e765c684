import { hash64 } from './text.js';

/** The one result type every stage produces and every reporter consumes. */

export type Severity = 'error' | 'warning' | 'notice';
/** A rule's configured level: a severity, or `off`. */
export type Level = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** The bar a run must clear: a severity, or `never` to report without failing. */
export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value);
}

/** 1-based line and column, as editors and GitHub count them. */
export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Path relative to the lint root, with forward slashes. */
  file: string;
  start: Position;
  end: Position;
  /** What to do about it, when the message alone does not say. */
  help?: string;
  /**
   * The finding's identity across runs: the same problem with the same thing keeps it when
   * lines move or the file is reformatted, and two findings of one run never share it. SARIF,
   * suppressions and the baseline all use it. Made by `identify`, never from line numbers.
   */
  fingerprint: string;
  /**
   * The same identity with the labels of the alert it is about left out: the baseline's second
   * matching pass, so correcting a label does not make the alert's known findings new.
   */
  coarseFingerprint?: string;
  /** In the baseline the run compared with: accepted when the repository adopted obslint, so it does not count toward `fail-on`. */
  baselined?: true;
}

/**
 * Findings to report: an array, or a run's `FindingStore` read one finding at a time, so a
 * reporter never needs them all as objects at once. `sorted`: already in `compareFindings` order.
 */
export interface FindingList extends Iterable<Finding> {
  readonly length: number;
  readonly sorted?: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Lower is more severe. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** True when `severity` is at or above the `failOn` bar. */
export function meetsBar(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.start.line - b.start.line ||
    a.start.column - b.start.column ||
    RANK[a.severity] - RANK[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export interface Counts {
  error: number;
  warning: number;
  notice: number;
}

export function countBySeverity(findings: Iterable<Finding>): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * A finding's identity from what it is about: the rule, the file, the kind of message (its id,
 * not its text, which may quote a line number) and the subject (say, an alert's group, name
 * and labels).
 */
export function identify(rule: string, file: string, messageId: string, subject: string): string {
  return hash64(`${rule}\u0000${file}\u0000${messageId}\u0000${subject}`);
}

export const DOCS_BASE_URL = 'https://github.com/obslint/obslint/blob/main/docs/rules/';

export function ruleDocsUrl(rule: string): string {
  return `${DOCS_BASE_URL}${rule}.md`;
}
