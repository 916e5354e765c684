import { compareFindings, countBySeverity, type Counts, type Finding, type FindingList } from '../core/findings.js';

/** `1 error`, `2 errors`, `0 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 notices`. */
export function countsPhrase(counts: Counts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
}

/** A sorted array of the findings: reporters must not reorder the caller's array. */
export function sortFindings(findings: FindingList): Finding[] {
  return findings.sorted ? [...findings] : [...findings].sort(compareFindings);
}

/** The findings in compareFindings order, read one at a time when they come sorted (a run's store). */
export function inReportOrder(findings: FindingList): Iterable<Finding> {
  return findings.sorted ? findings : sortFindings(findings);
}

/** Consecutive runs of one file, from findings already in compareFindings order, a file at a time. */
export function* groupByFile(sorted: Iterable<Finding>): Generator<Finding[]> {
  let group: Finding[] = [];
  for (const f of sorted) {
    if (group.length > 0 && group[0].file !== f.file) {
      yield group;
      group = [];
    }
    group.push(f);
  }
  if (group.length > 0) yield group;
}

/** Whether the end position is usable: not before the start (a degenerate end means "just the start"). */
export function hasEnd(f: Finding): boolean {
  return f.end.line > f.start.line || (f.end.line === f.start.line && f.end.column >= f.start.column);
}

/** `in 2 files (4 linted)`: how many files had findings, and how many were linted. */
export function filesPhrase(findings: Iterable<Finding>, filesLinted: number): string {
  const files = new Set<string>();
  for (const f of findings) files.add(f.file);
  const withFindings = files.size;
  return `in ${plural(withFindings, 'file')} (${filesLinted} linted)`;
}

/** `3 errors, 0 warnings, 1 notice in 2 files (4 linted)`: the one-line result of a run. */
export function resultLine(findings: Iterable<Finding>, filesLinted: number): string {
  return `${countsPhrase(countBySeverity(findings))} ${filesPhrase(findings, filesLinted)}`;
}

/** What a run compared with its baseline found, for reporters that show only new findings. */
export interface BaselineNote {
  file: string;
  known: number;
  fixed: readonly { rule: string; file: string; message: string }[];
}

/** `12 findings known from .obslint-baseline.json are not shown; 3 are fixed since (write it again with `obslint baseline`).` */
export function baselineLine(baseline: BaselineNote): string {
  const known = `${plural(baseline.known, 'finding')} known from ${baseline.file} ${baseline.known === 1 ? 'is' : 'are'} not shown`;
  const fixed = baseline.fixed.length === 0 ? '' : `; ${baseline.fixed.length} of its entries ${baseline.fixed.length === 1 ? 'is' : 'are'} fixed since (write it again with \`obslint baseline\` to keep them fixed)`;
  return `${known}${fixed}.`;
}
