import type { Path } from '../core/locate.js';
import type { StructureIssue } from '../kinds/types.js';

/** A problem with an Alertmanager config that its JSON Schema cannot express. */
export interface AlertmanagerIssue extends StructureIssue {
  /** A short stable id: `unknown-receiver`, `duplicate-receiver`, `deprecated-match`, ... */
  id: string;
  /** Alertmanager loads the config, but it deserves a look (a deprecated key, a matcher read two ways). */
  severity?: 'warning';
  /** For a problem inside a string (a matcher, a regular expression): offsets into its value. */
  valueSpan?: { start: number; end: number };
}

/** Collects issues; every check module writes into one of these. */
export class Issues {
  readonly all: AlertmanagerIssue[] = [];

  error(id: string, path: Path, message: string, help?: string, more: Partial<AlertmanagerIssue> = {}): void {
    this.all.push({ id, path, message, ...(help ? { help } : {}), ...more });
  }

  warning(id: string, path: Path, message: string, help?: string, more: Partial<AlertmanagerIssue> = {}): void {
    this.error(id, path, message, help, { severity: 'warning', ...more });
  }
}
