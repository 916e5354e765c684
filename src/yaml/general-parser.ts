import { Composer, Parser, type CST, type Document } from 'yaml';
import type { ParsedText, Problem } from '../core/load.js';
import { GO_MAX_DEPTH, MAX_DEPTH, directiveRefusal, goRefusal, measureDepth } from './cst-checks.js';
import { DocumentError, fromDocument, type OffsetMap } from './from-document.js';
import { patchIndentation } from './indent-patch.js';
import type { YDocument } from './tree.js';
import { lineBreakName, UNUSUAL_BREAK } from './line-breaks.js';

/**
 * The `yaml` package reads the syntax; the rest follows Go's gopkg.in/yaml.v3, the reader of
 * the programs whose files obslint lints: which keys clash, what merges do, how scalars
 * resolve, how far aliases may expand. Merge keys, unique keys and tags are switched off in
 * the package (the failsafe schema keeps every scalar as written) and applied in
 * from-document.ts the way Go does.
 */
const OPTIONS = { schema: 'failsafe', merge: false, uniqueKeys: false, prettyErrors: false, logLevel: 'error' } as const;

/** Characters Go's reader refuses anywhere in a file (readerc.go), tab, LF and CR aside. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;


export function parseWithYaml(text: string): ParsedText {
  const problems: Problem[] = [];
  const documents: YDocument[] = [];
  const early = unreadable(text);
  if (early) return { documents, problems: [early] };

  const patch = patchIndentation(text);
  const source = patch?.text ?? text;
  const toOriginal: OffsetMap = patch?.toOriginal ?? ((offset) => offset);

  for (const unit of documentUnits([...new Parser().parse(source)])) {
    const problem = unit.document ? check(unit.document, unit.directives, unit.previous, toOriginal) : undefined;
    if (problem) {
      problems.push(problem);
      continue;
    }
    const composer = new Composer(OPTIONS);
    const composed = [...unit.tokens.flatMap((token) => [...composer.next(token)]), ...composer.end(unit.document === undefined)];
    for (const doc of composed) {
      const result = readDocument(doc, text, toOriginal);
      if ('problem' in result) problems.push(result.problem);
      else if (result.document) documents.push(result.document);
    }
  }
  if (patch) problems.push(...patch.notices);
  return { documents, problems };
}

/** Whole-file reasons not to parse: characters Go refuses, line breaks obslint cannot count. */
function unreadable(text: string): Problem | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      rule: 'yaml-syntax',
      message: `\`U+${code}\` is a control character, which YAML does not allow anywhere in a file.`,
      help: 'Remove the character (an editor may show it as a box or not at all), or write it as an escape such as `\\x01` inside double quotes.',
      start: control.index,
      end: control.index + 1,
    };
  }
  const lineBreak = UNUSUAL_BREAK.exec(text);
  if (lineBreak) {
    return {
      rule: 'unreadable-file',
      message: `Lines end with ${lineBreakName(lineBreak[0])}, which obslint does not count as a line end, so the file was not linted.`,
      help: 'Re-save the file with LF (or CRLF) line ends; Prometheus reads either.',
      start: lineBreak.index,
      end: lineBreak.index + 1,
    };
  }
  return undefined;
}

interface Unit {
  tokens: CST.Token[];
  directives: CST.Directive[];
  document?: CST.Document;
  /** The token before this unit's document (a `...` makes a following document need `---`). */
  previous?: CST.Token;
}

/** Splits the token stream into one unit per document: its directives, itself, its `...`. */
function* documentUnits(tokens: CST.Token[]): Generator<Unit> {
  let unit: Unit = { tokens: [], directives: [] };
  let previous: CST.Token | undefined;
  for (const token of tokens) {
    if ((token.type === 'directive' || token.type === 'document') && unit.document) {
      yield unit;
      unit = { tokens: [], directives: [] };
    }
    unit.tokens.push(token);
    if (token.type === 'directive') unit.directives.push(token);
    if (token.type === 'document') {
      unit.document = token;
      unit.previous = previous;
    }
    previous = token;
  }
  if (unit.tokens.length > 0) yield unit;
}

