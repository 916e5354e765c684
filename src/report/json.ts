import type { Finding } from '../core/findings.js';
import { escapeJsonControls } from '../core/text.js';
import { sortFindings } from './common.js';

/** Flat positions rather than nested objects, so `jq` filters stay short. */
export function formatJson(findings: readonly Finding[]): string {
  return [...jsonChunks(findings)].join('');
}

/** The JSON report a finding at a time, so a huge report is never one string. */
export function* jsonChunks(findings: readonly Finding[]): Generator<string> {
  if (findings.length === 0) {
    yield '{\n  "findings": []\n}\n';
    return;
  }
  yield '{\n  "findings": [\n';
  const sorted = sortFindings(findings);
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    const entry = {
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.start.line,
      column: f.start.column,
      endLine: f.end.line,
      endColumn: f.end.column,
      ...(f.help !== undefined && { help: f.help }),
      fingerprint: f.fingerprint,
    };
    const text = escapeJsonControls(JSON.stringify(entry, null, 2)).replace(/\n/g, '\n    ');
    yield `    ${text}${i < sorted.length - 1 ? ',' : ''}\n`;
  }
  yield '  ]\n}\n';
}
