import { anchoredMatcher, goRegexpError } from '../promql/regex.js';

/**
 * Alertmanager's label matchers (`severity="critical"`, `{env=~"prod|staging"}`), read the way
 * its default "fallback" mode reads a `matchers:` entry (matcher/compat):
 *
 * - the UTF-8 parser (matcher/parse) and the classic parser (pkg/labels) both read the text;
 * - refused by both: an error (the config does not load);
 * - refused by the UTF-8 parser only: accepted with the classic reading, and a warning, since
 *   the UTF-8 parser is becoming the only one (`--enable-feature=utf8-strict-mode` today);
 * - accepted by both with different results: the classic reading, and a warning;
 * - accepted by the UTF-8 parser only (quoted or UTF-8 label names): accepted.
 *
 * Offsets are into the matcher string, end exclusive.
 */

export type MatchType = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  type: MatchType;
  value: string;
}

export interface MatcherProblem {
  id: 'bad-matcher' | 'bad-regexp' | 'matcher-fallback' | 'matcher-disagreement' | 'empty-matcher';
  start: number;
  end: number;
  message: string;
  help?: string;
  severity?: 'warning';
}

export interface ParsedMatchers {
  /** The matchers Alertmanager ends up using (empty when the text is refused). */
  matchers: Matcher[];
  problems: MatcherProblem[];
}

/** Why one parser refused the text, and where. */
export interface Refusal {
  start: number;
  end: number;
  /** A phrase: "expected a label value", "`[a-` is not a valid regular expression: ...". */
  reason: string;
  /** The refusal is a regular expression that does not compile. */
  regexp?: boolean;
}

export type Reading = { matchers: Matcher[] } | { refusal: Refusal };

/** Parses one `matchers:` entry (it may hold several matchers, comma-separated). */
export function parseMatchers(input: string): ParsedMatchers {
  const utf8 = parseUtf8Matchers(input);
  const classic = parseClassicMatchers(input);
  if ('refusal' in utf8 && 'refusal' in classic) {
    const { start, end, reason, regexp } = utf8.refusal.regexp || !classic.refusal.regexp ? utf8.refusal : classic.refusal;
    const help = regexp
      ? 'Regular expressions use Go (RE2) syntax: no look-arounds or back-references.'
      : 'Write matchers as `name="value"`, `name!="value"`, `name=~"regex"` or `name!~"regex"`, with the value in double quotes.';
    return { matchers: [], problems: [{ id: regexp ? 'bad-regexp' : 'bad-matcher', start, end, message: `\`${input}\` is not a valid matcher: ${reason}.`, help }] };
  }
  // Alertmanager takes the classic reading whenever the two differ.
  const used = 'matchers' in classic ? classic.matchers : (utf8 as { matchers: Matcher[] }).matchers;
  const whole = { start: 0, end: Math.max(input.length, 1) };
  if (used.length === 0) {
    const message = `\`${input}\` holds no matcher, so it adds no condition.`;
    return { matchers: [], problems: [{ id: 'empty-matcher', severity: 'warning', ...whole, message, help: 'Remove the empty entry.' }] };
  }
  const suggestion = used.map(formatMatcher).join(',');
  if ('refusal' in utf8) {
    const { start, end, reason } = utf8.refusal;
    const message = `\`${input}\` is read only by Alertmanager's old matcher parser (the UTF-8 parser says: ${reason}).`;
    const help = `Write it as \`${suggestion}\`, which both parsers read the same way; UTF-8 strict mode refuses the current form.`;
    return { matchers: used, problems: [{ id: 'matcher-fallback', severity: 'warning', start, end, message, help }] };
  }
  if ('matchers' in classic && !sameMatchers(utf8.matchers, classic.matchers)) {
    const strict = utf8.matchers.map(formatMatcher).join(',');
    const message = `Alertmanager's two matcher parsers read \`${input}\` differently: \`${suggestion}\` (used for now) and \`${strict}\` (UTF-8 strict mode).`;
    const help = `Write \`${suggestion}\` to keep today's meaning under both parsers.`;
    return { matchers: used, problems: [{ id: 'matcher-disagreement', severity: 'warning', ...whole, message, help }] };
  }
  return { matchers: utf8.matchers, problems: [] };
}

