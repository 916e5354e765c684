import { compareFindings, countBySeverity, type Counts, type Finding } from '../core/findings.js';

/** `1 error`, `2 errors`, `0 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 notices`. */
export function countsPhrase(counts: Counts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
}

/** A sorted copy: reporters must not reorder the caller's array. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Consecutive runs of one file, from findings already in compareFindings order. */
export function groupByFile(sorted: readonly Finding[]): Finding[][] {
  const groups: Finding[][] = [];
  for (const f of sorted) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0].file === f.file) last.push(f);
    else groups.push([f]);
  }
  return groups;
}

/** Whether the end position is usable: not before the start (a degenerate end means "just the start"). */
export function hasEnd(f: Finding): boolean {
  return f.end.line > f.start.line || (f.end.line === f.start.line && f.end.column >= f.start.column);
}

/** `in 2 files (4 linted)`: how many files had findings, and how many were linted. */
export function filesPhrase(findings: readonly Finding[], filesLinted: number): string {
  const withFindings = new Set(findings.map((f) => f.file)).size;
  return `in ${plural(withFindings, 'file')} (${filesLinted} linted)`;
}

/** `3 errors, 0 warnings, 1 notice in 2 files (4 linted)`: the one-line result of a run. */
export function resultLine(findings: readonly Finding[], filesLinted: number): string {
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
