import { describe, expect, it } from 'vitest';
import { checkPromql, MAX_CHECKED_LENGTH } from '../../src/promql/check.js';
import { ACCEPTED, NAMES, REFUSED, type Case } from './cases.js';

function problems({ expr, names = 'utf8' }: Case): [number, number, string][] {
  return checkPromql(expr, { names }).map((p) => [p.start, p.end, p.message]);
}

describe('checkPromql', () => {
  it.each(ACCEPTED.map((c) => [c.expr, c] as const))('accepts %j', (_, c) => {
    expect(problems(c)).toEqual([]);
  });

  it.each(REFUSED.map((c) => [c.expr, c] as const))('refuses %j', (_, c) => {
    expect(c.problems.length).toBeGreaterThan(0);
    expect(problems(c)).toEqual(c.problems);
  });

  it.each(NAMES.map((c) => [`${c.expr} (${c.names})`, c] as const))('names: %s', (_, c) => {
    expect(problems(c)).toEqual(c.problems);
  });

  it('reports every independent problem, in the order of the text', () => {
    expect(problems({ expr: 'rate(foo) + holt_winters(x[5m], 1, 1) + {}', problems: [] })).toEqual([
      [5, 8, '`rate` needs a range vector (such as `foo[5m]`) as its argument, not an instant vector.'],
      [12, 24, '`holt_winters` is not a PromQL function.'],
      [40, 42, 'This selector would select every series: give a metric name or a matcher that cannot match an empty value, such as `job=~".+"`.'],
    ]);
  });

  it('does not report the consequences of a mistake again', () => {
    // The unknown function has no known type, so neither `rate` nor `+` complain about it.
    expect(problems({ expr: 'rate(ratez(x)) + 1', problems: [] })).toEqual([[5, 10, '`ratez` is not a PromQL function.']]);
    // A range on a call is reported once, not again by the `sum` around it.
    expect(problems({ expr: 'sum(rate(x[5m])[5m])', problems: [] })).toEqual([
      [15, 19, 'A range (`[5m]`) only follows a metric selector such as `foo`; to range over an expression use a subquery, such as `[5m:1m]`.'],
    ]);
  });

  it('takes the selector of `info` as a label filter', () => {
    // Experimental, but not also "selects every series".
    expect(problems({ expr: 'info(up, {k=~".*"})', problems: [] })).toEqual([
      [0, 4, '`info` is an experimental function: Prometheus refuses it unless started with `--enable-feature=promql-experimental-functions`.'],
    ]);
  });
});

describe('expressions of any length and depth', () => {
  const chain = (n: number, op: string) => Array.from({ length: n }, () => 'up').join(` ${op} `);
  const nested = (n: number) => `${'('.repeat(n)}up${')'.repeat(n)}`;

  it.each([
    ['552 additions', chain(552, '+')],
    ['600 `or` terms', chain(600, 'or')],
    ['5,000 right-associative powers', chain(5_000, '^')],
    ['2,799 nested brackets', nested(2_799)],
    ['10,000 nested brackets', nested(10_000)],
    ['49,999 nested brackets', nested(49_999)],
    ['5,000 nested aggregations', `${'sum('.repeat(5_000)}up${')'.repeat(5_000)}`],
    ['30,000 signs', `${'-'.repeat(30_000)}up`],
  ])('accepts %s', (_, expr) => {
    expect(checkPromql(expr, { names: 'utf8' })).toEqual([]);
  });

  it('finds a mistake at the far end of a long chain', () => {
    const expr = `${chain(5_000, '+')} + rate(up)`;
    expect(checkPromql(expr, { names: 'utf8' })).toEqual([
      { start: expr.length - 3, end: expr.length - 1, message: '`rate` needs a range vector (such as `foo[5m]`) as its argument, not an instant vector.' },
    ]);
  });

  it('says plainly when an expression is too large to check', () => {
    const expr = chain(MAX_CHECKED_LENGTH / 5 + 1, '+');
    expect(checkPromql(expr, { names: 'utf8' })).toEqual([
      { start: 0, end: expr.length, message: `This expression is too large to check (${expr.length} characters; obslint checks up to ${MAX_CHECKED_LENGTH}).` },
    ]);
  });

  it('takes time in proportion to the size', () => {
    // The fastest of many runs, small and large in turn, is stable enough to compare even on a
    // busy machine. The bound is generous: 20x the input in at most 120x the time (linear runs
    // measure 20x to 50x, garbage collection included), where a quadratic step would take 400x.
    const time = (expr: string) => {
      const started = performance.now();
      checkPromql(expr, { names: 'utf8' });
      return performance.now() - started;
    };
    const shapes: ((n: number) => string)[] = [
      (n) => Array.from({ length: n }, () => 'up').join('+'),
      (n) => Array.from({ length: n }, () => 'up').join('^'),
      nested,
      (n) => `${'ln('.repeat(n)}up${')'.repeat(n)}`,
    ];
    for (const shape of shapes) {
      const [small, large] = [shape(1_000), shape(20_000)];
      let [fastestSmall, fastestLarge] = [Infinity, Infinity];
      for (let run = 0; run < 15; run++) {
        fastestSmall = Math.min(fastestSmall, time(small));
        fastestLarge = Math.min(fastestLarge, time(large));
      }
      expect(fastestLarge / Math.max(fastestSmall, 0.02)).toBeLessThan(120);
    }
  });
});
