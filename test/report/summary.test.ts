import { describe, it, expect } from 'vitest';
import { formatSummary } from '../../src/report/summary.js';
import { finding } from './helpers.js';

const DOCS = 'https://github.com/obslint/obslint/blob/main/docs/rules';

const findings = [
  finding('rules/b.yaml', 8, 3, 'notice', 'promql-style', 'Multi\nline'),
  finding('rules/b.yaml', 2, 1, 'warning', 'alert-runbook', 'No runbook.'),
  finding('rules/a.yaml', 4, 16, 'warning', 'alert-runbook', 'No runbook.', { help: 'Add\nannotations.runbook_url.' }),
  finding('rules/a.yaml', 4, 9, 'error', 'alert-owner', 'Alert <HighErrorRate> has no "owner" & no team | label.'),
];

const fileUrl = (file: string, line: number) =>
  file === 'rules/a.yaml' ? `https://github.com/o/r/blob/abc/${file}#L${line}` : undefined;

describe('formatSummary', () => {
  it('writes the verdict, a per-rule table and every finding by file', () => {
    expect(formatSummary(findings, { filesLinted: 3, failOn: 'error', fileUrl })).toBe(
      [
        '## obslint',
        '',
        ':x: 1 error, 2 warnings, 1 notice in 2 files (3 linted) — fails the check (fail-on: error)',
        '',
        '| Rule | Errors | Warnings | Notices |',
        '| --- | ---: | ---: | ---: |',
        `| [\`alert-runbook\`](${DOCS}/alert-runbook.md) | 0 | 2 | 0 |`,
        `| [\`alert-owner\`](${DOCS}/alert-owner.md) | 1 | 0 | 0 |`,
        `| [\`promql-style\`](${DOCS}/promql-style.md) | 0 | 0 | 1 |`,
        '',
        '### <code>rules/a.yaml</code>',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        `| [4](https://github.com/o/r/blob/abc/rules/a.yaml#L4) | error | [\`alert-owner\`](${DOCS}/alert-owner.md) | Alert &lt;HighErrorRate&gt; has no &quot;owner&quot; &amp; no team \\| label. |`,
        `| [4](https://github.com/o/r/blob/abc/rules/a.yaml#L4) | warning | [\`alert-runbook\`](${DOCS}/alert-runbook.md) | No runbook.<br>help: Add<br>annotations.runbook\\_url. |`,
        '',
        '### <code>rules/b.yaml</code>',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        `| 2 | warning | [\`alert-runbook\`](${DOCS}/alert-runbook.md) | No runbook. |`,
        `| 8 | notice | [\`promql-style\`](${DOCS}/promql-style.md) | Multi<br>line |`,
        '',
      ].join('\n'),
    );
  });

  it('passes when nothing reaches the fail-on bar', () => {
    const out = formatSummary(findings, { filesLinted: 1, failOn: 'never' });
    expect(out.split('\n')[2]).toBe(
      ':white_check_mark: 1 error, 2 warnings, 1 notice in 2 files (1 linted) — passes the check (fail-on: never)',
    );
    const notices = [finding('a.yaml', 1, 1, 'notice', 'r', 'm')];
    expect(formatSummary(notices, { filesLinted: 1, failOn: 'warning' }).split('\n')[2]).toBe(
      ':white_check_mark: 0 errors, 0 warnings, 1 notice in 1 file (1 linted) — passes the check (fail-on: warning)',
    );
    expect(formatSummary(notices, { filesLinted: 1, failOn: 'notice' }).split('\n')[2]).toBe(
      ':x: 0 errors, 0 warnings, 1 notice in 1 file (1 linted) — fails the check (fail-on: notice)',
    );
  });

  it('says so when there are no problems', () => {
    expect(formatSummary([], { filesLinted: 12, failOn: 'error' })).toBe(
      '## obslint\n\n:white_check_mark: No problems found in 12 files.\n',
    );
    expect(formatSummary([], { filesLinted: 1, failOn: 'error' })).toBe(
      '## obslint\n\n:white_check_mark: No problems found in 1 file.\n',
    );
  });

  it('keeps the heading, verdict and rule table when even one row does not fit', () => {
    const one = [finding('a.yaml', 1, 1, 'error', 'r', 'm')];
    expect(formatSummary(one, { filesLinted: 1, failOn: 'error', maxBytes: 10 })).toBe(
      [
        '## obslint',
        '',
        ':x: 1 error, 0 warnings, 0 notices in 1 file (1 linted) — fails the check (fail-on: error)',
        '',
        '| Rule | Errors | Warnings | Notices |',
        '| --- | ---: | ---: | ---: |',
        `| [\`r\`](${DOCS}/r.md) | 1 | 0 | 0 |`,
        '',
        '_1 more finding was left out to keep the summary under 1 MiB; see the SARIF or JSON output._',
        '',
      ].join('\n'),
    );
  });

  it('stops adding rows before maxBytes and counts the rest', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      finding(`f${i % 7}.yaml`, i + 1, 1, 'warning', 'alert-runbook', `Message number ${i} with é.`),
    );
    const full = formatSummary(many, { filesLinted: 7, failOn: 'error' });
    const maxBytes = 4000;
    const cut = formatSummary(many, { filesLinted: 7, failOn: 'error', maxBytes });

    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(maxBytes);
    const rows = cut.split('\n').filter((l) => /^\| \d/.test(l)).length;
    expect(rows).toBeGreaterThan(0);
    const note = `\n_${200 - rows} more findings were left out to keep the summary under 1 MiB; see the SARIF or JSON output._\n`;
    expect(cut.endsWith(note)).toBe(true);
    // What is kept is the start of the full summary, in order.
    expect(full.startsWith(cut.slice(0, -note.length))).toBe(true);
  });

  it('measures bytes, not characters', () => {
    const wide = [1, 2].map((line) => finding('a.yaml', line, 1, 'error', 'r', 'é'.repeat(50)));
    const full = formatSummary(wide, { filesLinted: 1, failOn: 'error' });
    expect(formatSummary(wide, { filesLinted: 1, failOn: 'error', maxBytes: full.length })).not.toBe(full);
    expect(formatSummary(wide, { filesLinted: 1, failOn: 'error', maxBytes: Buffer.byteLength(full) })).toBe(full);
  });
});
