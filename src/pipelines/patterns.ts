/**
 * Vector's input patterns, matched in time bounded by the sizes of
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
