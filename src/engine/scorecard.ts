import type { Finding } from '../core/findings.js';
import type { FileResult } from './lint.js';

/**
 * Per owner, how well their alerts are kept: a platform team tracks these across repositories
 * and watches them go up. An alert counts as having a runbook, a known owner or a valid
 * severity when `alert-runbook`, `alert-owner` or `alert-severity` reported nothing about it;
 * its findings are every finding on its lines, those a baseline knows included (the scorecard
 * measures the alerts as they are, not what has been accepted); suppressed findings are left
 * out, each being an exception written down with its reason.
 */
export interface OwnerScore {
  /** The owner label's value (or code owner); `unowned` for alerts with neither. */
  owner: string;
  alerts: number;
  withRunbook: number;
  knownOwner: number;
  validSeverity: number;
  findings: number;
}

export const UNOWNED = 'unowned';

export function scorecard(results: readonly FileResult[], findings: readonly Finding[]): OwnerScore[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  // By line, so each alert finds its findings by binary search: a scan per alert is quadratic.
  for (const list of byFile.values()) list.sort((a, b) => a.start.line - b.start.line);
  const scores = new Map<string, OwnerScore>();
  for (const result of results) {
    if (!result.owners) continue;
    const { owners, lines } = result.owners;
    for (const [i, owner] of owners.entries()) {
      const name = owner ?? UNOWNED;
      let score = scores.get(name);
      if (!score) scores.set(name, (score = { owner: name, alerts: 0, withRunbook: 0, knownOwner: 0, validSeverity: 0, findings: 0 }));
      const mine = findingsOnLines(byFile.get(result.file) ?? [], lines[2 * i], lines[2 * i + 1]);
      const rules = new Set(mine.map((f) => f.rule));
      score.alerts++;
      score.findings += mine.length;
      if (!rules.has('alert-runbook')) score.withRunbook++;
      if (owner !== undefined && !rules.has('alert-owner')) score.knownOwner++;
      if (!rules.has('alert-severity')) score.validSeverity++;
    }
  }
  // Most alerts first; `unowned` last among equals so real teams lead.
  return [...scores.values()].sort((a, b) => b.alerts - a.alerts || Number(a.owner === UNOWNED) - Number(b.owner === UNOWNED) || (a.owner < b.owner ? -1 : 1));
}

/** The findings, sorted by line, that start on `lines` (first and last, inclusive). */
function findingsOnLines(sorted: readonly Finding[], first: number, last: number): Finding[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].start.line < first) low = middle + 1;
    else high = middle;
  }
  const mine: Finding[] = [];
  for (let i = low; i < sorted.length && sorted[i].start.line <= last; i++) mine.push(sorted[i]);
  return mine;
}
