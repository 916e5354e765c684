import { describe, it, expect } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { finding } from './helpers.js';

const A_YAML = `groups:
  - name: api
    rules:
      - alert: HighErrorRate
        expr: rate(errors[5m]) > 0.1
`;

const sources: Record<string, string> = { 'rules/a.yaml': A_YAML };
const readSource = (file: string) => sources[file];

// Deliberately out of order: the reporter sorts.
const findings = [
  finding('rules/b.yaml', 1, 1, 'error', 'unreadable-file', 'Cannot read file: permission denied.', { width: 0 }),
  finding('rules/a.yaml', 5, 15, 'notice', 'promql-style', 'Prefer a [5m] window.', { width: 0 }),
  finding('rules/a.yaml', 4, 16, 'warning', 'alert-runbook', 'Alert "HighErrorRate" has no runbook_url annotation.', {
    width: 13,
    help: 'Add annotations.runbook_url pointing at the runbook.',
  }),
  finding('rules/a.yaml', 4, 9, 'error', 'alert-owner', 'Alert "HighErrorRate" has no owner label.', { end: [5, 37] }),
];

describe('formatText', () => {
  it('formats findings grouped by file, with excerpts, carets, help and a total', () => {
    expect(formatText(findings, { readSource, color: false, filesLinted: 12 })).toBe(
      `rules/a.yaml:4:9  error    Alert "HighErrorRate" has no owner label.  alert-owner
    4 |       - alert: HighErrorRate
      |         ^^^^^^^^^^^^^^^^^^^^
rules/a.yaml:4:16  warning  Alert "HighErrorRate" has no runbook_url annotation.  alert-runbook
    4 |       - alert: HighErrorRate
      |                ^^^^^^^^^^^^^
      = help: Add annotations.runbook_url pointing at the runbook.
rules/a.yaml:5:15  notice   Prefer a [5m] window.  promql-style
    5 |         expr: rate(errors[5m]) > 0.1
      |               ^

rules/b.yaml:1:1  error    Cannot read file: permission denied.  unreadable-file

How to fix:
  alert-owner      https://github.com/obslint/obslint/blob/main/docs/rules/alert-owner.md
  alert-runbook    https://github.com/obslint/obslint/blob/main/docs/rules/alert-runbook.md
  promql-style     https://github.com/obslint/obslint/blob/main/docs/rules/promql-style.md
  unreadable-file  https://github.com/obslint/obslint/blob/main/docs/rules/unreadable-file.md

4 problems (2 errors, 1 warning, 1 notice) in 2 files (12 linted)
`,
    );
  });

  it('uses singular forms for one of each', () => {
    const one = [finding('a.yaml', 1, 1, 'error', 'schema', 'Bad.')];
    expect(formatText(one, { readSource: () => undefined, color: false, filesLinted: 1 })).toBe(
      `a.yaml:1:1  error    Bad.  schema\n\nHow to fix:\n  schema  https://github.com/obslint/obslint/blob/main/docs/rules/schema.md\n\n1 problem (1 error, 0 warnings, 0 notices) in 1 file (1 linted)\n`,
    );
  });

  it('says so when there are no problems', () => {
    expect(formatText([], { readSource, color: false, filesLinted: 12 })).toBe('No problems found in 12 files.\n');
    expect(formatText([], { readSource, color: false, filesLinted: 1 })).toBe('No problems found in 1 file.\n');
    expect(formatText([], { readSource, color: false, filesLinted: 0 })).toBe('No problems found in 0 files.\n');
  });

  it('has no escape codes with color off', () => {
    expect(formatText(findings, { readSource, color: false, filesLinted: 12 })).not.toContain('\x1b');
  });

  it('colors severity, file, rule and gutter with color on', () => {
    const out = formatText(
      [
        finding('a.yaml', 1, 1, 'error', 'r1', 'E.'),
        finding('a.yaml', 1, 2, 'warning', 'r2', 'W.'),
        finding('a.yaml', 1, 3, 'notice', 'r3', 'N.'),
      ],
      { readSource: () => 'abc', color: true, filesLinted: 1 },
    );
    expect(out.split('\n').slice(0, 3)).toEqual([
      '\x1b[1ma.yaml\x1b[22m:1:1  \x1b[31merror\x1b[39m    E.  \x1b[2mr1\x1b[22m',
      '\x1b[2m    1 | \x1b[22mabc',
      '\x1b[2m      | \x1b[22m^',
    ]);
    expect(out).toContain('\x1b[33mwarning\x1b[39m  W.');
    expect(out).toContain('\x1b[34mnotice\x1b[39m   N.');
  });

  it('right-aligns multi-digit line numbers in the gutter', () => {
    const text = `${'x\n'.repeat(11)}key: value\n`;
    const out = formatText([finding('a.yaml', 12, 6, 'error', 'r', 'M.', { width: 5 })], {
      readSource: () => text,
      color: false,
      filesLinted: 1,
    });
    expect(out).toContain('\n   12 | key: value\n      |      ^^^^^\n');
  });

  it('replaces tabs with one space so the caret stays under the column', () => {
    const out = formatText([finding('a.yaml', 1, 7, 'error', 'r', 'M.', { width: 5 })], {
      readSource: () => '\tkey:\tvalue\r\n',
      color: false,
      filesLinted: 1,
    });
    expect(out).toContain('\n    1 |  key: value\n      |       ^^^^^\n');
  });

  it('skips the excerpt when the line does not exist', () => {
    const out = formatText([finding('a.yaml', 99, 1, 'error', 'r', 'M.')], {
      readSource: () => 'one line\n',
      color: false,
      filesLinted: 1,
    });
    expect(out).toBe(`a.yaml:99:1  error    M.  r\n\nHow to fix:\n  r  https://github.com/obslint/obslint/blob/main/docs/rules/r.md\n\n1 problem (1 error, 0 warnings, 0 notices) in 1 file (1 linted)\n`);
  });

  it('shows a window around the column of a long line', () => {
    const tail = formatText([finding('a.yaml', 1, 250, 'error', 'r', 'M.', { width: 3 })], {
      readSource: () => `${'a'.repeat(249)}XYZ${'b'.repeat(48)}`,
      color: false,
      filesLinted: 1,
    });
    expect(tail).toContain(
      `\n    1 | …${'a'.repeat(109)}XYZ${'b'.repeat(48)}\n      | ${' '.repeat(110)}^^^\n`,
    );

    const middle = formatText([finding('a.yaml', 1, 101, 'error', 'r', 'M.', { width: 500 })], {
      readSource: () => `${'a'.repeat(100)}${'c'.repeat(300)}`,
      color: false,
      filesLinted: 1,
    });
    // The window is characters 41..200; the caret is cut at its end.
    expect(middle).toContain(`\n    1 | …${'a'.repeat(60)}${'c'.repeat(100)}…\n      | ${' '.repeat(61)}${'^'.repeat(100)}\n`);
  });
});
