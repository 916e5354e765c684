import { describe, expect, it } from 'vitest';
import { compileAnchoredGoRegexp, isValidGoRegexp } from '../../src/alertmanager/go-regexp.js';
import { hostPortProblem, httpUrlProblem, modelDurationMs, truthy, urlParseProblem } from '../../src/alertmanager/go-values.js';

describe('isValidGoRegexp (RE2 syntax through a JavaScript RegExp)', () => {
  it.each(['team-(B|C)', '\\d+', '(?i)foo', '(?P<name>a)', '(?<name>a)', 'a{2,5}', 'a{', '\\_', '[[:alpha:]]+', '\\pL+', '\\p{Greek}', '^*', '\\Qa.b\\E', '[^\\S]', '[]a]', '\\x{1F600}', '[\\d-z]', '(?s:.)', '(?i-s)x', ''])(
    'accepts %s',
    (source) => {
      expect(isValidGoRegexp(source)).toBeUndefined();
    },
  );

  it.each([
    ['[a-', 'missing closing ]: `[a-`'],
    ['(?=x)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['(?!x)', 'invalid or unsupported Perl syntax: `(?!`'],
    ['a**', 'invalid nested repetition operator: `*`'],
    ['x{2}{3}', 'invalid nested repetition operator: `{3}`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['a{5,2}', 'invalid repeat count: `{5,2}`'],
    ['(a)\\1', 'invalid escape sequence: `\\1`'],
    ['\\C', 'invalid escape sequence: `\\C`'],
    ['\\p{Foo}', 'invalid character class range: `\\p{Foo}`'],
    ['[[:foo:]]', 'invalid character class range: `[:foo:]`'],
    ['[z-a]', 'invalid character class range: `z-a`'],
    ['(?P<a>x)(?P<a>y)', 'duplicate capture group name: `(?P<a>`'],
    [')', 'unexpected ): `)`'],
    ['(', 'missing closing ): `(`'],
    ['*a', 'missing argument to repetition operator: `*`'],
    ['a\\', 'trailing backslash at end of expression'],
  ])('refuses %s: %s', (source, error) => {
    expect(isValidGoRegexp(source)).toBe(error);
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
  ])('/%s/ on %j matches: %s', (source, text, expected) => {
    expect(compileAnchoredGoRegexp(source)!.test(text)).toBe(expected);
  });
});

describe('Go values', () => {
  it.each([
    ['https://hooks.slack.com/services/T/B/X', undefined],
    ['HTTP://example.org:8080/path?q=1#f', undefined],
    ['https://[::1]:9093/', undefined],
    ['https://user:p%40ss@example.org', undefined],
    ['', 'it has no `http://` or `https://` scheme'],
    ['events.pagerduty.com/v2', 'it has no `http://` or `https://` scheme'],
    ['ftp://example.org', 'its scheme `ftp` is not `http` or `https`'],
    ['http:example.org', 'it has no host'],
    ['https://', 'it has no host'],
    ['http://host:port/', 'its port is not a number'],
    ['http://exa mple.org', 'its host contains ` `'],
    ['http://example.org/%zz', 'it has an invalid escape `%zz`'],
    ['http://ex%41mple.org', 'its host has an escaped ASCII character `%41`'],
    ['http://example.org/\u0007', 'it contains a control character'],
    ['http://a[b]c.org', 'its host has `[` or `]` outside an IPv6 address'],
  ])('httpUrlProblem(%j) is %j', (url, problem) => {
    expect(httpUrlProblem(url)).toBe(problem);
  });

  it('url.Parse alone takes URLs without a scheme, but not a colon in the first segment', () => {
    expect([urlParseProblem('proxy.example.org'), urlParseProblem('a:b/c'), urlParseProblem('1a:b')]).toEqual([undefined, undefined, 'its first path segment contains a colon']);
  });

  it.each([
    ['smtp.example.org:587', undefined],
    ['[::1]:25', undefined],
    [':25', undefined],
    ['smtp.example.org', 'it has no port (write `host:port`, such as `smtp.example.org:587`)'],
    ['smtp.example.org:', 'its port is empty'],
    ['::1:25', 'it has too many colons (write an IPv6 address as `[address]:port`)'],
    ['[::1]', 'it has no port (write `[address]:port`)'],
    ['[::1', 'it has `[` without `]`'],
  ])('hostPortProblem(%j) is %j', (address, problem) => {
    expect(hostPortProblem(address)).toBe(problem);
  });

  it.each<[unknown, number | undefined]>([
    ['0', 0],
    [0, 0],
    ['0s', 0],
    ['1h30m', 5_400_000],
    ['1w', 604_800_000],
    ['90s', 90_000],
    ['1m1h', undefined],
    ['1.5h', undefined],
    ['30', undefined],
  ])('modelDurationMs(%j) is %j', (value, ms) => {
    expect(modelDurationMs(value)).toBe(ms);
  });

  it('reads YAML 1.1 booleans as Go does', () => {
    expect([true, 'yes', 'on', 'Y', false, 'no', 'off', 'maybe', 1].map(truthy)).toEqual([true, true, true, true, false, false, false, false, false]);
  });
});
