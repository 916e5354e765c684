import type { Path } from '../core/locate.js';
import { goRegexpError } from '../promql/regex.js';
import { isMapping, list, present, text } from './go-values.js';
import { formatMatcher, type Matcher, parseMatchers } from './matchers.js';
import type { Issues } from './types.js';

/** Label names Alertmanager checks with the classic rule (`match`, `match_re` keys). */
export const CLASSIC_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Checks a `matchers:` list (routes, inhibition rules) as Alertmanager's fallback mode reads it
 * and returns the matchers it ends up with.
 */
export function checkMatchersList(value: unknown, path: Path, issues: Issues): Matcher[] {
  const matchers: Matcher[] = [];
  list(value).forEach((entry, i) => {
    const parsed = parseMatchers(text(entry));
    for (const { id, start, end, message, help, severity } of parsed.problems) {
      const more = { valueSpan: { start, end }, ...(severity ? { severity } : {}) };
      issues.error(id, [...path, i], message, help, more);
    }
    matchers.push(...parsed.matchers);
  });
  return matchers;
}

/**
 * Checks a deprecated `match` / `match_re` map (`source_match`, `target_match_re`, ...) and
 * warns with the `matchers:` that replaces it. Returns the matchers it stands for.
 */
export function checkMatchMap(container: Record<string, unknown>, key: string, regexp: boolean, path: Path, issues: Issues): Matcher[] {
  const map = container[key];
  if (!isMapping(map)) return [];
  const matchers: Matcher[] = [];
  let valid = true;
  for (const [name, raw] of Object.entries(map)) {
    if (!CLASSIC_LABEL_NAME.test(name)) {
      valid = false;
      issues.error('label-name', [...path, key, name], `\`${name}\` is not a valid label name for \`${key}\`.`, 'Use letters, digits and `_`, not starting with a digit; `matchers:` also takes other names in double quotes.', { target: 'key' });
    }
    if (regexp && !present(raw)) {
      valid = false;
      issues.error('bad-regexp', [...path, key, name], `\`${name}\` in \`${key}\` has no regular expression.`, 'Write a regular expression, or remove the entry.');
      continue;
    }
    const value = text(raw);
    const problem = regexp ? goRegexpError(value) : undefined;
    if (problem !== undefined) {
      valid = false;
      issues.error('bad-regexp', [...path, key, name], `\`${value}\` is not a valid regular expression: ${problem}.`, 'Regular expressions use Go (RE2) syntax: no look-arounds or back-references.');
      continue;
    }
    matchers.push({ name, type: regexp ? '=~' : '=', value });
  }
  if (valid && matchers.length > 0) {
    const replacement = key.replace(/match(_re)?$/, 'matchers');
    const entries = matchers.map((m) => `'${formatMatcher(m).replace(/'/g, "''")}'`).join(', ');
    issues.warning('deprecated-match', [...path, key], `\`${key}\` is deprecated.`, `Use \`${replacement}: [${entries}]\` instead.`, { target: 'key' });
  }
  return matchers;
}

/** Label names in `group_by` and `equal`: Alertmanager's fallback mode takes any non-empty UTF-8 name. */
export function checkLabelNames(value: unknown, path: Path, issues: Issues, what: string): string[] {
  const names: string[] = [];
  list(value).forEach((entry, i) => {
    const name = text(entry);
    if (name === '') issues.error('label-name', [...path, i], `An empty label name in \`${what}\`.`, 'Write a label name, or remove the entry.');
    names.push(name);
  });
  return names;
}
