import type { FindingStore } from '../core/finding-store.js';
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

export function scorecard(results: readonly FileResult[], findings: FindingStore): OwnerScore[] {
  // The kept rows are sorted by file, then line: each file's are one stretch of `rows`, in which
  // each alert finds its own by binary search (a scan per alert is quadratic).
  const rows = findings.rowsInOrder();
  const stretch = new Map<string, [number, number]>();
  for (let k = 0; k < rows.length; k++) {
    const file = findings.file(rows[k]);
    const known = stretch.get(file);
    if (known) known[1] = k + 1;
    else stretch.set(file, [k, k + 1]);
  }
  const scores = new Map<string, OwnerScore>();
  for (const result of results) {
    if (!result.owners) continue;
    const { owners, lines } = result.owners;
    const [from, to] = stretch.get(result.file) ?? [0, 0];
    for (const [i, owner] of owners.entries()) {
      const name = owner ?? UNOWNED;
      let score = scores.get(name);
      if (!score) scores.set(name, (score = { owner: name, alerts: 0, withRunbook: 0, knownOwner: 0, validSeverity: 0, findings: 0 }));
      const rules = new Set<string>();
      let mine = 0;
      for (let k = firstOnOrAfter(findings, rows, from, to, lines[2 * i]); k < to && findings.line(rows[k]) <= lines[2 * i + 1]; k++) {
        rules.add(findings.rule(rows[k]));
        mine++;
      }
      score.alerts++;
      score.findings += mine;
      if (!rules.has('alert-runbook')) score.withRunbook++;
      if (owner !== undefined && !rules.has('alert-owner')) score.knownOwner++;
      if (!rules.has('alert-severity')) score.validSeverity++;
    }
  }
  // Most alerts first; `unowned` last among equals so real teams lead.
  return [...scores.values()].sort((a, b) => b.alerts - a.alerts || Number(a.owner === UNOWNED) - Number(b.owner === UNOWNED) || (a.owner < b.owner ? -1 : 1));
}

/** The first index in `rows[from, to)` (sorted by line) whose finding starts on `line` or later. */
function firstOnOrAfter(findings: FindingStore, rows: Uint32Array, from: number, to: number, line: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (findings.line(rows[middle]) < line) low = middle + 1;
    else high = middle;
  }
  return low;
}
