import { ruleDocsUrl, type Finding, type Severity } from '../core/findings.js';
import { plural } from './common.js';

/**
 * The text of obslint's pull-request review: one comment per finding, and the review's body.
 * GitHub renders it as Markdown with HTML, then links @mentions, #references and URLs in the
 * rendered text, so a message is written out so that it shows exactly as it reads: its `code`
 * spans stay code spans (whose content Markdown never interprets), and nothing in the rest can
 * become markup, a link, a mention that notifies someone, or the end of the hidden marker.
 */

const ICON: Record<Severity, string> = { error: ':x:', warning: ':warning:', notice: ':information_source:' };

/** Ends every comment obslint writes: how a later run finds the comment again. */
export function reviewMarker(fingerprint: string): string {
  return `<!-- obslint:${fingerprint} -->`;
}

const MARKER = /<!-- obslint:([\w:.-]+) -->\s*$/;

/** The fingerprint in a comment's marker, when it has one. */
export function markedFingerprint(body: string): string | undefined {
  return MARKER.exec(body)?.[1];
}

/** Severity, rule (linked to its docs, as in the other reports), message, help and marker. */
export function formatReviewComment(finding: Finding): string {
  const head = `${ICON[finding.severity]} **${finding.severity}** · [\`${finding.rule}\`](${ruleDocsUrl(finding.rule)})`;
  const help = finding.help === undefined ? [] : [commentText(finding.help)];
  return [head, commentText(finding.message), ...help, reviewMarker(finding.fingerprint)].join('\n\n');
}

/**
 * What the review says above its comments: how many it adds, and how many findings on changed
 * lines it leaves out (the cap), pointing at the job summary, which lists them all.
 */
export function formatReviewBody(commented: readonly Finding[], leftOut: number, max: number, summaryUrl?: string): string {
  const bySeverity = (['error', 'warning', 'notice'] as const)
    .map((severity) => [severity, commented.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity));
  const lines = [`**obslint** comments on ${plural(commented.length, 'finding')} on lines this pull request changes (${bySeverity.join(', ')}).`];
  if (leftOut > 0) {
    const summary = summaryUrl === undefined ? 'the job summary' : `the [job summary](${summaryUrl})`;
    lines.push(`${plural(leftOut, 'more finding')} on changed lines ${leftOut === 1 ? 'is' : 'are'} not commented (obslint keeps at most ${max} comments on a pull request); ${summary} lists every finding.`);
  }
  return lines.join('\n\n');
}

/** A message or help as one Markdown paragraph showing exactly its text, with its `code` spans as code. */
export function commentText(text: string): string {
  const parts = text.split('`');
  // An odd number of backticks: the last one is text.
  if (parts.length % 2 === 0) parts[parts.length - 2] += `\`${parts.pop()}`;
  return parts.map((part, i) => (i % 2 === 1 ? codeSpan(part) : plainText(part, i === 0))).join('');
}

function codeSpan(content: string): string {
  const flat = content.replace(/\r?\n|\r/g, ' ');
  // Two backticks in a row would open a longer code span instead.
  return flat === '' ? '<code></code>' : `\`${flat}\``;
}

// Markdown's inline markup, entities and math, line breaks (a new line could start a heading,
// a list or an HTML block), and what GitHub links in rendered text: @mentions, #123 and GH-123
// references, URLs and www. addresses. Those get a zero-width space after their first character,
// which breaks the match and shows nothing.
const PLAIN = /[\\`*_[\]~|$&<>]|\r?\n|\r|[@#](?=\w)|\bGH-(?=\d)|:\/\/|\bwww\./gi;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function plainText(text: string, startsParagraph: boolean): string {
  let out = text.replace(PLAIN, (match) => {
    if (match in ENTITY) return ENTITY[match];
    if (/^(?:\r?\n|\r)$/.test(match)) return '<br>';
    if (match.length === 1 && match !== '@' && match !== '#') return `\\${match}`;
    return `${match[0]}\u200b${match.slice(1)}`;
  });
  // At the start of the paragraph: leading spaces (four make a code block) and block markers.
  if (startsParagraph) out = out.trimStart().replace(/^(?:[#+=-]|\d+(?=[.)]))/, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
  return out;
}
