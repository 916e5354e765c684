import { countBySeverity, ruleDocsUrl, type Finding, type FindingList, type Severity } from '../core/findings.js';
import { baselineLine, countsPhrase, filesPhrase, groupByFile, inReportOrder, plural, type BaselineNote } from './common.js';
import { escapeControls, shownPath } from '../core/text.js';
import { RULES } from '../rules/index.js';

export interface TextOptions {
  /** The file's text, or undefined when it cannot be read (then no excerpt is shown). */
  readSource: (file: string) => string | undefined;
  color: boolean;
  filesLinted: number;
  /** When the run compared with a baseline (the findings given are then the new ones). */
  baseline?: BaselineNote;
}

/** Lines longer than this are shown as a window around the column. */
const MAX_LINE = 200;
const WINDOW = 160;
/** How much of the window comes before the column. */
const WINDOW_LEAD = 60;
const GUTTER_WIDTH = 5;
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/g;

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, notice: 34 };

interface Style {
  severity(s: Severity): string;
  bold(s: string): string;
  dim(s: string): string;
}

const PLAIN: Style = { severity: (s) => s, bold: (s) => s, dim: (s) => s };
const ANSI: Style = {
  severity: (s) => `\x1b[${SEVERITY_COLOR[s]}m${s}\x1b[39m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
};

export function formatText(findings: FindingList, options: TextOptions): string {
  return [...textChunks(findings, options)].join('');
}

/** The text report a file at a time, so only one file's source is held at once. */
export function* textChunks(findings: FindingList, options: TextOptions): Generator<string> {
  const note = options.baseline ? `${baselineLine(options.baseline)}\n` : '';
  if (findings.length === 0) {
    yield `${note}No ${options.baseline ? 'new ' : ''}problems found in ${plural(options.filesLinted, 'file')}.\n`;
    return;
  }
  const style = options.color ? ANSI : PLAIN;
  let first = true;
  for (const group of groupByFile(inReportOrder(findings))) {
    const source = options.readSource(group[0].file);
    // Split like LineIndex does: on \n, dropping a trailing \r, so line numbers agree.
    const lines = source === undefined ? undefined : masked(source.replace(/^\uFEFF{1,2}/, '').split('\n').map((l) => l.replace(/\r$/, '')), group);
    yield `${first ? '' : '\n\n'}${group.flatMap((f) => formatFinding(f, lines, style)).join('\n')}`;
    first = false;
  }
  const total = `${plural(findings.length, 'problem')} (${countsPhrase(countBySeverity(findings))}) ${filesPhrase(findings, options.filesLinted)}`;
  yield `\n\n${docsLines(findings, style).join('\n')}\n\n${note}${total}\n`;
}

/** Rules whose findings point at secrets, which no excerpt may show. */
const SENSITIVE = new Set(RULES.filter((rule) => rule.meta.sensitive).map((rule) => rule.meta.id));

/** The lines with what a sensitive finding covers replaced by `*`, one for one, so carets stay put. */
function masked(lines: string[], group: readonly Finding[]): string[] {
  const secrets = group.filter((f) => SENSITIVE.has(f.rule));
  if (secrets.length === 0) return lines;
  const out = [...lines];
  for (const f of secrets) {
    for (let line = f.start.line; line <= Math.min(f.end.line, out.length); line++) {
      const text = out[line - 1];
      const from = Math.min(text.length, line === f.start.line ? f.start.column - 1 : 0);
      const to = Math.min(text.length, line === f.end.line ? f.end.column - 1 : text.length);
      if (to > from) out[line - 1] = text.slice(0, from) + '*'.repeat(to - from) + text.slice(to);
    }
  }
  return out;
}

/** Where each rule that fired is explained, with a bad and a good example. */
function docsLines(findings: Iterable<Finding>, style: Style): string[] {
  const fired = new Set<string>();
  for (const f of findings) fired.add(f.rule);
  const rules = [...fired].sort();
  const width = Math.max(...rules.map((r) => r.length));
  return ['How to fix:', ...rules.map((rule) => `  ${style.dim(rule.padEnd(width))}  ${ruleDocsUrl(rule)}`)];
}

function formatFinding(f: Finding, lines: string[] | undefined, style: Style): string[] {
  const padding = ' '.repeat(7 - f.severity.length);
  const out = [
    `${style.bold(shownPath(f.file))}:${f.start.line}:${f.start.column}  ${style.severity(f.severity)}${padding}  ${escapeControls(f.message)}  ${style.dim(f.rule)}`,
  ];
  const line = lines?.[f.start.line - 1];
  const width = Math.max(GUTTER_WIDTH, String(f.start.line).length);
  const blank = style.dim(`${' '.repeat(width)} | `);
  if (line !== undefined) {
    const excerpt = excerptOf(line, f);
    out.push(`${style.dim(`${String(f.start.line).padStart(width)} | `)}${excerpt.text}`);
    out.push(`${blank}${' '.repeat(excerpt.caretAt)}${'^'.repeat(excerpt.caretWidth)}`);
  }
  if (f.help !== undefined) out.push(`${' '.repeat(width)} = help: ${escapeControls(f.help)}`);
  return out;
}

interface Excerpt {
  text: string;
  caretAt: number;
  caretWidth: number;
}

function excerptOf(rawLine: string, f: Finding): Excerpt {
  // One character for one: a tab becomes a space and anything a terminal would act on (an
  // escape sequence, a carriage return, a bidi override) a replacement character, so the
  // caret stays under its column and a file cannot drive the terminal.
  const line = rawLine.replace(/\t/g, ' ').replace(UNPRINTABLE, '\ufffd');
  const start = f.start.column - 1;
  const span =
    f.end.line === f.start.line ? f.end.column - f.start.column : f.end.line > f.start.line ? line.length - start : 1;
  const caretWidth = Math.max(1, span);
  if (line.length <= MAX_LINE) return { text: line, caretAt: start, caretWidth };

  const from = Math.max(0, Math.min(start - WINDOW_LEAD, line.length - WINDOW));
  const to = from + WINDOW;
  const lead = from > 0 ? '…' : '';
  return {
    text: `${lead}${line.slice(from, to)}${to < line.length ? '…' : ''}`,
    caretAt: start - from + lead.length,
    caretWidth: Math.max(1, Math.min(caretWidth, to - start)),
  };
}
