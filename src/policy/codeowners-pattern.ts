/**
 * CODEOWNERS patterns as GitHub matches them: .gitignore rules without `!` negation and
 * without `[...]` classes (the parser refuses both), and with GitHub's own reading of a final
 * `*` segment: `docs/*` owns the files directly in `docs/`, not those further down.
 *
 * Matching walks pattern segments against path segments with memoization and matches one
 * segment with the classic last-star wildcard loop, so the time is bounded by the product of
 * the sizes, never exponential (the approach of `src/engine/glob.ts`; its syntax differs).
 */

type Token = { type: 'char'; ch: string } | { type: 'any' } | { type: 'star' };

/** `**` stands for any number of folders (zero or more); a token list matches one segment. */
type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

const GLOBSTAR: Segment = { globstar: true };
/** A whole segment of any name: with `**` after it, "one or more segments". */
const ANY_SEGMENT: Segment = { globstar: false, tokens: [{ type: 'star' }] };

/** Takes a path split on `/`, so a path is split once for all the rules it is matched against. */
export type PathMatcher = (segments: readonly string[]) => boolean;

/**
 * Compiles a pattern already checked by the parser (escapes are kept in it: `\#`, `\ `, `\[`).
 * - A leading `/`, or a `/` inside, anchors the pattern at the repository root; a pattern of
 *   one segment matches at any depth.
 * - A trailing `/` matches what is inside a folder of that name, not a file of that name.
 * - Otherwise the pattern matches a file, or a folder and everything under it, except that a
 *   final segment of a lone `*` matches names at that level only.
 */
export function compilePattern(pattern: string): PathMatcher {
  const rawSegments = splitSegments(pattern);
  const leadingSlash = rawSegments.length > 1 && rawSegments[0].length === 0;
  const trailingSlash = rawSegments.length > 1 && rawSegments[rawSegments.length - 1].length === 0;
  const inner = rawSegments.slice(leadingSlash ? 1 : 0, trailingSlash ? -1 : undefined);
  const segments = inner.map(compileSegment);
  // `/` alone never matches (the parser reports it); `//` and the like have empty segments.
  if (segments.length === 0 || inner.some((s) => s.length === 0)) return () => false;

  const anchored = leadingSlash || segments.length > 1;
  if (!anchored && !segments[0].globstar) segments.unshift(GLOBSTAR);

  const last = segments[segments.length - 1];
  if (trailingSlash || last.globstar) {
    // `foo/` and `foo/**`: at least one segment under `foo`.
    if (last.globstar) segments.pop();
    segments.push(ANY_SEGMENT, GLOBSTAR);
  } else if (!isLoneStar(last)) segments.push(GLOBSTAR);

  return (path) => matchSegments(segments, path);
}

function isLoneStar(segment: Segment): boolean {
  return !segment.globstar && segment.tokens.length === 1 && segment.tokens[0].type === 'star';
}

/** Splits on `/` that is not escaped; escapes stay in the pieces. */
function splitSegments(pattern: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '/') {
      segments.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(pattern.slice(start));
  return segments;
}

function compileSegment(segment: string): Segment {
  if (segment === '**') return GLOBSTAR;
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '\\' && i + 1 < segment.length) tokens.push({ type: 'char', ch: segment[++i] });
    else if (ch === '*') {
      // `a**b` is `a*b`: consecutive stars within a segment are one.
      if (tokens[tokens.length - 1]?.type !== 'star') tokens.push({ type: 'star' });
    } else if (ch === '?') tokens.push({ type: 'any' });
    else tokens.push({ type: 'char', ch });
  }
  return { globstar: false, tokens };
}

/** One path segment against its tokens, remembering only the last star: O(tokens × text). */
function matchSegment(tokens: Token[], text: string): boolean {
  let t = 0;
  let s = 0;
  let starToken = -1;
  let starText = 0;
  while (s < text.length) {
    const token = tokens[t];
    if (token?.type === 'star') {
      starToken = t++;
      starText = s;
    } else if (token !== undefined && (token.type === 'any' || token.ch === text[s])) {
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
 * Pattern segments against path segments. The segments before the first `**` match one for
 * one, which settles most rules at once; the rest is memoized on (pattern index, path index).
 */
function matchSegments(pattern: Segment[], path: readonly string[]): boolean {
  let first = 0;
  for (; first < pattern.length; first++) {
    const segment = pattern[first];
    if (segment.globstar) break;
    if (first >= path.length || !matchSegment(segment.tokens, path[first])) return false;
  }
  if (first === pattern.length) return first === path.length;
  // 0: not known yet, 1: no, 2: yes.
  const memo = new Uint8Array((pattern.length + 1) * (path.length + 1));
  const match = (p: number, s: number): boolean => {
    const key = p * (path.length + 1) + s;
    if (memo[key] !== 0) return memo[key] === 2;
    let result: boolean;
    if (p === pattern.length) result = s === path.length;
    else {
      const segment = pattern[p];
      if (segment.globstar) result = match(p + 1, s) || (s < path.length && match(p, s + 1));
      else result = s < path.length && matchSegment(segment.tokens, path[s]) && match(p + 1, s + 1);
    }
    memo[key] = result ? 2 : 1;
    return result;
  };
  return match(first, first);
}
