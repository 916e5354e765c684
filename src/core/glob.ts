/**
 * Glob matching for `include`, `exclude`, `kinds:` and path arguments, in time bounded by the
 * sizes of the pattern and the path. Glob libraries compile to a regular expression, where a
 * pattern such as `*a*a*a*a*a*a*ab.yml` backtracks exponentially on a long file name (45 s and
 * more); a config file in a pull request must not be able to hang the runner.
 *
 * Syntax, as picomatch with `dot: true` reads the common cases: `**` as a whole segment (any
 * number of folders), `*` and `?` within a segment (never `/`), `[abc]`, `[a-z]`, `[!a]`,
 * `{a,b}` alternatives (nested too), `\` escapes, and a leading `!` for "not". Not read:
 * `{1..3}` ranges, `[[:alpha:]]` classes and `+(a|b)` extglobs (the differences from
 * picomatch are listed in its tests).
 */

import { shown } from './text.js';

/** More alternatives than this from `{...}` is a mistake, not a glob. */
const MAX_ALTERNATIVES = 1024;

export class GlobError extends Error {}

type Token = { type: 'char'; ch: string } | { type: 'any' } | { type: 'star' } | { type: 'class'; negated: boolean; ranges: [string, string][] };

/** A pattern segment: `**`, or tokens matched against one path segment. */
type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

interface Compiled {
  negated: boolean;
  alternatives: Segment[][];
}

/** One matcher for a list of patterns: a path matches when some pattern matches it. */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.map(compile);
  return (path) => {
    const segments = path.split('/');
    return compiled.some((c) => c.alternatives.some((alt) => matchSegments(alt, segments)) !== c.negated);
  };
}

function compile(pattern: string): Compiled {
  let negated = false;
  let body = pattern;
  while (body.startsWith('!')) {
    negated = !negated;
    body = body.slice(1);
  }
  body = body.replace(/^\.\//, '');
  return { negated, alternatives: expandBraces(body).map((p) => p.split('/').map(compileSegment)) };
}

/** `a/{b,c{d,e}}/f` → `a/b/f`, `a/cd/f`, `a/ce/f`. */
export function expandBraces(pattern: string): string[] {
  // Counted first: expanding brace by brace goes as deep as there are braces (`{a,b}` × 20,000).
  if (countExpansions(pattern) > MAX_ALTERNATIVES) throw new GlobError(`\`${shown(pattern)}\` expands to more than ${MAX_ALTERNATIVES} patterns.`);
  return expand(pattern);
}

function expand(pattern: string): string[] {
  const brace = findBrace(pattern);
  if (!brace) return [pattern];
  const { start, end, parts } = brace;
  return parts.flatMap((part) => expand(pattern.slice(0, start) + part + pattern.slice(end + 1)));
}

/**
 * How many patterns `expand` makes, in one pass: a `{...}` with a top-level comma is the sum of
 * its parts, anything in sequence the product. Braces never closed, and their commas, are text.
 */
function countExpansions(pattern: string): number {
  // For each open brace: the sum and the product of its parts read so far, and the part being read.
  const open: { sum: number; product: number; part: number; commas: boolean }[] = [];
  let count = 1;
  const multiply = (by: number) => {
    const enclosing = open.at(-1);
    if (enclosing) enclosing.part *= by;
    else count *= by;
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const brace = open.at(-1);
    if (ch === '\\') i++;
    else if (ch === '{') open.push({ sum: 0, product: 1, part: 1, commas: false });
    else if (ch === ',' && brace) {
      brace.sum += brace.part;
      brace.product *= brace.part;
      brace.part = 1;
      brace.commas = true;
    } else if (ch === '}' && brace) {
      open.pop();
      multiply(brace.commas ? brace.sum + brace.part : brace.part);
    }
  }
  while (open.length > 0) {
    const unclosed = open.pop()!;
    multiply(unclosed.product * unclosed.part);
  }
  return count;
}

/**
 * The first `{...}` holding a top-level comma, with its comma-separated parts. One pass pairs
 * the braces on a stack: scanning on from each `{` to its `}` is quadratic when they are never
 * closed (a `{` × 40,000 took 9 s).
 */
function findBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  const open: { start: number; commas: number[] }[] = [];
  let first: { start: number; end: number; commas: number[] } | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '{') open.push({ start: i, commas: [] });
    else if (ch === ',') open.at(-1)?.commas.push(i);
    else if (ch === '}') {
      const brace = open.pop();
      // An outer brace closes after the braces inside it: keep the one that opens first.
      if (brace && brace.commas.length > 0 && (!first || brace.start < first.start)) first = { ...brace, end: i };
    }
  }
  if (!first) return undefined;
  const cuts = [first.start, ...first.commas, first.end];
  return { start: first.start, end: first.end, parts: cuts.slice(1).map((cut, k) => pattern.slice(cuts[k] + 1, cut)) };
}

