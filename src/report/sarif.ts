import {
  compareFindings,
  countBySeverity,
  ruleDocsUrl,
  severityRank,
  type FindingList,
  type Severity,
} from '../core/findings.js';
import { escapeJsonControls } from '../core/text.js';
import { countsPhrase, hasEnd, plural, sortFindings } from './common.js';

export interface SarifRuleInfo {
  id: string;
  summary: string;
  defaultSeverity: Severity;
}

export interface SarifOptions {
  rules: readonly SarifRuleInfo[];
  toolVersion: string;
  /** GitHub code scanning rejects runs with more than 25,000 results. */
  maxResults?: number;
  /** Whether the run compared with a baseline (results then carry a baselineState). */
  baselined?: boolean;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function formatSarif(findings: FindingList, options: SarifOptions): string {
  const maxResults = options.maxResults ?? 25000;
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));

  const sorted = sortFindings(findings);
  // Array.prototype.sort is stable, so findings of one severity keep compareFindings order.
  const bySeverity = [...sorted].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  const kept = sorted.length > maxResults ? bySeverity.slice(0, maxResults).sort(compareFindings) : sorted;
  const omitted = bySeverity.slice(kept.length);

  const invocation: Record<string, unknown> = { executionSuccessful: true };
  if (omitted.length > 0) {
    invocation.toolExecutionNotifications = [
      {
        level: 'warning',
        message: {
          text:
            `${plural(omitted.length, 'more finding')} ${omitted.length === 1 ? 'was' : 'were'} left out: ` +
            `GitHub code scanning takes at most ${maxResults} results per run, so the most severe were kept ` +
            `(left out: ${countsPhrase(countBySeverity(omitted))}).`,
        },
      },
    ];
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'obslint',
            version: options.toolVersion,
            informationUri: 'https://github.com/obslint/obslint',
            rules: options.rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.summary },
              helpUri: ruleDocsUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        invocations: [invocation],
        results: kept.map((f) => {
          const index = ruleIndex.get(f.rule);
          return {
            ruleId: f.rule,
            // A ruleIndex must point into driver.rules, so leave it out for a rule not passed in.
            ...(index !== undefined && { ruleIndex: index }),
            level: LEVEL[f.severity],
            message: { text: f.help !== undefined ? `${f.message} ${f.help}` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: f.start.line,
                    startColumn: f.start.column,
                    ...(hasEnd(f) && { endLine: f.end.line, endColumn: f.end.column }),
                  },
                },
              },
            ],
            partialFingerprints: { 'obslint/v2': f.fingerprint },
            // Against a baseline, code scanning can tell the accepted findings from the new ones.
            ...(options.baselined && { baselineState: f.baselined ? 'unchanged' : 'new' }),
          };
        }),
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
}

/** Forward slashes, each segment URI-escaped, so names with spaces or `#` stay one path. */
function fileUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
