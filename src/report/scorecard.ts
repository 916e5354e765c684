import type { OwnerScore } from '../engine/scorecard.js';
import { code } from './markdown.js';

const HEADERS = ['Owner', 'Alerts', 'With runbook', 'Known owner', 'Valid severity', 'Findings'];

/** `12 (75%)`: a count and its share of the owner's alerts. */
function share(count: number, of: number): string {
  return `${count} (${of === 0 ? 0 : Math.round((count / of) * 100)}%)`;
}

function rows(scores: readonly OwnerScore[]): string[][] {
  return scores.map((s) => [s.owner, String(s.alerts), share(s.withRunbook, s.alerts), share(s.knownOwner, s.alerts), share(s.validSeverity, s.alerts), String(s.findings)]);
}

/** The scorecard as a Markdown table, for the job summary. */
export function scorecardMarkdown(scores: readonly OwnerScore[]): string {
  if (scores.length === 0) return '';
  const lines = [
    `| ${HEADERS.join(' | ')} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows(scores).map(([owner, ...rest]) => `| ${code(owner)} | ${rest.join(' | ')} |`),
  ];
  return `\n### Alerts by owner\n\n${lines.join('\n')}\n`;
}

/** The scorecard as aligned plain text, for the terminal. */
export function scorecardText(scores: readonly OwnerScore[]): string {
  if (scores.length === 0) return 'No alerts.\n';
  const table = [HEADERS, ...rows(scores)];
  const widths = HEADERS.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return `${table.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()).join('\n')}\n`;
}
