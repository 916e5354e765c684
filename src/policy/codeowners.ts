import { statSync } from 'node:fs';
import path from 'node:path';
import { shown } from '../core/text.js';
import { compilePattern, type PathMatcher } from './codeowners-pattern.js';
import { problemMaker, type PolicyProblem } from './problem.js';

/**
 * A CODEOWNERS file read as GitHub reads it ("About code owners" in GitHub's documentation):
 * one rule a line, a pattern then owners; the last matching rule wins; a pattern with no
 * owners leaves its files unowned. GitHub skips a line with a syntax error and lists the
 * error by line and column; so does this parser.
 */

/** Where GitHub looks, in order; the first file found is the one used. */
export const CODEOWNERS_LOCATIONS: readonly string[] = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/** GitHub does not load a CODEOWNERS file of 3 MB or more. */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;

export interface CodeownersRule {
  /** As written, escapes included. */
  pattern: string;
  /** As written: `@user`, `@org/team`, `user@example.com`; empty when the line un-sets ownership. */
  owners: string[];
  /** 1-based. */
  line: number;
}

export interface Codeowners {
  rules: CodeownersRule[];
  problems: PolicyProblem[];
  /** The owners of a file (a repository-relative path with `/`); empty when nobody owns it. */
  ownersOf(file: string): string[];
}

/** The first CODEOWNERS file of a checkout, relative to its root, as GitHub picks it. */
export function findCodeowners(root: string): string | undefined {
  return CODEOWNERS_LOCATIONS.find((location) => statSync(path.join(root, location), { throwIfNoEntry: false })?.isFile());
}

const OWNER_HELP = 'Write owners as `@user`, `@org/team` or an e-mail address, separated by spaces.';
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const USER = /^@[A-Za-z0-9_-]+$/;
const TEAM = /^@[A-Za-z0-9-]+\/[A-Za-z0-9_-]+$/;

export function parseCodeowners(text: string): Codeowners {
  const problem = problemMaker(text);
  const rules: CodeownersRule[] = [];
  const problems: PolicyProblem[] = [];
  if (Buffer.byteLength(text) >= MAX_CODEOWNERS_BYTES) {
    problems.push(problem(0, 0, 'This CODEOWNERS file is 3 MB or more, so GitHub does not load it.', 'Use wildcard patterns to merge rules and make the file smaller.'));
    return codeowners(rules, problems);
  }
  let lineStart = 0;
  let lineNumber = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    lineNumber++;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const parsed = parseLine(line);
    if ('problem' in parsed) {
      const { start, end, message, help } = parsed.problem;
      problems.push(problem(lineStart + start, lineStart + end, message, help));
    } else if (parsed.rule) rules.push({ ...parsed.rule, line: lineNumber });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return codeowners(rules, problems);
}

/** Rules parsed elsewhere (a worker thread gets them as data), ready to match. */
export function codeownersFromRules(rules: CodeownersRule[]): Codeowners {
  return codeowners(rules, []);
}

function codeowners(rules: CodeownersRule[], problems: PolicyProblem[]): Codeowners {
  let matchers: PathMatcher[] | undefined;
  return {
    rules,
    problems,
    ownersOf(file) {
      matchers ??= rules.map((r) => compilePattern(r.pattern));
      const segments = file.replace(/^\.?\//, '').split('/');
      for (let i = rules.length - 1; i >= 0; i--) if (matchers[i](segments)) return [...rules[i].owners];
      return [];
    },
  };
}

interface Word {
  text: string;
  start: number;
}

interface LineProblem {
  start: number;
  end: number;
  message: string;
  help?: string;
}

type ParsedLine = { rule?: Omit<CodeownersRule, 'line'> } | { problem: LineProblem };

function parseLine(line: string): ParsedLine {
  const words = splitWords(line);
  if (words.length === 0) return {};
  const [pattern, ...owners] = words;
  const patternProblem = checkPattern(pattern, owners.length);
  if (patternProblem) return { problem: patternProblem };
  for (const owner of owners) {
    if (!EMAIL.test(owner.text) && !USER.test(owner.text) && !TEAM.test(owner.text)) {
      return { problem: { start: owner.start, end: owner.start + owner.text.length, message: `\`${shown(owner.text)}\` is not an owner GitHub can read.`, help: OWNER_HELP } };
    }
  }
  return { rule: { pattern: pattern.text, owners: owners.map((o) => o.text) } };
}

/**
 * Words split on whitespace that is not escaped (`\ ` belongs to the pattern); a word that
 * starts with `#` starts a comment, to the end of the line.
 */
function splitWords(line: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpace(line[i])) i++;
    if (i >= line.length || line[i] === '#') break;
    const start = i;
    while (i < line.length && !isSpace(line[i])) i += line[i] === '\\' ? 2 : 1;
    words.push({ text: line.slice(start, Math.min(i, line.length)), start });
  }
  return words;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

function checkPattern(pattern: Word, ownerCount: number): LineProblem | undefined {
  const { text, start } = pattern;
  const at = (offset: number, length: number, message: string, help: string): LineProblem => ({ start: start + offset, end: start + offset + length, message, help });
  if (text.startsWith('\\#')) {
    return at(0, 2, `GitHub does not read \`\\#\` at the start of a pattern as an escaped \`#\`, so \`${shown(text)}\` does not work.`, 'Put a `/` before it, as in `/\\#notes.md` for a file at the root.');
  }
  if (text.startsWith('!')) {
    return at(0, 1, `\`${shown(text)}\` uses \`!\` to negate a pattern, which CODEOWNERS does not support.`, 'List the files to own instead, or add a later line with the pattern and no owners to leave those files unowned.');
  }
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '[' || text[i] === ']') {
      return at(i, 1, `\`${shown(text)}\` has an unescaped \`${text[i]}\`: CODEOWNERS patterns have no character ranges.`, 'Escape both `[` and `]` with a `\\` to match them literally.');
    }
  }
  if (text === '/') return at(0, 1, 'The pattern `/` never matches anything.', 'Write `*` to match every file.');
  if (text.startsWith('@') && ownerCount === 0) {
    return at(0, text.length, `\`${shown(text)}\` is read as a file pattern with no owners, not as an owner.`, 'Put a pattern before the owners, as in `* @org/team`.');
  }
  return undefined;
}
