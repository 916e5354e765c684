import { compareFindings, severityRank, type Finding } from '../core/findings.js';
import { firstChangedLine, type FileDiff } from './diff-lines.js';
import { formatReviewComment } from './review-comment.js';

/**
 * Which findings become review comments on a pull request, and what happens to obslint's
 * earlier comments there. Decided from plain data (the diff of each changed file, the text
 * of the file as checked out, the earlier comments) so it can be tested without GitHub.
 */

/** At most this many of obslint's comments stand on a pull request at once; the job summary has the rest. */
export const MAX_REVIEW_COMMENTS = 50;

/**
 * Rules whose findings are about a file as a whole (it could not be read), reported at its first
 * line: on a changed file they go on its first changed line, the first place the author looks.
 */
const WHOLE_FILE_RULES = new Set(['unreadable-file']);

/** A finding placed on a line the pull request adds or changes, with its comment's text. */
export interface PlacedComment {
  finding: Finding;
  path: string;
  line: number;
  body: string;
}

/** One of obslint's own earlier review comments (its marker names a finding). */
export interface OwnComment {
  id: number;
  path: string;
  /** Its line in the pull request's current diff; null when GitHub shows it as outdated. */
  line: number | null;
  fingerprint: string;
}

/**
 * The findings that sit on lines the pull request adds or changes. A finding is commented on the
 * first changed line of its range (a missing key is reported on the mapping that lacks it, so a
 * change anywhere in an alert places the comment there). Line numbers come from the checkout and
 * the diff from GitHub: they are trusted only for a file whose checked-out text agrees with every
 * line the diff shows (the default checkout of a pull request is its merge with the base branch,
 * whose lines shift when the base branch changed the same file). `checkedOut` gives a file's lines.
 */
export function placeFindings(
  findings: readonly Finding[],
  diffs: ReadonlyMap<string, FileDiff>,
  checkedOut: (file: string) => readonly string[] | undefined,
): PlacedComment[] {
  const agrees = new Map<string, boolean>();
  const placed: PlacedComment[] = [];
  for (const finding of findings) {
    const diff = diffs.get(finding.file);
    if (diff === undefined) continue;
    let line: number | undefined;
    if (WHOLE_FILE_RULES.has(finding.rule)) {
      line = firstChangedLine(diff);
    } else {
      if (!agrees.has(finding.file)) agrees.set(finding.file, matchesCheckout(diff, checkedOut(finding.file)));
      if (agrees.get(finding.file)) line = firstChangedLineIn(diff, finding.start.line, Math.max(finding.start.line, finding.end.line));
    }
    if (line !== undefined) placed.push({ finding, path: finding.file, line, body: formatReviewComment(finding) });
  }
  return placed;
}

function matchesCheckout(diff: FileDiff, lines: readonly string[] | undefined): boolean {
  if (lines === undefined) return false;
  for (const [line, text] of diff.shown) if (lines[line - 1] !== text) return false;
  return true;
}

function firstChangedLineIn(diff: FileDiff, first: number, last: number): number | undefined {
  for (let line = first; line <= last; line++) if (diff.added.has(line)) return line;
  return undefined;
}

export interface ReviewPlan {
  /** This run's new comments, most severe first. */
  post: PlacedComment[];
  /** Earlier comments that still stand: the same finding on the same file and line. */
  kept: OwnComment[];
  /** Earlier comments whose finding is gone from their line (fixed, moved, outdated, or no longer on a changed line), and repeats of one. */
  remove: OwnComment[];
  /** Findings on changed lines that are not commented, to keep within `max`. */
  leftOut: number;
}

/**
 * Compares this run's placed findings with obslint's earlier comments: a finding already
 * commented on its line is left alone, an earlier comment whose finding is not there any more is
 * removed, and new comments fill what room `max` leaves.
 */
export function planReview(placed: readonly PlacedComment[], own: readonly OwnComment[], max = MAX_REVIEW_COMMENTS): ReviewPlan {
  const key = (fingerprint: string, path: string, line: number) => `${fingerprint}\u0000${path}\u0000${line}`;
  const wanted = new Set(placed.map((p) => key(p.finding.fingerprint, p.path, p.line)));
  const standing = new Set<string>();
  const kept: OwnComment[] = [];
  const remove: OwnComment[] = [];
  // The oldest of repeated comments stays (a review that GitHub created but answered with an error, then retried, leaves two).
  for (const comment of [...own].sort((a, b) => a.id - b.id)) {
    const at = comment.line === null ? undefined : key(comment.fingerprint, comment.path, comment.line);
    if (at !== undefined && wanted.has(at) && !standing.has(at)) {
      standing.add(at);
      kept.push(comment);
    } else {
      remove.push(comment);
    }
  }
  const fresh = placed
    .filter((p) => !standing.has(key(p.finding.fingerprint, p.path, p.line)))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || compareFindings(a.finding, b.finding));
  const room = Math.max(0, max - kept.length);
  return { post: fresh.slice(0, room), kept, remove, leftOut: Math.max(0, fresh.length - room) };
}
