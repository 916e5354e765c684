import type { Finding } from '../core/findings.js';
import { escapeJsonControls } from '../core/text.js';
import { sortFindings, type BaselineNote } from './common.js';
import type { OwnerScore } from '../engine/scorecard.js';

/** Flat positions rather than nested objects, so `jq` filters stay short. */
export interface JsonOptions {
  baseline?: BaselineNote;
  scorecard?: readonly OwnerScore[];
}

export function formatJson(findings: readonly Finding[], options: JsonOptions = {}): string {
  return [...jsonChunks(findings, options)].join('');
}

/** The JSON report a finding at a time, so a huge report is never one string. */
export function* jsonChunks(findings: readonly Finding[], options: JsonOptions = {}): Generator<string> {
  // Owner names and file names come from the files: escaped as the findings are.
  const block = (key: string, value: unknown) => `,\n  "${key}": ${escapeJsonControls(JSON.stringify(value, null, 2)).replace(/\n/g, '\n  ')}`;
  const baseline =
    (options.baseline ? block('baseline', { file: options.baseline.file, known: options.baseline.known, fixed: options.baseline.fixed }) : '') +
    (options.scorecard ? block('scorecard', options.scorecard) : '');
  if (findings.length === 0) {
    yield `{\n  "findings": []${baseline}\n}\n`;
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
      ...(f.baselined && { baseline: 'known' }),
    };
    const text = escapeJsonControls(JSON.stringify(entry, null, 2)).replace(/\n/g, '\n    ');
    yield `    ${text}${i < sorted.length - 1 ? ',' : ''}\n`;
  }
  yield `  ]${baseline}\n}\n`;
}
