/**
 * A cheap look for one of `keys` written as a key: at the start of a line, or after `{` or `,`
 * (JSON), optionally quoted, then one of `separators`. Blanks are matched only up to the line's
 * end: `\s*` would make a file of blank lines quadratic to scan (50,000 of them took 2 s).
 */
export function keySniff(keys: readonly string[], separators = ':'): RegExp {
  return new RegExp(`(^|[\\n{,])[ \\t]*["']?(${keys.join('|')})["']?[ \\t]*[${separators}]`);
}
