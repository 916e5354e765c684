import { RULES } from '../rules/index.js';
import { compareFindings, ruleDocsUrl, SEVERITIES, type Finding, type FindingList } from '../core/findings.js';
import { escapeControls } from '../core/text.js';
import { hasEnd, plural, sortFindings } from './common.js';

/** GitHub shows at most this many annotations per severity per step and silently drops the rest. */
export const ANNOTATION_LIMIT = 10;

/** Findings that mean the loading program refuses a file (or it could not be checked); they go first so they are never the dropped ones. */
const BLOCKING = new Set(RULES.filter((rule) => rule.meta.blocking).map((rule) => rule.meta.id));

export function selectAnnotations(
  findings: FindingList,
  limit = ANNOTATION_LIMIT,
): { shown: Finding[]; hidden: number } {
  const sorted = sortFindings(findings);
  const shown = SEVERITIES.flatMap((severity) => {
    const tiers = [
      sorted.filter((f) => f.severity === severity && BLOCKING.has(f.rule)),
      sorted.filter((f) => f.severity === severity && !BLOCKING.has(f.rule)),
    ];
    return tiers.flatMap((tier) => roundRobin(tier)).slice(0, limit);
  });
  return { shown: shown.sort(compareFindings), hidden: findings.length - shown.length };
}

/**
 * Reorders sorted findings so each file gives its first finding before any file gives a
 * second, and so on: one noisy file cannot use up the whole limit.
 */
function roundRobin(sorted: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const rounds: Finding[][] = [];
  for (const f of sorted) {
    const round = seen.get(f.file) ?? 0;
    seen.set(f.file, round + 1);
    (rounds[round] ??= []).push(f);
  }
  return rounds.flat();
}

export function formatAnnotation(f: Finding): string {
  const properties: [string, number | string][] = [
    ['file', visible(f.file)],
    ['line', f.start.line],
    ['col', f.start.column],
  ];
  if (hasEnd(f)) properties.push(['endLine', f.end.line], ['endColumn', f.end.column]);
  properties.push(['title', f.rule]);

  const help = f.help !== undefined ? `\n${visible(f.help)}` : '';
  const message = `${visible(f.message)}${help}\nDocs: ${ruleDocsUrl(f.rule)}`;
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${f.severity} ${props}::${escapeData(message)}`;
}

export function formatAnnotations(findings: FindingList, limit = ANNOTATION_LIMIT): string {
  if (findings.length === 0) return '';
  const { shown, hidden } = selectAnnotations(findings, limit);
  const lines = shown.map(formatAnnotation);
  if (hidden > 0) {
    // A plain line, not a command: it lands in the log, where someone looking for the rest will be.
    lines.push(
      `obslint: ${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} not shown as annotations ` +
        `(GitHub shows ${limit} per severity); the job summary lists them (up to 1 MiB of them), and a SARIF or JSON report holds every one.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The runner decodes %-escaped line breaks (and `:` and `,` in properties) and nothing else, so
 * anything else a terminal would act on (ESC, a bidi override) is shown escaped instead.
 */
function visible(text: string): string {
  return text.replace(/[^\r\n]+/g, escapeControls);
}

// The same escaping as @actions/core's command.js, so the runner decodes it back exactly.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
