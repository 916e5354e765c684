/**
 * The two pattern languages references are written in, matched in time bounded by the sizes of
 * pattern and text (a table, no backtracking: a config in a pull request must not hang the run).
 */

/** Real names and patterns are short; a match that would cost more counts as a match, so nothing is reported on it. */
const MAX_CELLS = 1_000_000;

/**
 * Rust's `glob::Pattern::matches`, as Vector expands `inputs`: `*` (any text, `.` included),
 * `?` (one character), `[abc]`, `[a-z]` and `[!a]`. A pattern the crate refuses (an unclosed
 * `[`) is not a pattern: Vector keeps it as a plain name. Undefined for such a pattern.
 */
export function rustGlobMatches(pattern: string, text: string): boolean | undefined {
  const tokens = rustGlobTokens(pattern);
  if (!tokens) return undefined;
  const chars = [...text];
  if (tokens.length * chars.length > MAX_CELLS) return true;
  // reach[j]: the tokens read so far can match the first j characters.
  let reach = [true, ...chars.map(() => false)];
  for (const token of tokens) {
    const next = chars.map(() => false);
    next.push(false);
    for (let j = 0; j <= chars.length; j++) {
      if (token.type === 'star') next[j] = reach[j] || (j > 0 && next[j - 1]);
      else if (j > 0 && reach[j - 1]) next[j] = token.type === 'any' || token.test(chars[j - 1]);
    }
    reach = next;
  }
  return reach[chars.length];
}

type GlobToken = { type: 'star' } | { type: 'any' } | { type: 'char'; test: (ch: string) => boolean };

function rustGlobTokens(pattern: string): GlobToken[] | undefined {
  const chars = [...pattern];
  const tokens: GlobToken[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') {
      if (tokens.at(-1)?.type !== 'star') tokens.push({ type: 'star' });
    } else if (ch === '?') tokens.push({ type: 'any' });
    else if (ch === '[') {
      // `]` right after `[` or `[!` is a member, as in the crate.
      const negated = chars[i + 1] === '!';
      let j = i + (negated ? 2 : 1);
      const ranges: [string, string][] = [];
      for (let first = true; j < chars.length && (first || chars[j] !== ']'); first = false) {
        if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
          ranges.push([chars[j], chars[j + 2]]);
          j += 3;
        } else ranges.push([chars[j], chars[j++]]);
      }
      if (j >= chars.length) return undefined;
      tokens.push({ type: 'char', test: (c) => ranges.some(([from, to]) => c >= from && c <= to) !== negated });
      i = j;
    } else tokens.push({ type: 'char', test: (c) => c === ch });
  }
  return tokens;
}

/**
 * Whether some tag matches both Fluent Bit patterns (`flb_router_match`: `*` is any text,
 * everything else is itself, case counts): an output's `Match kube.*` and an input's
 * `Tag kube.*` (the `tail` input puts the file's path where its tag has `*`). A pattern
 * without `*` is one tag.
 */
export function patternsOverlap(a: string, b: string): boolean {
  return overlap(starTokens(a), starTokens(b));
}

const STAR = Symbol('star');
type StarToken = string | typeof STAR;

function starTokens(pattern: string): StarToken[] {
  const tokens: StarToken[] = [];
  for (const ch of pattern) {
    if (ch !== '*') tokens.push(ch);
    else if (tokens.at(-1) !== STAR) tokens.push(STAR);
  }
  return tokens;
}

/** Whether one text matches both token lists (a star on either side may take any text). */
function overlap(left: readonly StarToken[], right: readonly StarToken[]): boolean {
  // Most pairs differ before their first star or after their last: no table for those.
  if (!edgesAgree(left, right) || !edgesAgree([...left].reverse(), [...right].reverse())) return false;
  if (left.length * right.length > MAX_CELLS) return true;
  // below[j]: the rests left[i + 1..] and right[j..] can match one text; row[j], the same from left[i..].
  let below: boolean[] = new Array<boolean>(right.length + 1).fill(false);
  let row: boolean[] = new Array<boolean>(right.length + 1).fill(false);
  for (let i = left.length; i >= 0; i--) {
    for (let j = right.length; j >= 0; j--) {
      const l = left[i];
      const r = right[j];
      if (i === left.length && j === right.length) row[j] = true;
      else if (l === STAR) row[j] = below[j] || (j < right.length && row[j + 1]);
      else if (r === STAR) row[j] = row[j + 1] || (i < left.length && below[j]);
      else row[j] = i < left.length && j < right.length && l === r && below[j + 1];
    }
    [below, row] = [row, below];
  }
  return below[0];
}

/** Whether the two lists agree up to the first star of either (or the end of both). */
function edgesAgree(left: readonly StarToken[], right: readonly StarToken[]): boolean {
  for (let k = 0; ; k++) {
    const l = left[k];
    const r = right[k];
    if (l === STAR || r === STAR) return true;
    if (l === undefined || r === undefined) return l === r;
    if (l !== r) return false;
  }
}
