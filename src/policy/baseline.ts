import { shown } from '../core/text.js';

/**
 * The baseline: findings a repository accepted when it adopted obslint, so a run reports only
 * new ones. Entries are keyed by the finding's fingerprint (stable when lines move or the file
 * is reformatted); rule, file and message are kept for the people reading the diff. The file
 * is written sorted (by file, rule, then fingerprint), so adding a finding adds lines and
 * changes no others.
 */

export const BASELINE_FILE = '.obslint-baseline.json';
/** The format this obslint writes and reads; a later format is refused, never guessed at. */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
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
  for (const [fingerprint, entry] of Object.entries(findings)) {
    if (!isObject(entry)) throw malformed(`has an entry \`${shown(fingerprint)}\` that is not an object`, name);
    for (const field of ['rule', 'file', 'message'] as const) {
      if (typeof entry[field] !== 'string') throw malformed(`has an entry \`${shown(fingerprint)}\` without a text \`${field}\``, name);
    }
    entries.set(fingerprint, { fingerprint, rule: entry.rule as string, file: entry.file as string, message: entry.message as string });
  }
  return { entries };
}

/** The baseline file for these findings (an engine `Finding` has every field needed), ending with a line break. */
export function writeBaseline(findings: readonly BaselineEntry[]): string {
  const sorted = [...findings].sort((a, b) => compareText(a.file, b.file) || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint));
  const entries = Object.fromEntries(sorted.map(({ fingerprint, rule, file, message }) => [fingerprint, { rule, file, message }]));
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

export function compareBaseline<F extends { fingerprint: string }>(findings: readonly F[], baseline: Baseline): BaselineComparison<F> {
  const found = new Set(findings.map((f) => f.fingerprint));
  return {
    new: findings.filter((f) => !baseline.entries.has(f.fingerprint)),
    known: findings.filter((f) => baseline.entries.has(f.fingerprint)),
    fixed: [...baseline.entries.values()].filter((e) => !found.has(e.fingerprint)),
  };
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
