import type { Finding } from '../core/findings.js';
import { sortFindings } from './common.js';

/** Flat positions rather than nested objects, so `jq` filters stay short. */
export function formatJson(findings: readonly Finding[]): string {
  const entries = sortFindings(findings).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    ...(f.help !== undefined && { help: f.help }),
  }));
  return `${JSON.stringify({ findings: entries }, null, 2)}\n`;
}
