import type * as Re2js from 're2js';

/**
 * Label-matcher regular expressions as Prometheus reads them: Go's `regexp/syntax` (RE2), which
 * re2js ports faithfully, anchored as `^(?s:...)$`. JavaScript's own engine would accept
 * look-arounds and back-references that Go refuses, and refuse `(?P<name>...)` or `\z`.
 */

/**
 * re2js is a few hundred kilobytes that only expressions with a regex matcher need: it is
 * loaded by `loadRegexEngine` (the rule does so before checking a file that has `=~` or `!~`).
 */
let engine: typeof Re2js | undefined;

export async function loadRegexEngine(): Promise<void> {
  engine ??= await import('re2js');
}

function re2(): typeof Re2js {
  if (!engine) throw new Error('the regex engine is not loaded: await loadRegexEngine() first');
  return engine;
}

// Rule files repeat the same few expressions; the caches keep them from being compiled again.
const errors = new Map<string, string | null>();
const emptyMatches = new Map<string, boolean>();
const MAX_CACHED = 10_000;

/** Characters that `regexp.QuoteMeta` escapes, but `|`: without them an expression is `a|b|c` of literals. */
const SPECIAL = /[\\.+*?()[\]{}^$]/;

/** True when Prometheus parses the expression as a regular expression (not `a|b|c` of plain words). */
export function isParsedAsRegex(pattern: string): boolean {
  return SPECIAL.test(pattern);
}

/** Why Go refuses the expression, in words; undefined when it compiles. */
export function regexError(pattern: string): string | undefined {
  return isParsedAsRegex(pattern) ? goRegexpError(pattern) : undefined;
}

/**
 * Why Go's `regexp.Compile` refuses the expression, whatever it looks like: Alertmanager
 * compiles every matcher regex (Prometheus skips plain `a|b|c`, see `regexError`).
 */
export function goRegexpError(pattern: string): string | undefined {
  let error = errors.get(pattern);
  if (error === undefined) {
    error = plainRegex(pattern) ? null : (compileError(pattern) ?? null);
    remember(errors, pattern, error);
  }
  return error ?? undefined;
}

const matchers = new Map<string, ((text: string) => boolean) | null>();

/** Alertmanager's matcher for a regex value, anchored as `^(?:value)$`; undefined when Go refuses it. */
export function anchoredMatcher(pattern: string): ((text: string) => boolean) | undefined {
  let matcher = matchers.get(pattern);
  if (matcher === undefined) {
    const compiled = goRegexpError(pattern) === undefined ? re2().RE2JS.compile(`^(?:${uniqueGroupNames(pattern)})$`) : undefined;
    matcher = compiled ? (text: string) => compiled.matches(text) : null;
    remember(matchers, pattern, matcher);
  }
  return matcher ?? undefined;
}

/**
 * Whether the anchored expression matches the empty string (`.*` does, `.+` does not), for a
 * valid expression. Asked only of selectors without a metric name, so computed on demand.
 */
export function regexMatchesEmpty(pattern: string): boolean {
  // `a|b|c` of plain words: Prometheus matches these as strings without parsing them.
  if (!isParsedAsRegex(pattern)) return pattern.split('|').includes('');
  let matches = emptyMatches.get(pattern);
  if (matches === undefined) {
    matches = plainRegex(pattern)?.test('') ?? re2().RE2JS.compile(`^(?s:${pattern})$`).matches('');
    remember(emptyMatches, pattern, matches);
  }
  return matches;
}

/**
 * Plain characters, `.`, `|`, groups and `* + ?` (lazy or not), as most matcher regexes are
 * (`5..`, `api|web.*`, `(prod|stage)-.+`). In this subset a pattern JavaScript's engine compiles
 * in `u` mode is one Go compiles too (both refuse a repetition of nothing or of a repetition and
 * an unbalanced group), and both match the same strings. Classes, escapes, braces, anchors and
 * `(?` flags or groups are left to re2js; so is any pattern JavaScript refuses, for Go's words.
 * The length bound keeps nesting far below Go's limit of 1000.
 */
