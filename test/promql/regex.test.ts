import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { anchoredMatcher, goRegexpError, needsGoRegexp, regexMatchesEmpty } from '../../src/promql/regex.js';

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

// Plain patterns are judged by JavaScript's engine, without loading re2js: the two must agree on
// every one of them. Random patterns over the plain alphabet, weighted to the characters that
// make or break one (a seeded generator: the same 20,000 on every run).
describe('plain patterns, checked without re2js', () => {
  const ALPHABET = ['a', 'b', '5', '-', '.', '.', '|', '|', '(', '(', ')', ')', '*', '*', '+', '?', '?', ' ', '_', ':'];
  const random = (seed: number) => () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const next = random(7);
  const patterns = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + Math.floor(next() * 10) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''));

  it('agrees with Go (re2js) on validity and on matching the empty string, for all 20,000', () => {
    let plainValid = 0;
    const disagreements: string[] = [];
    for (const pattern of patterns) {
      if (needsGoRegexp(pattern)) continue;
      plainValid++;
      let goValid = true;
      try {
        RE2JS.compile(pattern);
      } catch {
        goValid = false;
      }
      if (!goValid) disagreements.push(`${pattern}: Go refuses it`);
      else if (regexMatchesEmpty(pattern) !== RE2JS.compile(`^(?s:${pattern})$`).matches('')) disagreements.push(`${pattern}: empty match differs`);
    }
    expect(disagreements).toStrictEqual([]);
    // The fast path is taken often enough to matter, and not for everything.
    expect(plainValid).toBeGreaterThan(2_000);
    expect(plainValid).toBeLessThan(patterns.length);
  });

  it.each(['5..', 'api|web.*', '(prod|stage)-.+', 'a*?', '()*', 'x|', '.+:9090'])('takes %s as plain', (pattern) => {
    expect(needsGoRegexp(pattern)).toBe(false);
  });

  it.each(['a[0-9]', '^a', 'a$', '\\d', 'a{2}', '(?i)a', 'a)|(b', 'a**', '*', 'é.*', 'a'.repeat(300) + '.'])('leaves %s to re2js', (pattern) => {
    expect(needsGoRegexp(pattern)).toBe(true);
  });
});