/** Whether a label value satisfies a matcher; a missing label counts as the empty string. */
export function matcherMatches(matcher: Matcher, labels: Readonly<Record<string, string>>): boolean {
  const value = labels[matcher.name] ?? '';
  switch (matcher.type) {
    case '=':
      return value === matcher.value;
    case '!=':
      return value !== matcher.value;
    case '=~':
      return anchoredMatcher(matcher.value)?.(value) ?? false;
    case '!~':
      return !(anchoredMatcher(matcher.value)?.(value) ?? false);
  }
}

/** A matcher as Alertmanager prints it (labels.Matcher.String). */
export function formatMatcher(m: Matcher): string {
  if ([...m.name].some(isReserved)) return `${goQuote(m.name)}${m.type}${goQuote(m.value)}`;
  return `${m.name}${m.type}"${m.value.replace(/[\\\n"]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"`;
}

function sameMatchers(a: Matcher[], b: Matcher[]): boolean {
  return a.length === b.length && a.every((m, i) => m.name === b[i].name && m.type === b[i].type && m.value === b[i].value);
}

function newMatcher(type: MatchType, name: string, value: string, at: { start: number; end: number }): Matcher | Refusal {
  if (type === '=~' || type === '!~') {
    const error = goRegexpError(value);
    if (error !== undefined) return { ...at, reason: `\`${value}\` is not a valid regular expression (${error})`, regexp: true };
  }
  return { name, type, value };
}

// ---------------------------------------------------------------------------------------------
// The UTF-8 parser (matcher/parse): a lexer of quoted and unquoted tokens, then a small grammar.

const RESERVED = '{}!=~,\\"\'`';
const WHITE_SPACE = /^\p{White_Space}$/u;

function isSpace(ch: string): boolean {
  // ASCII first: the Unicode property test is slow, and matchers are mostly ASCII.
  if (ch < '\x80') return ch === ' ' || (ch >= '\t' && ch <= '\r');
  return WHITE_SPACE.test(ch);
}

function isReserved(ch: string): boolean {
  return isSpace(ch) || RESERVED.includes(ch);
}

type TokenKind = 'eof' | '{' | '}' | ',' | '=' | '!=' | '=~' | '!~' | 'quoted' | 'unquoted';

interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

class Lexer {
  private at = 0;

  constructor(readonly input: string) {}

  /** The next token without consuming it. */
  peek(): Token {
    const saved = this.at;
    const token = this.scan();
    this.at = saved;
    return token;
  }

  scan(): Token {
    const { input } = this;
    while (this.at < input.length) {
      const start = this.at;
      const ch = String.fromCodePoint(input.codePointAt(start)!);
      if (ch === '{' || ch === '}' || ch === ',') return this.emit(ch, start, start + 1);
      if (ch === '=' || ch === '!') return this.operator(start);
      if (ch === '"') return this.quoted(start);
      if (!isReserved(ch)) return this.unquoted(start);
      if (!isSpace(ch)) throw new Refused({ start, end: start + ch.length, reason: `\`${ch}\` cannot appear here (quote values that contain it)` });
      this.at += ch.length;
    }
    return { kind: 'eof', text: '', start: input.length, end: input.length };
  }

  private emit(kind: TokenKind, start: number, end: number): Token {
    this.at = end;
    return { kind, text: this.input.slice(start, end), start, end };
  }

  private operator(start: number): Token {
    const two = this.input.slice(start, start + 2);
    if (two === '!=' || two === '!~' || two === '=~') return this.emit(two, start, start + 2);
    if (two[0] === '=') return this.emit('=', start, start + 1);
    throw new Refused({ start, end: start + two.length, reason: '`!` must be followed by `=` or `~`' });
  }

  private quoted(start: number): Token {
    let escaped = false;
    for (let i = start + 1; i < this.input.length; i++) {
      const ch = this.input[i];
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') return this.emit('quoted', start, i + 1);
    }
    throw new Refused({ start, end: this.input.length, reason: 'a double-quoted string has no closing `"`' });
  }

