import type * as Re2js from 're2js';
import { loadRegexEngine, regexError } from '../promql/regex.js';

/**
 * Regular expressions in LogQL are Go's RE2, as in PromQL (`src/promql/regex.ts` checks them).
 * The `regexp` parser also needs the capture groups, so this module keeps its own handle on
 * re2js, loaded with the shared engine.
 */
let engine: typeof Re2js | undefined;

export async function loadLogqlRegexEngine(): Promise<void> {
  await loadRegexEngine();
  engine ??= await import('re2js');
}

/** Whether checking `text` needs the regex engine: a regex matcher, a `regexp` parser or `label_replace`. */
export function needsRegexEngine(text: string): boolean {
  return /=~|!~|regexp|label_replace/i.test(text);
}

/**
 * Why Loki's `regexp` parser (`log.NewRegexpParser`) refuses an expression, or undefined: it
 * must compile, and name each group it extracts, each name once.
 */
export function regexpParserError(pattern: string): string | undefined {
  if (!engine) throw new Error('the regex engine is not loaded: await loadLogqlRegexEngine() first');
  const { RE2JS, RE2JSSyntaxException } = engine;
  let names: Record<string, number>;
  try {
    names = RE2JS.compile(pattern).namedGroups();
  } catch (e) {
    if (!(e instanceof RE2JSSyntaxException)) throw e;
    // Go compiles a name used twice; Loki then refuses it as a label extracted twice.
    if (e.error === 'duplicate capture group name') return `the group name \`${e.input}\` is used twice`;
    return regexError(pattern) ?? e.error;
  }
  if (Object.keys(names).length === 0) return 'it has no named group such as `(?P<status>\\d+)`, so it extracts nothing';
  return undefined;
}
