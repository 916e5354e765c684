import { parsePatch } from 'diff';

/** One file of a pull request's diff, on the new side: line number → the line's text. */
export interface FileDiff {
  /** The lines the pull request adds or changes: the only ones obslint comments on. */
  added: Map<number, string>;
  /** Every line the hunks show, added and unchanged, to check a checked-out file against. */
  shown: Map<number, string>;
}

/**
 * Reads the `patch` GitHub lists for a pull request's file (its unified-diff hunks, without
 * file headers). jsdiff checks each hunk's line counts against its header, so a patch that is
 * cut short or malformed is refused rather than misread: it gives undefined, and the file's
 * findings stay in the other reports.
 */
export function parseFileDiff(patch: string): FileDiff | undefined {
  let files;
  try {
    files = parsePatch(patch);
  } catch {
    return undefined;
  }
  const diff: FileDiff = { added: new Map(), shown: new Map() };
  for (const { hunks } of files) {
    for (const hunk of hunks) {
      // jsdiff reads a header it cannot parse (`@@ nonsense`) as a hunk without numbers.
      if (!Number.isInteger(hunk.newStart)) return undefined;
      let line = hunk.newStart;
      for (const text of hunk.lines) {
        // `-` lines are only on the old side, and `\ No newline at end of file` on neither.
        if (!text.startsWith('+') && !text.startsWith(' ')) continue;
        const content = withoutCarriageReturn(text.slice(1));
        diff.shown.set(line, content);
        if (text.startsWith('+')) diff.added.set(line, content);
        line++;
      }
    }
  }
  return diff;
}

/** Where a finding about the whole file is commented. */
export function firstChangedLine(diff: FileDiff): number | undefined {
  let first: number | undefined;
  for (const line of diff.added.keys()) if (first === undefined || line < first) first = line;
  return first;
}

/** A file with Windows line ends keeps a `\r` on each line of its patch; the checked-out file is split on `\r?\n`. */
function withoutCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
