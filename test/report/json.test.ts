import { describe, it, expect } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { finding } from './helpers.js';

describe('formatJson', () => {
  it('writes flat entries in compareFindings order, with help only when present, and the fingerprint', () => {
    const findings = [
      { ...finding('rules/b.yaml', 2, 3, 'warning', 'alert-runbook', 'No runbook.', { width: 4, help: 'Add one.' }), fingerprint: 'f2' },
      { ...finding('rules/a.yaml', 7, 1, 'error', 'yaml-syntax', 'Bad "indent".', { end: [8, 2] }), fingerprint: 'f1' },
    ];
    expect(formatJson(findings)).toBe(`{
  "findings": [
    {
      "rule": "yaml-syntax",
      "severity": "error",
      "message": "Bad \\"indent\\".",
      "file": "rules/a.yaml",
      "line": 7,
      "column": 1,
      "endLine": 8,
      "endColumn": 2,
      "fingerprint": "f1"
    },
    {
      "rule": "alert-runbook",
      "severity": "warning",
      "message": "No runbook.",
      "file": "rules/b.yaml",
      "line": 2,
      "column": 3,
      "endLine": 2,
      "endColumn": 7,
      "help": "Add one.",
      "fingerprint": "f2"
    }
  ]
}
`);
  });

  it('writes an empty list when there are no findings', () => {
    expect(formatJson([])).toBe('{\n  "findings": []\n}\n');
  });

  it('does not reorder the caller array', () => {
    const findings = [finding('b', 1, 1, 'error', 'r', 'm'), finding('a', 1, 1, 'error', 'r', 'm')];
    formatJson(findings);
    expect(findings.map((f) => f.file)).toEqual(['b', 'a']);
  });
});