function compileSegment(segment: string): Segment {
  if (segment === '**') return { globstar: true };
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '\\' && i + 1 < segment.length) tokens.push({ type: 'char', ch: segment[++i] });
    else if (ch === '*') {
      // `a**b` is `a*b`: consecutive stars are one.
      if (tokens[tokens.length - 1]?.type !== 'star') tokens.push({ type: 'star' });
    } else if (ch === '?') tokens.push({ type: 'any' });
    else if (ch === '[') {
      const parsed = parseClass(segment, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ type: 'char', ch });
    } else tokens.push({ type: 'char', ch });
  }
  return { globstar: false, tokens };
}

/** `[abc]`, `[a-z]`, `[!x]` / `[^x]` starting at `start`; undefined when never closed (then `[` is literal). */
function parseClass(segment: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < segment.length; i++) {
    let ch = segment[i];
    if (ch === ']' && !first) return { token: { type: 'class', negated, ranges }, end: i };
    first = false;
    if (ch === '\\' && i + 1 < segment.length) ch = segment[++i];
    if (segment[i + 1] === '-' && segment[i + 2] !== undefined && segment[i + 2] !== ']') {
      ranges.push([ch, segment[i + 2]]);
      i += 2;
    } else ranges.push([ch, ch]);
  }
  return undefined;
}

function tokenMatches(token: Token, ch: string): boolean {
  switch (token.type) {
    case 'char':
      return token.ch === ch;
    case 'any':
      return true;
    case 'class':
      return token.ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== token.negated;
    case 'star':
      return true;
  }
}

/**
 * One segment against its tokens: the classic wildcard algorithm that remembers only the last
 * star, so the time is at most the product of the two lengths, never exponential.
 */
function matchSegment(tokens: Token[], text: string): boolean {
  // As picomatch: a leading star needs a character, and never takes `.` or `..` (as `**` never does).
  if (tokens[0]?.type === 'star' && (text === '' || text === '.' || text === '..')) return false;
  let t = 0;
  let s = 0;
  let starToken = -1;
  let starText = 0;
  while (s < text.length) {
    const token = tokens[t];
    if (token !== undefined && token.type === 'star') {
      starToken = t++;
      starText = s;
    } else if (token !== undefined && tokenMatches(token, text[s])) {
      t++;
      s++;
    } else if (starToken !== -1) {
      t = starToken + 1;
      s = ++starText;
    } else return false;
  }
  while (tokens[t]?.type === 'star') t++;
  return t === tokens.length;
}

/** Pattern segments against path segments, `**` standing for any number of them; memoized, so polynomial. */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  const memo = new Map<number, boolean>();
  const match = (p: number, s: number): boolean => {
    const key = p * (path.length + 1) + s;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (p === pattern.length) result = s === path.length;
    else {
      const segment = pattern[p];
      if (segment.globstar) {
        // Zero segments, or one more (never `.` or `..`), then the rest.
        result = match(p + 1, s) || (s < path.length && path[s] !== '.' && path[s] !== '..' && match(p, s + 1));
      } else result = s < path.length && matchSegment(segment.tokens, path[s]) && match(p + 1, s + 1);
    }
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}
