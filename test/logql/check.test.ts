import { beforeAll, describe, expect, it } from 'vitest';
import { checkLogql, loadLogqlRegexEngine, MAX_QUERY_BYTES, needsRegexEngine } from '../../src/logql/check.js';
import { ACCEPTED, LOKI_ACCEPTED, REFUSED } from './cases.js';

function problems(expr: string): [number, number, string][] {
  return checkLogql(expr).map((p) => [p.start, p.end, p.message]);
}

beforeAll(loadLogqlRegexEngine);

describe('checkLogql', () => {
  it.each(LOKI_ACCEPTED)("accepts Loki's own test expression %j", (expr) => {
    expect(problems(expr)).toEqual([]);
  });

  it.each(ACCEPTED)('accepts %j, where lezer alone would not', (expr) => {
    expect(problems(expr)).toEqual([]);
  });

  it.each(REFUSED.map((c) => [c.expr, c] as const))('refuses %j', (_, c) => {
    expect(c.problems.length).toBeGreaterThan(0);
    expect(problems(c.expr)).toEqual(c.problems);
  });

  it('reports every independent problem after parsing, in the order of the text', () => {
    expect(problems('sum(3, count_over_time({a!="b"}[5m])) or 1')).toEqual([
      [4, 5, '`sum` takes no parameter, only the expression to aggregate.'],
      [23, 31, '`{a!="b"}` would select every stream: Loki needs at least one matcher that cannot match an empty value, such as `app="api"` or `app=~".+"`.'],
      [41, 42, '`or` works on sets of series; `1` is a plain number.'],
    ]);
  });

  it('stops at the first syntax error, as Loki does', () => {
    expect(problems('rat({a!="b"}[5m]) + ')).toEqual([[0, 3, '`rat` is not a LogQL function.']]);
  });

  it('finds a problem in a multi-line expression at its offset', () => {
    const expr = 'sum by (app) (\n  count_over_time({app="api"} |= "error" [5m])\n)\n/\nsum by (app) (count_over_time({app=~".*"}[5m]))';
    const start = expr.indexOf('{app=~');
    expect(problems(expr)).toEqual([[start, start + 11, expect.stringMatching(/would select every stream/)]]);
  });

  it('says which expressions need the regex engine', () => {
    expect(['{a=~"x"}', '{a="x"} != "y" !~ "z"', '{a="x"} | regexp "(?P<a>.)"', 'label_replace(vector(1), "a", "b", "c", "d")'].map(needsRegexEngine)).toEqual([true, true, true, true]);
    expect(needsRegexEngine('count_over_time({a="x"} |= "y" [5m])')).toBe(false);
  });
});

describe('expressions of any length and depth', () => {
  const term = 'count_over_time({app="api"}[1m])';
  const chain = (n: number) => Array.from({ length: n }, () => term).join(' + ');

  it.each([
    ['100 additions', chain(100)],
    ['100 nested brackets', `${'('.repeat(100)}${term}${')'.repeat(100)}`],
    ['100 nested sums', `${'sum('.repeat(100)}${term}${')'.repeat(100)}`],
    ['500 line filters', `{app="api"}${' |= "x"'.repeat(500)}`],
  ])('accepts %s', (_, expr) => {
    expect(checkLogql(expr)).toEqual([]);
  });

  // lezer's parser forces its way out past 300 reductions at one start and cuts its stack at
  // 2,800 levels; Loki's parser has no such limit below its 128 KiB size limit.
  it.each([
    ['1,000 additions', chain(1_000)],
    ['3,000 nested brackets', `${'('.repeat(3_000)}${term}${')'.repeat(3_000)}`],
    ['2,000 line filters', `{app="api"}${' |= "x"'.repeat(2_000)}`],
  ])('says that %s are too large to check, rather than wrong', (_, expr) => {
    expect(problems(expr)).toEqual([[0, expr.length, 'This expression is too large to check: it nests or chains more deeply than the LogQL grammar obslint uses can follow.']]);
  });

  it("refuses what Loki refuses for its size, counted in bytes", () => {
    const filler = 'é'.repeat(MAX_QUERY_BYTES / 2);
    const expr = `{app="${filler}"}`;
    expect(problems(expr)).toEqual([[0, expr.length, `This query is ${MAX_QUERY_BYTES + 8} bytes long; Loki refuses queries of 131072 bytes or more.`]]);
  });
});
