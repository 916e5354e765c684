import { shown } from '../core/text.js';

/**
 * The baseline: findings a repository accepted when it adopted obslint, so a run reports only
 * new ones. Entries are keyed by the finding's fingerprint (stable when lines move or the file
 * is reformatted); rule, file and message are kept for the people reading the diff, and the
 * coarse fingerprint (the same identity without the alert's labels) for a second matching pass.
 * The file is written sorted (by file, rule, then fingerprint), so adding a finding adds lines
 * and changes no others.
 */

export const BASELINE_FILE = '.obslint-baseline.json';
/** A baseline holds an entry (about 300 bytes) per accepted finding: tens of thousands in a large repository, far more than a config. */
export const MAX_BASELINE_SIZE = 64 * 1024 * 1024;
/** The format this obslint writes and reads; a later format is refused, never guessed at. */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  /** See `Finding.coarseFingerprint`; absent in entries written before it existed, which match exactly only. */
  coarseFingerprint?: string;
  rule: string;
  file: string;
  message: string;
}

export interface Baseline {
  /** By fingerprint, in file order. */
  entries: Map<string, BaselineEntry>;
}

export class BaselineError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
  }
}

const REWRITE_HELP = 'Restore it from version control, or delete it and write the baseline again.';

/** `name` is how messages call the file (its path). */
export function readBaseline(text: string, name = BASELINE_FILE): Baseline {
  // Two branches that both updated the baseline leave it like this after a merge.
  if (/^(?:<{7}|>{7}) /m.test(text)) throw new BaselineError(`\`${name}\` has merge conflict markers.`, 'Keep the entries of both sides, or write the baseline again.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw malformed('is not valid JSON', name);
  }
  if (!isObject(data)) throw malformed('is not a JSON object', name);
  const { version, findings } = data;
  if (version === undefined) throw malformed('has no `version`', name);
  if (!Number.isInteger(version) || (version as number) < 1) throw malformed(`has an unknown \`version\` (${shown(JSON.stringify(version))})`, name);
  if ((version as number) > BASELINE_VERSION) {
    throw new BaselineError(`\`${name}\` was written by a newer obslint (format ${version as number}; this one reads format ${BASELINE_VERSION}).`, 'Upgrade obslint to the version that wrote it.');
  }
  if (!isObject(findings)) throw malformed('has no `findings` object', name);
  const entries = new Map<string, BaselineEntry>();
  // `for in`, not Object.entries: no array of 100,000 pairs for a large baseline.
  for (const fingerprint in findings) {
    const entry = findings[fingerprint];
    if (!isObject(entry)) throw malformed(`has an entry \`${shown(fingerprint)}\` that is not an object`, name);
    for (const field of ['rule', 'file', 'message'] as const) {
      if (typeof entry[field] !== 'string') throw malformed(`has an entry \`${shown(fingerprint)}\` without a text \`${field}\``, name);
    }
    const { coarseFingerprint } = entry;
    if (coarseFingerprint !== undefined && typeof coarseFingerprint !== 'string') throw malformed(`has an entry \`${shown(fingerprint)}\` whose \`coarseFingerprint\` is not text`, name);
    entries.set(fingerprint, { fingerprint, ...(coarseFingerprint !== undefined && { coarseFingerprint }), rule: entry.rule as string, file: entry.file as string, message: entry.message as string });
  }
  return { entries };
}

/** The baseline file for these findings (an engine `Finding` has every field needed), ending with a line break. */
export function writeBaseline(findings: readonly BaselineEntry[]): string {
  const sorted = [...findings].sort((a, b) => compareText(a.file, b.file) || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint));
  const entries = Object.fromEntries(sorted.map(({ fingerprint, coarseFingerprint, rule, file, message }) => [fingerprint, { rule, file, message, ...(coarseFingerprint !== undefined && { coarseFingerprint }) }]));
  return `${JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2)}\n`;
}

export interface BaselineComparison<F> {
  /** Not in the baseline: these are reported. */
  new: F[];
  /** In the baseline: accepted, not reported. */
  known: F[];
  /** In the baseline but no longer found: the baseline can shrink. */
  fixed: BaselineEntry[];
}

/**
 * Matches in two passes: by fingerprint first; then the findings and entries left over by
 * coarse fingerprint, one to one, each finding (in report order) taking the first entry left
 * (in file order). So an alert whose `team` label was corrected keeps its known findings,
 * while a second alert of that name, new since, is still new.
 */
export function compareBaseline<F extends { fingerprint: string; coarseFingerprint?: string }>(findings: readonly F[], baseline: Baseline): BaselineComparison<F> {
  // Entries matched, rather than a copy of the entries to delete from: a baseline can hold 100,000.
  const matched = new Set<string>();
  const known = new Set<F>();
  for (const finding of findings) {
    if (!baseline.entries.has(finding.fingerprint) || matched.has(finding.fingerprint)) continue;
    matched.add(finding.fingerprint);
    known.add(finding);
  }
  const byCoarse = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries.values()) {
    if (matched.has(entry.fingerprint)) continue;
    if (entry.coarseFingerprint === undefined) continue;
    const same = byCoarse.get(entry.coarseFingerprint);
    if (same) same.push(entry);
    else byCoarse.set(entry.coarseFingerprint, [entry]);
  }
  for (const finding of findings) {
    if (known.has(finding) || finding.coarseFingerprint === undefined) continue;
    const entry = byCoarse.get(finding.coarseFingerprint)?.shift();
    if (!entry) continue;
    matched.add(entry.fingerprint);
    known.add(finding);
  }
  const fixed = [...baseline.entries.values()].filter((entry) => !matched.has(entry.fingerprint));
  return { new: findings.filter((f) => !known.has(f)), known: findings.filter((f) => known.has(f)), fixed };
}

function malformed(what: string, name: string): BaselineError {
  return new BaselineError(`\`${name}\` ${what}.`, REWRITE_HELP);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** By code unit, not locale: the same order on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
