import { describe, expect, it } from 'vitest';
import { formatMatcher, type Matcher, matcherMatches, parseClassicMatchers, parseMatchers, parseUtf8Matchers } from '../../src/alertmanager/matchers.js';

const m = (name: string, type: Matcher['type'], value: string): Matcher => ({ name, type, value });

describe('parseMatchers: accepted by both parsers alike', () => {
  it.each<[string, Matcher[]]>([
    ['foo="bar"', [m('foo', '=', 'bar')]],
    ['foo=bar', [m('foo', '=', 'bar')]],
    ['severity = critical', [m('severity', '=', 'critical')]],
    ['{foo="bar", baz!~"qux.*"}', [m('foo', '=', 'bar'), m('baz', '!~', 'qux.*')]],
    ['a=b,', [m('a', '=', 'b')]],
    ['team=~team-(B|C)', [m('team', '=~', 'team-(B|C)')]],
    ['env!="staging",severity=~"warning|info"', [m('env', '!=', 'staging'), m('severity', '=~', 'warning|info')]],
    ['msg="a,b"', [m('msg', '=', 'a,b')]],
    ['foo="🙂"', [m('foo', '=', '🙂')]],
  ])('%s', (input, matchers) => {
    expect(parseMatchers(input)).toEqual({ matchers, problems: [] });
  });
});

describe('parseMatchers: accepted by the UTF-8 parser only (the classic one refuses; no warning)', () => {
  it.each<[string, Matcher[]]>([
    ['"service name"="api"', [m('service name', '=', 'api')]],
    ['föö=bar', [m('föö', '=', 'bar')]],
  ])('%s', (input, matchers) => {
    expect(parseClassicMatchers(input)).toHaveProperty('refusal');
    expect(parseMatchers(input)).toEqual({ matchers, problems: [] });
  });
});

describe('parseMatchers: refused by both parsers', () => {
  it.each([
    ['foo bar=baz', 'bad-matcher', 4, 7, '`foo bar=baz` is not a valid matcher: expected an operator (`=`, `!=`, `=~` or `!~`), not `bar`.'],
    ['severity ~= critical', 'bad-matcher', 9, 10, '`severity ~= critical` is not a valid matcher: `~` cannot appear here (quote values that contain it).'],
    ['a=b,,c=d', 'bad-matcher', 4, 5, '`a=b,,c=d` is not a valid matcher: expected a matcher or `}` after `,`, not `,`.'],
    ['a!b', 'bad-matcher', 1, 3, '`a!b` is not a valid matcher: `!` must be followed by `=` or `~`.'],
    ['a=b"', 'bad-matcher', 3, 4, '`a=b"` is not a valid matcher: a double-quoted string has no closing `"`.'],
    ['foo=~"[a-"', 'bad-regexp', 5, 10, '`foo=~"[a-"` is not a valid matcher: `[a-` is not a valid regular expression (the character class `[a-` is never closed).'],
    ['job=~"(?=x)"', 'bad-regexp', 5, 12, '`job=~"(?=x)"` is not a valid matcher: `(?=x)` is not a valid regular expression (look-arounds such as `(?=` are not supported by Go\'s RE2 syntax).'],
  ])('%s', (input, id, start, end, message) => {
    const { matchers, problems } = parseMatchers(input);
    expect(matchers).toEqual([]);
    expect(problems.map((p) => [p.id, p.start, p.end, p.message, p.severity])).toEqual([[id, start, end, message, undefined]]);
  });
});

describe('parseMatchers: warnings of the fallback mode', () => {
  it.each([
    [
      'foo=',
      [m('foo', '=', '')],
      ['matcher-fallback', 3, 4, "`foo=` is read only by Alertmanager's old matcher parser (the UTF-8 parser says: expected a label value, but the text ends).", 'Write it as `foo=""`, which both parsers read the same way; UTF-8 strict mode refuses the current form.'],
    ],
    [
      'foo=~"\\d+"',
      [m('foo', '=~', '\\d+')],
      ['matcher-fallback', 5, 10, "`foo=~\"\\d+\"` is read only by Alertmanager's old matcher parser (the UTF-8 parser says: \"\\d+\" is not a valid double-quoted string (escape `\"` and `\\` with a backslash)).", 'Write it as `foo=~"\\\\d+"`, which both parsers read the same way; UTF-8 strict mode refuses the current form.'],
    ],
    [
      '{a=b',
      [m('a', '=', 'b')],
      ['matcher-fallback', 3, 4, "`{a=b` is read only by Alertmanager's old matcher parser (the UTF-8 parser says: the opening `{` is never closed).", 'Write it as `a="b"`, which both parsers read the same way; UTF-8 strict mode refuses the current form.'],
    ],
    [
      'foo="a\\tb"',
      [m('foo', '=', 'a\\tb')],
      ['matcher-disagreement', 0, 10, "Alertmanager's two matcher parsers read `foo=\"a\\tb\"` differently: `foo=\"a\\\\tb\"` (used for now) and `foo=\"a\tb\"` (UTF-8 strict mode).", 'Write `foo="a\\\\tb"` to keep today\'s meaning under both parsers.'],
    ],
    ['', [], ['empty-matcher', 0, 1, '`` holds no matcher, so it adds no condition.', 'Remove the empty entry.']],
    ['{}', [], ['empty-matcher', 0, 2, '`{}` holds no matcher, so it adds no condition.', 'Remove the empty entry.']],
  ])('%s', (input, matchers, [id, start, end, message, help]) => {
    expect(parseMatchers(input)).toEqual({ matchers, problems: [{ id, severity: 'warning', start, end, message, help }] });
  });
});

describe('the two parsers on their own', () => {
  it('the UTF-8 parser unquotes Go string escapes and checks the result is UTF-8', () => {
    expect(parseUtf8Matchers('qux="\\xf0\\x9f\\x99\\x82"')).toEqual({ matchers: [m('qux', '=', '🙂')] });
    expect(parseUtf8Matchers('qux="\\xff"')).toMatchObject({ refusal: { start: 4, end: 10 } });
  });

  it('the classic parser keeps a spurious escape and allows `:` in names', () => {
    expect(parseClassicMatchers('a:b="x\\yz"')).toEqual({ matchers: [m('a:b', '=', 'x\\yz')] });
    expect(parseClassicMatchers('a="b\\"c"')).toEqual({ matchers: [m('a', '=', 'b"c')] });
  });
});

describe('formatMatcher and matcherMatches', () => {
  it('prints as Alertmanager does, quoting a name with reserved characters', () => {
    expect([m('foo', '=', 'a"b\n'), m('service name', '!~', 'x')].map(formatMatcher)).toEqual(['foo="a\\"b\\n"', '"service name"!~"x"']);
  });

  it.each<[Matcher, Record<string, string>, boolean]>([
    [m('env', '=', 'prod'), { env: 'prod' }, true],
    [m('env', '!=', 'prod'), {}, true],
    [m('env', '=', ''), {}, true],
    [m('env', '=~', 'prod|staging'), { env: 'staging' }, true],
    [m('env', '=~', 'prod'), { env: 'production' }, false],
    [m('env', '!~', '.+'), {}, true],
    [m('env', '=~', '(?i)PROD'), { env: 'prod' }, true],
    [m('env', '=~', '[[:digit:]]+'), { env: '42' }, true],
  ])('%j on %j is %s', (matcher, labels, expected) => {
    expect(matcherMatches(matcher, labels)).toBe(expected);
  });
});
