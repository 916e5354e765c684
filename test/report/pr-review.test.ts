import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.js';
import { parseFileDiff, type FileDiff } from '../../src/report/diff-lines.js';
import { placeFindings, planReview, type OwnComment, type PlacedComment } from '../../src/report/pr-review.js';
import { formatReviewComment } from '../../src/report/review-comment.js';
import { patchAdding } from './fake-github.js';
import { finding } from './helpers.js';

const TEXT = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n');
const LINES = TEXT.split('\n');

/** a.yml: lines 4 and 5 added. shifted.yml: the checkout has a line more at the top than the diff. unread.yml: no checkout. */
const DIFFS = new Map<string, FileDiff>([
  ['a.yml', parseFileDiff(patchAdding(TEXT, [4, 5]))!],
  ['shifted.yml', parseFileDiff(patchAdding(TEXT, [4, 5]))!],
  ['unread.yml', parseFileDiff(patchAdding(TEXT, [7]))!],
  ['removals.yml', parseFileDiff('@@ -3,2 +3,1 @@\n-x\n line 3')!],
]);
const CHECKED_OUT = new Map([
  ['a.yml', LINES],
  ['shifted.yml', ['# a line the base branch added', ...LINES]],
  ['c.yml', LINES],
]);

const at = (file: string, line: number, end = line, rule = 'alert-owner') => finding(file, line, 3, 'warning', rule, `At ${file}:${line}-${end}.`, { end: [end, 4] });

describe('placeFindings', () => {
  it.each([
    { name: 'on an added line', f: at('a.yml', 4), line: 4 },
    { name: 'on an unchanged line the diff shows', f: at('a.yml', 3), line: undefined },
    { name: 'over unchanged and added lines: the first added one', f: at('a.yml', 2, 6), line: 4 },
    { name: 'over unchanged lines only', f: at('a.yml', 6, 9), line: undefined },
    { name: 'with an end before its start: its start', f: at('a.yml', 5, 1), line: 5 },
    { name: 'in a file the pull request does not change', f: at('c.yml', 4), line: undefined },
    { name: 'in a file whose checkout differs from the diff (a merge with a changed base)', f: at('shifted.yml', 4), line: undefined },
    { name: 'in a file that could not be read', f: at('unread.yml', 7), line: undefined },
    { name: 'about a whole file that could not be read: its first changed line', f: at('unread.yml', 1, 1, 'unreadable-file'), line: 7 },
    { name: 'about a whole file with lines removed only', f: at('removals.yml', 1, 1, 'unreadable-file'), line: undefined },
  ])('$name', ({ f, line }) => {
    const placed = placeFindings([f], DIFFS, (file) => CHECKED_OUT.get(file));
    expect(placed).toEqual(line === undefined ? [] : [{ finding: f, path: f.file, line, body: formatReviewComment(f) }]);
  });
});

describe('planReview', () => {
  const place = (f: Finding, line = f.start.line): PlacedComment => ({ finding: f, path: f.file, line, body: formatReviewComment(f) });
  const own = (id: number, f: Finding, line: number | null = f.start.line): OwnComment => ({ id, path: f.file, line, fingerprint: f.fingerprint });
  const notice = finding('a.yml', 2, 1, 'notice', 'alert-owner', 'n');
  const warning = finding('a.yml', 3, 1, 'warning', 'alert-owner', 'w');
  const errorLate = finding('b.yml', 9, 1, 'error', 'promql-syntax', 'e');
  const errorEarly = finding('a.yml', 5, 1, 'error', 'promql-syntax', 'e2');

  /** The plan as ids and fingerprints, for exact comparison. */
  const plan = (placed: PlacedComment[], earlier: OwnComment[], max?: number) => {
    const { post, kept, remove, leftOut } = planReview(placed, earlier, max);
    return { post: post.map((p) => `${p.finding.fingerprint}@${p.line}`), kept: kept.map((c) => c.id), remove: remove.map((c) => c.id), leftOut };
  };

  it('posts every placed finding on a first run, errors first, then by file and line', () => {
    expect(plan([place(notice), place(warning), place(errorLate), place(errorEarly)], [])).toEqual({
      post: [`${errorEarly.fingerprint}@5`, `${errorLate.fingerprint}@9`, `${warning.fingerprint}@3`, `${notice.fingerprint}@2`],
      kept: [],
      remove: [],
      leftOut: 0,
    });
  });

  it('keeps a comment on the same finding and line, and posts nothing again', () => {
    expect(plan([place(warning), place(notice)], [own(1, warning), own(2, notice)])).toEqual({ post: [], kept: [1, 2], remove: [], leftOut: 0 });
  });

  it('removes a comment whose finding is gone', () => {
    expect(plan([place(warning)], [own(1, warning), own(2, notice)])).toEqual({ post: [], kept: [1], remove: [2], leftOut: 0 });
  });

  it('moves a comment whose finding moved: a new one on its line, the old one removed', () => {
    expect(plan([place(warning, 7)], [own(1, warning, 3)])).toEqual({ post: [`${warning.fingerprint}@7`], kept: [], remove: [1], leftOut: 0 });
  });

  it('replaces an outdated comment (no line in the current diff)', () => {
    expect(plan([place(warning)], [own(1, warning, null)])).toEqual({ post: [`${warning.fingerprint}@3`], kept: [], remove: [1], leftOut: 0 });
  });

  it('keeps the oldest of repeated comments and removes the others', () => {
    expect(plan([place(warning)], [own(9, warning), own(4, warning)])).toEqual({ post: [], kept: [4], remove: [9], leftOut: 0 });
  });

  it('fills only the room the cap leaves after the comments kept, most severe first', () => {
    expect(plan([place(notice), place(warning), place(errorLate), place(errorEarly)], [own(1, errorEarly)], 2)).toEqual({
      post: [`${errorLate.fingerprint}@9`],
      kept: [1],
      remove: [],
      leftOut: 2,
    });
    expect(plan([place(notice), place(warning)], [own(1, notice), own(2, errorEarly)], 1)).toEqual({ post: [], kept: [1], remove: [2], leftOut: 1 });
  });
});
