import { countBySeverity, meetsBar, ruleDocsUrl, type Counts, type Finding, type Severity } from '../core/findings.js';
import { baselineLine, countsPhrase, groupByFile, plural, resultLine, sortFindings, type BaselineNote } from './common.js';
import { code, inlineMarkdown } from './markdown.js';
import { scorecardMarkdown } from './scorecard.js';
import type { OwnerScore } from '../engine/scorecard.js';

export interface SummaryOptions {
  filesLinted: number;
  failOn: Severity | 'never';
  /** GitHub rejects a step summary over 1 MiB. */
  maxBytes?: number;
  /** A link to the line, e.g. on github.com at the commit; must be a URL-encoded absolute URL. */
  fileUrl?: (file: string, line: number) => string | undefined;
  /** When the run compared with a baseline (the findings given are then the new ones). */
  baseline?: BaselineNote;
  /** Per owner, how their alerts are kept. */
  scorecard?: readonly OwnerScore[];
}

/** Fixed baseline entries listed by name; the rest are counted. */
const MAX_FIXED_LISTED = 20;

const HEADING = '## obslint';

export function formatSummary(findings: readonly Finding[], options: SummaryOptions): string {
  const files = plural(options.filesLinted, 'file');
  const baseline = options.baseline ? baselineSection(options.baseline) : '';
  const owners = options.scorecard ? scorecardMarkdown(options.scorecard) : '';
  if (findings.length === 0) return `${HEADING}\n\n:white_check_mark: No ${options.baseline ? 'new ' : ''}problems found in ${files}.\n${baseline}${owners}`;

  const fails = findings.some((f) => meetsBar(f.severity, options.failOn));
  const verdict =
    `${fails ? ':x:' : ':white_check_mark:'} ${resultLine(findings, options.filesLinted)}` +
    ` — ${fails ? 'fails' : 'passes'} the check (fail-on: ${options.failOn})`;
  const head = `${HEADING}\n\n${verdict}\n${baseline}\n${ruleTable(findings).join('\n')}\n${owners}`;

  // One chunk per finding; the first of each file carries the file's heading, so a heading never ends up without rows.
  const chunks = [...groupByFile(sortFindings(findings))].flatMap((group) => {
    const heading = `\n### ${code(group[0].file)}\n\n| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |\n`;
    return group.map((f, i) => `${i === 0 ? heading : ''}${findingRow(f, options.fileUrl)}\n`);
  });

  const maxBytes = options.maxBytes ?? 1_000_000;
  const full = head + chunks.join('');
  if (Buffer.byteLength(full, 'utf8') <= maxBytes) return full;

  // Leave room for the closing note; its count can only be smaller than the total, so this is enough.
  const budget = maxBytes - Buffer.byteLength(leftOutNote(findings.length), 'utf8');
  let out = head;
  let bytes = Buffer.byteLength(head, 'utf8');
  let written = 0;
  for (const chunk of chunks) {
    const size = Buffer.byteLength(chunk, 'utf8');
    if (bytes + size > budget) break;
    out += chunk;
    bytes += size;
    written++;
  }
  return out + leftOutNote(findings.length - written);
}

/** The baseline's part: how many known findings are not listed, and which entries are fixed (the number going down). */
function baselineSection(baseline: BaselineNote): string {
  const fixed = baseline.fixed.slice(0, MAX_FIXED_LISTED).map((f) => `- ${code(f.file)}: ${inlineMarkdown(f.message)}`);
  const more = baseline.fixed.length > MAX_FIXED_LISTED ? [`- and ${baseline.fixed.length - MAX_FIXED_LISTED} more`] : [];
  const list = fixed.length > 0 ? `\n\n<details><summary>Fixed since the baseline</summary>\n\n${[...fixed, ...more].join('\n')}\n\n</details>` : '';
  return `\n${inlineMarkdown(baselineLine(baseline))}${list}\n`;
}

function leftOutNote(count: number): string {
  const verb = count === 1 ? 'was' : 'were';
  return `\n_${plural(count, 'more finding')} ${verb} left out to keep the summary under 1 MiB; see the SARIF or JSON output._\n`;
}

function ruleTable(findings: readonly Finding[]): string[] {
  const byRule = new Map<string, Counts>();
  for (const f of findings) {
    const counts = byRule.get(f.rule) ?? { error: 0, warning: 0, notice: 0 };
    counts[f.severity]++;
    byRule.set(f.rule, counts);
  }
  const total = (c: Counts) => c.error + c.warning + c.notice;
  const rows = [...byRule]
    .sort(([a, ca], [b, cb]) => total(cb) - total(ca) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([rule, c]) => `| ${ruleLink(rule)} | ${c.error} | ${c.warning} | ${c.notice} |`);
  return ['| Rule | Errors | Warnings | Notices |', '| --- | ---: | ---: | ---: |', ...rows];
}

function findingRow(f: Finding, fileUrl: SummaryOptions['fileUrl']): string {
  const url = fileUrl?.(f.file, f.start.line);
  // A parenthesis in a file name (left as it is by encodeURIComponent) would end the link early.
  const line = url !== undefined ? `[${f.start.line}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : String(f.start.line);
  const help = f.help !== undefined ? `<br>help: ${inlineMarkdown(f.help)}` : '';
  return `| ${line} | ${f.severity} | ${ruleLink(f.rule)} | ${inlineMarkdown(f.message)}${help} |`;
}

function ruleLink(rule: string): string {
  return `[\`${rule}\`](${ruleDocsUrl(rule)})`;
}
