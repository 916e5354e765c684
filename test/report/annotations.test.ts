import { describe, it, expect } from 'vitest';
import {
  ANNOTATION_LIMIT,
  formatAnnotation,
  formatAnnotations,
  selectAnnotations,
} from '../../src/report/annotations.js';
import type { Finding } from '../../src/core/findings.js';
import { finding } from './helpers.js';

const where = (f: Finding) => `${f.file}:${f.start.line}`;

describe('formatAnnotations', () => {
  it('writes one workflow command per finding, escaped like @actions/core', () => {
    const findings = [
      finding('rules/a.yaml', 9, 3, 'notice', 'promql-style', 'Line one\r\nline two', { end: [9, 1] }),
      finding('rules/a,b:c.yaml', 3, 5, 'warning', 'alert-runbook', 'No runbook (100% sure).', {
        width: 7,
        help: 'Add one.',
      }),
      finding('rules/a.yaml', 7, 1, 'error', 'yaml-syntax', 'Bad indentation.', { end: [8, 2] }),
    ];
    expect(formatAnnotations(findings)).toBe(
      `::warning file=rules/a%2Cb%3Ac.yaml,line=3,col=5,endLine=3,endColumn=12,title=alert-runbook::No runbook (100%25 sure).%0AAdd one.%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/alert-runbook.md
::error file=rules/a.yaml,line=7,col=1,endLine=8,endColumn=2,title=yaml-syntax::Bad indentation.%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/yaml-syntax.md
::notice file=rules/a.yaml,line=9,col=3,title=promql-style::Line one%0D%0Aline two%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/promql-style.md
`,
    );
  });

  it('is empty when there are no findings', () => {
    expect(formatAnnotations([])).toBe('');
  });

  it('ends with a plain line counting what was not shown', () => {
    const findings = [1, 2, 3].map((line) => finding('a.yaml', line, 1, 'error', 'r', 'm'));
    expect(formatAnnotations(findings, 2).split('\n').slice(2)).toEqual([
      'obslint: 1 more finding is not shown as annotations (GitHub shows 2 per severity); the job summary lists them (up to 1 MiB of them), and a SARIF or JSON report holds every one.',
      '',
    ]);
    const many = Array.from({ length: 14 }, (_, i) => finding('a.yaml', i + 1, 1, 'error', 'r', 'm'));
    const lines = formatAnnotations(many).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[10]).toBe(
      'obslint: 4 more findings are not shown as annotations (GitHub shows 10 per severity); the job summary lists them (up to 1 MiB of them), and a SARIF or JSON report holds every one.',
    );
  });
});

describe('formatAnnotation', () => {
  it('escapes %, CR, LF in the message and also : and , in properties', () => {
    const f = finding('x:y,z%.yaml', 1, 2, 'error', 'a,b', '50%\nnext', { width: 3, help: 'h:1,2' });
    expect(formatAnnotation(f)).toBe(
      '::error file=x%3Ay%2Cz%25.yaml,line=1,col=2,endLine=1,endColumn=5,title=a%2Cb::50%25%0Anext%0Ah:1,2%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/a,b.md',
    );
  });

  it('omits the end when it is before the start', () => {
    expect(formatAnnotation(finding('a.yaml', 5, 1, 'warning', 'r', 'm', { end: [4, 9] }))).toBe(
      '::warning file=a.yaml,line=5,col=1,title=r::m%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/r.md',
    );
  });
});

describe('selectAnnotations', () => {
  it('keeps 10 per severity, blocking rules first, round-robin across files', () => {
    const noisy = Array.from({ length: 12 }, (_, i) => finding('a.yaml', i + 1, 1, 'warning', 'alert-runbook', 'm'));
    const findings = [
      ...noisy,
      finding('b.yaml', 5, 1, 'warning', 'alert-runbook', 'm'),
      finding('c.yaml', 50, 1, 'warning', 'schema', 'm'),
      ...[1, 2, 3].map((line) => finding('d.yaml', line, 1, 'error', 'yaml-syntax', 'm')),
    ];
    const { shown, hidden } = selectAnnotations(findings);
    expect(ANNOTATION_LIMIT).toBe(10);
    expect(hidden).toBe(4);
    expect(shown.map(where)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((line) => `a.yaml:${line}`),
      'b.yaml:5',
      'c.yaml:50',
      'd.yaml:1',
      'd.yaml:2',
      'd.yaml:3',
    ]);
  });

  it('takes blocking findings before any other, even from a file seen already', () => {
    const findings = [
      finding('a.yaml', 1, 1, 'error', 'promql-syntax', 'm'),
      finding('a.yaml', 2, 1, 'error', 'unreadable-file', 'm'),
      finding('b.yaml', 1, 1, 'error', 'alert-owner', 'm'),
      finding('c.yaml', 1, 1, 'error', 'alert-owner', 'm'),
    ];
    const { shown, hidden } = selectAnnotations(findings, 3);
    expect(shown.map(where)).toEqual(['a.yaml:1', 'a.yaml:2', 'b.yaml:1']);
    expect(hidden).toBe(1);
  });

  it('round-robins within the blocking findings too', () => {
    const findings = [
      ...[1, 2, 3].map((line) => finding('a.yaml', line, 1, 'error', 'yaml-syntax', 'm')),
      finding('b.yaml', 9, 1, 'error', 'yaml-syntax', 'm'),
    ];
    expect(selectAnnotations(findings, 2).shown.map(where)).toEqual(['a.yaml:1', 'b.yaml:9']);
  });

  it('counts each severity separately', () => {
    const findings = (['error', 'warning', 'notice'] as const).flatMap((severity) =>
      [1, 2].map((line) => finding('a.yaml', line, 1, severity, 'r', 'm')),
    );
    const { shown, hidden } = selectAnnotations(findings, 1);
    expect(shown.map((f) => f.severity)).toEqual(['error', 'warning', 'notice']);
    expect(hidden).toBe(3);
  });
});