  private unquoted(start: number): Token {
    let end = start;
    while (end < this.input.length) {
      const ch = String.fromCodePoint(this.input.codePointAt(end)!);
      if (isReserved(ch)) break;
      end += ch.length;
    }
    return this.emit('unquoted', start, end);
  }
}

const DESCRIBE: Record<TokenKind, string> = {
  eof: 'the end of the text',
  '{': '`{`',
  '}': '`}`',
  ',': '`,`',
  '=': '`=`',
  '!=': '`!=`',
  '=~': '`=~`',
  '!~': '`!~`',
  quoted: 'a quoted string',
  unquoted: 'a word',
};

export function parseUtf8Matchers(input: string): Reading {
  try {
    return { matchers: new Utf8Parser(input).parse() };
  } catch (error) {
    if (error instanceof Refused) return { refusal: error.refusal };
    throw error;
  }
}

class Utf8Parser {
  private readonly lexer: Lexer;
  private readonly matchers: Matcher[] = [];

  constructor(private readonly input: string) {
    this.lexer = new Lexer(input);
  }

  parse(): Matcher[] {
    let next = this.lexer.peek();
    const hasOpenBrace = next.kind === '{';
    if (hasOpenBrace) {
      this.lexer.scan();
      next = this.lexer.peek();
    } else if (next.kind === 'eof') {
      return this.matchers;
    }
    // Matchers separated by commas (a trailing comma is allowed), up to `}` or the end.
    while (next.kind !== '}' && next.kind !== 'eof') {
      this.matcher();
      next = this.lexer.peek();
      if (next.kind === ',') {
        this.lexer.scan();
        next = this.lexer.peek();
        if (next.kind !== '}' && next.kind !== 'eof' && next.kind !== 'quoted' && next.kind !== 'unquoted') {
          this.refuse(next, 'expected a matcher or `}` after `,`');
        }
      } else if (next.kind !== '}' && next.kind !== 'eof') {
        this.refuse(next, 'expected `,` or `}` after a matcher');
      }
    }
    if (hasOpenBrace && next.kind !== '}') this.refuse(next, 'the opening `{` is never closed', false);
    if (!hasOpenBrace && next.kind === '}') this.refuse(next, 'a closing `}` has no opening `{`', false);
    if (next.kind === '}') this.lexer.scan();
    const rest = this.lexer.scan();
    if (rest.kind !== 'eof') this.refuse(rest, 'nothing may follow the closing `}`', false);
    return this.matchers;
  }

  private matcher(): void {
    const name = this.expect(['quoted', 'unquoted'], 'expected a label name');
    const operator = this.expect(['=', '!=', '=~', '!~'], 'expected an operator (`=`, `!=`, `=~` or `!~`)');
    const value = this.expect(['quoted', 'unquoted'], 'expected a label value');
    const m = newMatcher(operator.kind as MatchType, this.unquote(name), this.unquote(value), value);
    if ('reason' in m) throw new Refused(m);
    this.matchers.push(m);
  }

  private expect(kinds: TokenKind[], expected: string): Token {
    const token = this.lexer.scan();
    if (!kinds.includes(token.kind)) this.refuse(token, expected);
    return token;
  }

  private unquote(token: Token): string {
    if (token.kind !== 'quoted') return token.text;
    const value = goUnquote(token.text);
    if (value === undefined) throw new Refused({ start: token.start, end: token.end, reason: `${token.text} is not a valid double-quoted string (escape \`"\` and \`\\\` with a backslash)` });
    return value;
  }

