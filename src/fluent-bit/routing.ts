/**
 * How Fluent Bit routes records by tag (src/flb_router.c): a `Match` pattern where `*` stands
 * for any run of characters, and a `Match_Regex` tried at the start of the tag. A tag can be
 * a pattern too, for the parts only known at run time (the file path tail puts for `*`, a
 * variable from the environment): it is written here with `*` for each of them.
 */

/**
 * Whether some tag matches both patterns (a Match pattern, and a tag that may be only known
 * as a pattern); for a tag known in full, whether router_match() matches it. Works through both patterns at once: a `*` on either side may stand for nothing
 * or swallow the other side's next character (or its `*`).
 */
export function patternsOverlap(a: string, b: string): boolean {
  // Most pairs differ before their first `*` or after their last one: no need to walk them.
  if (!fixedEndsAgree(a, b)) return false;
  if (!a.includes('*') && !b.includes('*')) return a === b;
  const width = b.length + 1;
  // Patterns long enough to make this slow are not tags anyone writes: assume they may meet.
  if ((a.length + 1) * width > 1_000_000) return true;
  const reached = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  reached[0] = 1;
  const visit = (i: number, j: number) => {
    const at = i * width + j;
    if (!reached[at]) {
      reached[at] = 1;
      stack.push(at);
    }
  };
  while (stack.length > 0) {
    const at = stack.pop()!;
    const i = Math.floor(at / width);
    const j = at % width;
    if (i === a.length && j === b.length) return true;
    const ca = a[i];
    const cb = b[j];
    if (ca === '*') {
      visit(i + 1, j);
      if (j < b.length) visit(i, j + 1);
    }
    if (cb === '*') {
      visit(i, j + 1);
      if (i < a.length) visit(i + 1, j);
    }
    if (ca !== undefined && cb !== undefined && ca !== '*' && cb !== '*' && ca === cb) visit(i + 1, j + 1);
  }
  return false;
}

/** The text before the first `*` of each agrees (one starts the other), and so does the text after the last. */
function fixedEndsAgree(a: string, b: string): boolean {
  const headA = a.indexOf('*') === -1 ? a : a.slice(0, a.indexOf('*'));
  const headB = b.indexOf('*') === -1 ? b : b.slice(0, b.indexOf('*'));
  if (!(headA.startsWith(headB) || headB.startsWith(headA))) return false;
  if (!a.includes('*') || !b.includes('*')) return true;
  const tailA = a.slice(a.lastIndexOf('*') + 1);
  const tailB = b.slice(b.lastIndexOf('*') + 1);
  return tailA.endsWith(tailB) || tailB.endsWith(tailA);
}

/**
 * Whether a `Match_Regex` may match a tag. Fluent Bit runs Onigmo's onig_match, anchored at
 * the start of the tag; JavaScript's syntax is close enough for the patterns people write. A
 * regex it cannot compile, and a tag only known as a pattern, may match.
 */
export function regexMayMatch(source: string, tag: string): boolean {
  if (tag.includes('*') || !safeToRun(source, tag)) return true;
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${source})`);
  } catch {
    return true;
  }
  return regex.test(tag);
}

/**
 * JavaScript's backtracking engine takes exponential time on a repeated group (`(a|aa)+$`)
 * or a back-reference, and polynomial time in the number of `*` and `+`; a config file must
 * not make a run hang. A regex beyond the simple ones tags are matched with (`^(app|web)\..*`),
 * or a long tag, is not run: it counts as a possible match.
 */
function safeToRun(source: string, tag: string): boolean {
  if (source.length > 256 || tag.length > 256 || /\\[1-9k]/.test(source) || /\)[*+?{]/.test(source)) return false;
  return (source.match(/(?<!\\)[*+]|\{\d*,\}/g) ?? []).length <= 3;
}

/**
 * `${NAME}` replaced by the variable's value when the config sets it; otherwise (the
 * environment decides when Fluent Bit runs) by `*`. `${NAME:-default}` uses the default when
 * the config leaves NAME unset or empty.
 */
export function withVariables(text: string, variables: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
    const [name, fallback] = splitDefault(inner);
    const value = variables.get(name);
    if (value === undefined) return '*';
    return value === '' && fallback !== undefined ? fallback : value;
  });
}

function splitDefault(inner: string): [string, string | undefined] {
  const at = inner.indexOf(':-');
  return at === -1 ? [inner, undefined] : [inner.slice(0, at), inner.slice(at + 2)];
}

/**
 * A tail input's tag: its `*` becomes the file's path, and `<name>` a capture of `Tag_Regex`
 * (the same holds for the inputs that expand `*` alike).
 */
export function inputTagPattern(tag: string): string {
  return tag.replace(/<[^>]*>/g, '*');
}

/**
 * The tag rewrite_tag gives a record (the third value of a `Rule`): `$TAG`, `$TAG[n]`,
 * captures (`$0`..`$9`) and record fields (`$key`, `$key['sub']`) are only known per record.
 */
export function rewrittenTagPattern(tag: string): string {
  return tag.replace(/\$[A-Za-z0-9_]+(\[[^\]]*\])*/g, '*');
}
