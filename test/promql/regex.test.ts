import { describe, expect, it } from 'vitest';
import { anchoredMatcher, goRegexpError } from '../../src/promql/regex.js';

describe('Go regular expressions (RE2), as Prometheus and Alertmanager compile them', () => {
  it.each(['team-(B|C)', '\\d+', '(?i)foo', '(?P<name>a)', '(?<name>a)', 'a{2,5}', 'a{', '\\_', '[[:alpha:]]+', '\\pL+', '\\p{Greek}', '^*', '\\Qa.b\\E', '[^\\S]', '[]a]', '\\x{1F600}', '[\\d-z]', '(?s:.)', '(?i-s)x', '', '(?P<a>x)(?P<a>y)'])(
    'accepts %s',
    (source) => {
      expect(goRegexpError(source)).toBeUndefined();
    },
  );

  it.each([
    ['[a-', 'the character class `[a-` is never closed'],
    ['(?=x)', "look-arounds such as `(?=` are not supported by Go's RE2 syntax"],
    ['(?!x)', "look-arounds such as `(?!` are not supported by Go's RE2 syntax"],
    ['a**', '`**` repeats a repetition'],
    ['x{2}{3}', '`{2}{3}` repeats a repetition'],
    ['a{1001}', '`{1001}` is not a valid repeat count (at most 1000, and the minimum not above the maximum)'],
    ['a{5,2}', '`{5,2}` is not a valid repeat count (at most 1000, and the minimum not above the maximum)'],
    ['(a)\\1', "back-references such as `\\1` are not supported by Go's RE2 syntax"],
    ['\\C', '`\\C` is not a valid escape sequence'],
    ['\\p{Foo}', '`\\p{Foo}` is not a valid character range'],
    ['[[:foo:]]', '`[:foo:]` is not a valid character range'],
    ['[z-a]', '`z-a` is not a valid character range'],
    [')', 'a `)` has no matching `(`'],
    ['(', 'a `(` is never closed'],
    ['*a', '`*` repeats nothing'],
    ['a\\', 'it ends with a lone `\\`'],
  ])('refuses %s: %s', (source, error) => {
    expect(goRegexpError(source)).toBe(error);
  });

  it.each<[string, string, boolean]>([
    ['.*', 'a\nb', false],
    ['(?s).*', 'a\nb', true],
    ['(?i)foo', 'FOO', true],
    ['\\s', '\u00a0', false],
    ['[[:digit:]]+', '2026', true],
    ['a\\z', 'a', true],
    ['\\Qa.b\\E', 'axb', false],
    ['prod|staging', 'production', false],
    ['(?P<a>x)(?P<a>y)', 'xy', true],
  ])('anchored /%s/ on %j matches: %s', (source, text, expected) => {
    expect(anchoredMatcher(source)!(text)).toBe(expected);
  });
});
