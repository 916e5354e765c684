import type { FindingList } from '../core/findings.js';
import { escapeJsonControls } from '../core/text.js';
import { inReportOrder, type BaselineNote } from './common.js';
import type { OwnerScore } from '../engine/scorecard.js';

/** Flat positions rather than nested objects, so `jq` filters stay short. */
export interface JsonOptions {
  baseline?: BaselineNote;
  scorecard?: readonly OwnerScore[];
}

export function formatJson(findings: FindingList, options: JsonOptions = {}): string {
  return [...jsonChunks(findings, options)].join('');
}

/** The JSON report a finding at a time, so a huge report is never one string. */
export function* jsonChunks(findings: FindingList, options: JsonOptions = {}): Generator<string> {
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
  // Each entry written out rather than through JSON.stringify(entry, null, 2) and re-indented:
  // the same text, made without an object and two passes over it per finding.
  const line = (key: string, value: string | number) => `,\n      "${key}": ${typeof value === 'number' ? value : JSON.stringify(value)}`;
  let i = 0;
  for (const f of inReportOrder(findings)) {
    const text =
      `{\n      "rule": ${JSON.stringify(f.rule)}` +
      line('severity', f.severity) +
      line('message', f.message) +
      line('file', f.file) +
      line('line', f.start.line) +
      line('column', f.start.column) +
      line('endLine', f.end.line) +
      line('endColumn', f.end.column) +
      (f.help !== undefined ? line('help', f.help) : '') +
      line('fingerprint', f.fingerprint) +
      (f.baselined ? line('baseline', 'known') : '') +
      '\n    }';
    yield `    ${escapeJsonControls(text)}${++i < findings.length ? ',' : ''}\n`;
  }
  yield `  ]${baseline}\n}\n`;
}
