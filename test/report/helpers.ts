import { identify, type Finding, type Severity } from '../../src/core/findings.js';

/** A finding at `line:column`, ending on the same line `width` characters later unless `end` is given. */
export function finding(
  file: string,
  line: number,
  column: number,
  severity: Severity,
  rule: string,
  message: string,
  extra: { width?: number; end?: [number, number]; help?: string } = {},
): Finding {
  const [endLine, endColumn] = extra.end ?? [line, column + (extra.width ?? 1)];
  return {
    rule,
    severity,
    message,
    file,
    start: { line, column },
    end: { line: endLine, column: endColumn },
    ...(extra.help !== undefined && { help: extra.help }),
    fingerprint: identify(rule, file, message, ''),
  };
}
