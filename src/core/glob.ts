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
  return { negated, alternatives: expandBraces(body).map((p) => oneGlobstarPerRun(p.split('/').map(compileSegment))) };
}

/** `**\/**` matches what `**` matches: one per run keeps the positions a path can be at few. */
function oneGlobstarPerRun(segments: Segment[]): Segment[] {
  return segments.filter((segment, i) => !(segment.globstar && segments[i - 1]?.globstar));
}

/** `a/{b,c{d,e}}/f` → `a/b/f`, `a/cd/f`, `a/ce/f`. */
export function expandBraces(pattern: string): string[] {
  const braces = findBraces(pattern);
  const tooMany = (what: string) => new GlobError(`\`${shown(pattern)}\` expands to more than ${what}.`);
  if (braces.size > MAX_ALTERNATIVES) throw tooMany(`${MAX_ALTERNATIVES} patterns`);
  const results = expandRange(pattern, braces, 0, pattern.length, tooMany);
  if (results.reduce((sum, p) => sum + p.length, 0) > MAX_EXPANDED_LENGTH) throw tooMany('a megabyte of patterns');
  return results;
}

/** What 1024 alternatives of a long pattern could make: gigabytes, from a config of one megabyte. */
const MAX_EXPANDED_LENGTH = 1024 * 1024;

/** A `{...}` with a top-level comma: where its parts are cut (the `{`, each comma, the `}`). */
type Brace = number[];

/**
 * Every `{...}` holding a top-level comma, by the offset of its `{`, in one pass with a stack.
 * A brace never closed, or closed without a comma, is text (what is inside it still expands).
 */
function findBraces(pattern: string): Map<number, Brace> {
  const braces = new Map<number, Brace>();
  const open: Brace[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '{') open.push([i]);
    else if (ch === ',' && open.length > 0) open[open.length - 1].push(i);
    else if (ch === '}' && open.length > 0) {
      const cuts = open.pop()!;
      if (cuts.length > 1) braces.set(cuts[0], [...cuts, i]);
    }
  }
  return braces;
}

/** The expansions of `pattern[from, to)`; recursion only into braces, which are at most MAX_ALTERNATIVES. */
function expandRange(pattern: string, braces: Map<number, Brace>, from: number, to: number, tooMany: (what: string) => GlobError): string[] {
  let results = [''];
  let text = from;
  const append = (options: string[]) => {
    results = results.flatMap((head) => options.map((tail) => head + tail));
    if (results.length > MAX_ALTERNATIVES) throw tooMany(`${MAX_ALTERNATIVES} patterns`);
  };
  for (let i = from; i < to; i++) {
    if (pattern[i] === '\\') {
      i++;
      continue;
    }
    const cuts = braces.get(i);
    if (cuts === undefined) continue;
    append([pattern.slice(text, i)]);
    append(cuts.slice(1).flatMap((cut, k) => expandRange(pattern, braces, cuts[k] + 1, cut, tooMany)));
    i = cuts[cuts.length - 1];
    text = i + 1;
  }
  append([pattern.slice(text, to)]);
  return results;
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

/**
 * Pattern segments against path segments, `**` standing for any number of them. The pattern is
 * run as a set of positions over the path, one path segment at a time: time is the product of
 * the two lengths and nothing recurses, so `**\/` written 30,000 times cannot overflow the stack.
 */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  let positions = withSkippedGlobstars(pattern, [0]);
  for (const part of path) {
    const next: number[] = [];
    for (const p of positions) {
      const segment = pattern[p];
      if (segment === undefined) continue;
      // `**` takes one more segment (never `.` or `..`) and stays; a plain segment must match and moves on.
      if (segment.globstar) {
        if (part !== '.' && part !== '..') next.push(p);
      } else if (matchSegment(segment.tokens, part)) next.push(p + 1);
    }
    if (next.length === 0) return false;
    positions = withSkippedGlobstars(pattern, next);
  }
  return positions.includes(pattern.length);
}

/** The positions, and every position reached from one by letting `**` match zero segments, without repeats. */
function withSkippedGlobstars(pattern: Segment[], positions: number[]): number[] {
  const reached = new Set<number>();
  for (const start of positions) {
    for (let p = start; !reached.has(p); p++) {
      reached.add(p);
      if (!(pattern[p] as Segment | undefined)?.globstar) break;
    }
  }
  return [...reached];
}
