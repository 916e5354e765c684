import { parseAllDocuments, isAlias, visit, type Document } from 'yaml';
import type { ParsedText, Problem } from '../engine/load.js';
import { fromDocument } from './from-document.js';
import type { YDocument } from './tree.js';

/** The general path: the `yaml` package's parser, its error positions and alias limits. */
export function parseWithYaml(text: string): ParsedText {
  const problems: Problem[] = [];
  const documents: YDocument[] = [];
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(text, { merge: true, prettyErrors: false, logLevel: 'error' }) as Document.Parsed[];
  } catch (error) {
    problems.push(parserCrash(error));
    return { documents, problems };
  }
  for (const doc of parsed) {
    if (doc.errors.length > 0) {
      // The first error is the one to fix; the rest usually follow from it.
      const error = doc.errors[0];
      const [at, end] = error.code === 'MISSING_CHAR' ? openingQuote(text, error.message, error.pos) : error.pos;
      // An indentation error is reported at the line start; the token itself is more use.
      let start = at;
      while (text[start] === ' ' && start + 1 < text.length && text[start + 1] !== '\n') start++;
      problems.push({
        rule: 'yaml-syntax',
        message: yamlMessage(error.message),
        help: YAML_HINTS[error.code] ?? 'Fix the YAML so the file parses; nothing else in this document was checked.',
        start,
        end: Math.max(end, start + 1),
      });
      continue;
    }
    if (doc.contents === null) continue;
    try {
      const value = doc.toJS({ maxAliasCount: 100 });
      // An empty document (only comments, or `~`) has nothing to lint.
      if (value === null || value === undefined) continue;
      documents.push({ root: fromDocument(doc)!, value });
    } catch (error) {
      const alias = firstAlias(doc);
      problems.push({
        rule: 'yaml-syntax',
        message: dataError(error),
        start: alias?.[0] ?? doc.contents.range[0],
        end: alias?.[1] ?? doc.contents.range[0] + 1,
        help: 'Write the repeated parts out, or use fewer levels of aliases.',
      });
    }
  }
  return { documents, problems };
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

function parserCrash(error: unknown): Problem {
  return {
    rule: 'yaml-syntax',
    message:
      error instanceof RangeError ? 'Document is nested too deeply to parse.' : `YAML could not be parsed: ${String(error)}`,
    start: 0,
    end: 0,
    help: 'Simplify the file so it parses.',
  };
}

function firstAlias(doc: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        found = [node.range[0], node.range[1]];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** What usually causes each parser error, for the finding's help line. */
const YAML_HINTS: Partial<Record<string, string>> = {
  MISSING_CHAR:
    'A quote or bracket is not closed, or a continuation line of a quoted value is not indented more than its key. Nothing else in this document was checked.',
  BAD_INDENT: 'Check the indentation: items of one mapping or list must line up. Nothing else in this document was checked.',
  DUPLICATE_KEY: 'Remove or rename one of the two keys: only one value can win. Nothing else in this document was checked.',
  TAB_AS_INDENT: 'YAML does not allow tabs for indentation; use spaces. Nothing else in this document was checked.',
};

/** Why a document that parsed could not be turned into data. */
function dataError(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  if (error instanceof RangeError) return 'Document is nested too deeply to check.';
  if (/Unresolved alias/i.test(message)) return 'An alias (`*name`) refers to an anchor (`&name`) that is not defined before it.';
  return `Document expands too many aliases (${message}).`;
}

/** Parser messages said the way a person would. */
const REWORDED: [RegExp, string][] = [
  [/^Missing closing "quote/, 'the quoted value is never closed (no closing `"`)'],
  [/^Missing closing 'quote/, "the quoted value is never closed (no closing `'`)"],
  [/^Map keys must be unique/, 'this key appears twice in the same mapping'],
  [/^Nested mappings are not allowed in compact mappings/, 'a value contains `: `; quote the value'],
  [/^Maximum call stack size exceeded/, 'the document is nested too deeply to parse'],
];

/** yaml's messages end with a code excerpt and position when pretty; keep the sentence only. */
function yamlMessage(message: string): string {
  const sentence = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  const reworded = REWORDED.find(([pattern]) => pattern.test(sentence))?.[1];
  return `YAML syntax error: ${reworded ?? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`}`;
}