/** Depth and Go's token-level rules, before anything that recurses. */
function check(document: CST.Document, directives: CST.Directive[], previous: CST.Token | undefined, toOriginal: OffsetMap): Problem | undefined {
  const depth = measureDepth(document);
  if (depth.goRefuses) {
    return {
      rule: 'yaml-syntax',
      message: `This document is nested more than ${GO_MAX_DEPTH.toLocaleString('en-US')} levels deep, which Go’s YAML readers refuse.`,
      help: 'Flatten the structure; no config needs this depth.',
      start: toOriginal(depth.at),
      end: toOriginal(depth.at) + 1,
    };
  }
  if (depth.depth > MAX_DEPTH) {
    return {
      rule: 'unreadable-file',
      message: `This document is nested ${depth.depth} levels deep; obslint checks up to ${MAX_DEPTH}, so nothing in it was checked.`,
      help: 'Flatten the structure if you can; the other documents and files are checked as usual.',
      start: toOriginal(depth.at),
      end: toOriginal(depth.at) + 1,
    };
  }
  const refusal = directiveRefusal(directives) ?? goRefusal(document, previous);
  if (!refusal) return undefined;
  return { rule: 'yaml-syntax', message: refusal.message, help: refusal.help, start: toOriginal(refusal.start), end: toOriginal(refusal.end) };
}

function readDocument(doc: Document.Parsed, text: string, toOriginal: OffsetMap): { problem: Problem } | { document?: YDocument } {
  if (doc.errors.length > 0) return { problem: syntaxProblem(doc.errors[0], text, toOriginal) };
  try {
    const read = fromDocument(doc, text, toOriginal);
    // An empty document (only comments, or `~`) has nothing to lint.
    if (!read || read.value === null || read.value === undefined) return {};
    return { document: read };
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { problem: { rule: 'yaml-syntax', message: error.message, help: error.help, start: error.start, end: Math.max(error.end, error.start + 1) } };
  }
}

function syntaxProblem(error: Document.Parsed['errors'][number], text: string, toOriginal: OffsetMap): Problem {
  const pos: [number, number] = [toOriginal(error.pos[0]), toOriginal(error.pos[1])];
  const [at, end] = error.code === 'MISSING_CHAR' ? openingQuote(text, error.message, pos) : pos;
  // An indentation error is reported at the line start; the token itself is more use.
  let start = at;
  while (text[start] === ' ' && start + 1 < text.length && text[start + 1] !== '\n') start++;
  return {
    rule: 'yaml-syntax',
    message: yamlMessage(error.message),
    help: YAML_HINTS[error.code] ?? 'Fix the YAML so the file parses; nothing else in this document was checked.',
    start,
    end: Math.max(end, start + 1),
  };
}

/**
 * The parser reports an unclosed quote where the text ran out; the quote that opened it is
 * more use. The value holds no unescaped quote of its kind, so the last one before is it.
 */
function openingQuote(text: string, message: string, pos: [number, number]): [number, number] {
  const quote = /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : undefined;
  if (!quote) return pos;
  for (let i = Math.min(pos[0], text.length - 1); i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'") && i !== pos[0]) {
      i--;
      continue;
    }
    return [i, i + 1];
  }
  return pos;
}

/** What usually causes each parser error, for the finding's help line. */
const YAML_HINTS: Partial<Record<string, string>> = {
  MISSING_CHAR: 'A quote or bracket is not closed. Nothing else in this document was checked.',
  BAD_INDENT: 'Check the indentation: items of one mapping or list must line up. Nothing else in this document was checked.',
  TAB_AS_INDENT: 'YAML does not allow tabs for indentation; use spaces. Nothing else in this document was checked.',
};

/** Parser messages said the way a person would. */
const REWORDED: [RegExp, string][] = [
  [/^Missing closing "quote/, 'the quoted value is never closed (no closing `"`)'],
  [/^Missing closing 'quote/, "the quoted value is never closed (no closing `'`)"],
  [/^Nested mappings are not allowed in compact mappings/, 'a value contains `: `; quote the value'],
];

/** yaml's messages end with a code excerpt and position when pretty; keep the sentence only. */
function yamlMessage(message: string): string {
  const sentence = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  const reworded = REWORDED.find(([pattern]) => pattern.test(sentence))?.[1];
  return `YAML syntax error: ${reworded ?? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`}`;
}