  /** Refuses at `token`: an end of text is pointed at through the last character. */
  private refuse(token: Token, reason: string, sayWhatWasFound = true): never {
    const at = token.kind === 'eof' ? { start: Math.max(0, this.input.length - 1), end: this.input.length } : token;
    const found = token.kind === 'eof' ? 'but the text ends' : `not ${token.kind === 'unquoted' ? `\`${token.text}\`` : DESCRIBE[token.kind]}`;
    throw new Refused({ start: at.start, end: at.end, reason: sayWhatWasFound ? `${reason}, ${found}` : reason });
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };

/** Go's strconv.Unquote for a double-quoted string, requiring valid UTF-8 as the parser does. */
function goUnquote(text: string): string | undefined {
  const body = text.slice(1, -1);
  if (body.includes('\n')) return undefined;
  // Without escapes the text is the value (the lexer stopped at the first unescaped quote).
  if (!body.includes('\\')) return body;
  const bytes: number[] = [];
  for (let i = 0; i < body.length; ) {
    const ch = String.fromCodePoint(body.codePointAt(i)!);
    if (ch === '"') return undefined;
    if (ch !== '\\') {
      bytes.push(...encoder.encode(ch));
      i += ch.length;
      continue;
    }
    const c = body[i + 1];
    if (c in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[c]);
      i += 2;
      continue;
    }
    const hexLength = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    if (hexLength > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLength);
      if (!new RegExp(`^[0-9A-Fa-f]{${hexLength}}$`).test(hex)) return undefined;
      const code = parseInt(hex, 16);
      if (c === 'x') bytes.push(code);
      else if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
      else bytes.push(...encoder.encode(String.fromCodePoint(code)));
      i += 2 + hexLength;
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal && parseInt(octal[0], 8) <= 255) {
      bytes.push(parseInt(octal[0], 8));
      i += 4;
      continue;
    }
    return undefined;
  }
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** Go's strconv.Quote, enough for label names and values (printable text, common escapes). */
function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
}

// ---------------------------------------------------------------------------------------------
// The classic parser (pkg/labels): split at commas outside double quotes, then one regexp per
// matcher. Go's `\s` is ASCII whitespace only.

const CLASSIC_MATCHER = /^[\t\n\f\r ]*([a-zA-Z_:][a-zA-Z0-9_:]*)[\t\n\f\r ]*(=~|=|!=|!~)[\t\n\f\r ]*([^]*?)[\t\n\f\r ]*$/;

export function parseClassicMatchers(input: string): Reading {
  let text = input;
  let offset = 0;
  if (text.startsWith('{')) {
    text = text.slice(1);
    offset = 1;
  }
  if (text.endsWith('}')) text = text.slice(0, -1);
  const pieces: { text: string; start: number }[] = [];
  let inQuotes = false;
  let escaped = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ',' && !inQuotes) {
      pieces.push({ text: text.slice(start, i), start: offset + start });
      start = i + 1;
      continue;
    }
    if (ch === '"') {
      if (!escaped) inQuotes = !inQuotes;
      else escaped = false;
    } else if (ch === '\\') escaped = !escaped;
    else escaped = false;
  }
  const last = text.slice(start);
  const trimmed = last.trim();
  if (trimmed !== '') pieces.push({ text: trimmed, start: offset + start + last.indexOf(trimmed) });
  const matchers: Matcher[] = [];
  for (const piece of pieces) {
    const m = parseClassicMatcher(piece.text, piece.start);
    if ('reason' in m) return { refusal: m };
    matchers.push(m);
  }
  return { matchers };
}

function parseClassicMatcher(text: string, start: number): Matcher | Refusal {
  const whole = { start, end: start + Math.max(text.length, 1) };
  const match = CLASSIC_MATCHER.exec(text);
  if (!match) return { ...whole, reason: `\`${text}\` is not of the form \`name="value"\`` };
  const [, name, operator, raw] = match;
  let rawValue = raw;
  let expectTrailingQuote = false;
  if (rawValue.startsWith('"')) {
    rawValue = rawValue.slice(1);
    expectTrailingQuote = true;
  }
  let value = '';
  let escaped = false;
  for (let i = 0; i < rawValue.length; i++) {
    const ch = rawValue[i];
    if (escaped) {
      escaped = false;
      value += ch === 'n' ? '\n' : ch === '"' || ch === '\\' ? ch : `\\${ch}`;
      continue;
    }
    if (ch === '\\') {
      if (i < rawValue.length - 1) escaped = true;
      else value += '\\';
    } else if (ch === '"') {
      if (!expectTrailingQuote || i < rawValue.length - 1) return { ...whole, reason: `the value \`${raw}\` contains an unescaped \`"\`` };
      expectTrailingQuote = false;
    } else value += ch;
  }
  if (expectTrailingQuote) return { ...whole, reason: `the value \`${raw}\` contains an unescaped \`"\`` };
  return newMatcher(operator as MatchType, name, value, whole);
}