const PLAIN = /^[\w\-:/ .,=@%#!<>"'&;~|()*+?]{0,256}$/;

const plains = new Map<string, RegExp | null>();

/**
 * The pattern anchored as Prometheus anchors it, when it is plain and valid; undefined otherwise.
 * Remembered: a rule's prepare step, the check and the empty-match question all ask it.
 */
function plainRegex(pattern: string): RegExp | undefined {
  let plain = plains.get(pattern);
  if (plain === undefined) {
    plain = compilePlain(pattern) ?? null;
    remember(plains, pattern, plain);
  }
  return plain ?? undefined;
}

function compilePlain(pattern: string): RegExp | undefined {
  if (!PLAIN.test(pattern) || pattern.includes('(?')) return undefined;
  try {
    // Valid on its own first: `a)|(b` is refused by Go, though `^(?:a)|(b)$` would compile.
    new RegExp(pattern, 'u');
    return new RegExp(`^(?:${pattern})$`, 'su');
  } catch {
    return undefined;
  }
}

/** Whether Go's verdict on the pattern needs re2js (it is not plain, or JavaScript refuses it). */
export function needsGoRegexp(pattern: string): boolean {
  return isParsedAsRegex(pattern) && plainRegex(pattern) === undefined;
}

function remember<T>(cache: Map<string, T>, pattern: string, value: T): void {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(pattern, value);
}

function compileError(pattern: string): string | undefined {
  const { RE2JS, RE2JSSyntaxException } = re2();
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (e) {
    if (!(e instanceof RE2JSSyntaxException)) throw e;
    // Go allows a group name twice (re2js does not): check the expression with the names made unique.
    if (e.error === 'duplicate capture group name') return compileError(uniqueGroupNames(pattern));
    return describe(e.error, e.input ?? '');
  }
}

function describe(code: string, piece: string): string {
  const part = piece ? ` \`${piece}\`` : '';
  switch (code) {
    case 'invalid or unsupported Perl syntax':
      return /^\(\?<?[=!]/.test(piece) ? `look-arounds such as${part} are not supported by Go's RE2 syntax` : `${part.trim()} is not supported by Go's RE2 syntax`;
    case 'invalid escape sequence':
      return /^\\[1-9]/.test(piece) ? `back-references such as${part} are not supported by Go's RE2 syntax` : `${part.trim()} is not a valid escape sequence`;
    case 'invalid named capture':
      if (/^\(\?<[=!]/.test(piece)) return `look-arounds such as \`${piece.slice(0, 4)}\` are not supported by Go's RE2 syntax`;
      return `${part.trim()} is not a valid group name (letters, digits and \`_\` only)`;
    case 'missing closing )':
      return 'a `(` is never closed';
    case 'unexpected )':
      return 'a `)` has no matching `(`';
    case 'missing closing ]':
      return `the character class${part} is never closed`;
    case 'invalid character class range':
      return `${part.trim()} is not a valid character range`;
    case 'invalid character class':
      return `${part.trim()} is not a valid character class`;
    case 'missing argument to repetition operator':
      return `${part.trim()} repeats nothing`;
    case 'invalid nested repetition operator':
      return `${part.trim()} repeats a repetition`;
    case 'invalid repeat count':
      return `${part.trim()} is not a valid repeat count (at most 1000, and the minimum not above the maximum)`;
    case 'trailing backslash at end of expression':
      return 'it ends with a lone `\\`';
    case 'expression nests too deeply':
      return 'it nests more than 1000 levels deep';
    case 'expression too large':
      return 'it is too large for Go to compile';
    default:
      return code;
  }
}

/**
 * The expression with every valid group name replaced by a fresh one. Names only appear right
 * after `(?P<` or `(?<`, outside character classes and `\Q...\E` quotes.
 */
function uniqueGroupNames(pattern: string): string {
  let out = '';
  let counter = 0;
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (pattern[i + 1] === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const stop = end === -1 ? pattern.length : end + 2;
        out += pattern.slice(i, stop);
        i = stop;
      } else {
        out += pattern.slice(i, i + 2);
        i += 2;
      }
    } else if (ch === '[') {
      const stop = classEnd(pattern, i);
      out += pattern.slice(i, stop);
      i = stop;
    } else {
      const named = /^\(\?P?<(\w+)>/.exec(pattern.slice(i, i + 300));
      if (named) {
        out += `${named[0].slice(0, named[0].indexOf('<') + 1)}obslint${counter++}>`;
        i += named[0].length;
      } else {
        out += ch;
        i++;
      }
    }
  }
  return out;
}

/** The offset just past the character class opening at `start` (Go's rules: `[]a]` and `[^]a]` hold a `]`). */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  while (i < pattern.length && pattern[i] !== ']') {
    if (pattern[i] === '\\') i++;
    else if (pattern.startsWith('[:', i)) {
      const close = pattern.indexOf(':]', i + 2);
      if (close !== -1) i = close + 1;
    }
    i++;
  }
  return i + 1;
}
