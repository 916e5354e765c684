import { describe, expect, it, vi } from 'vitest';
import { FUNCTIONS } from '../../src/promql/functions.js';
import { outputLabels, type OutputLabels } from '../../src/promql/labels.js';
import { CASES } from './labels-cases.js';

const open = (known: OutputLabels['known']): OutputLabels => ({ known, open: true });
const closed = (known: OutputLabels['known']): OutputLabels => ({ known, open: false });

describe('outputLabels', () => {
  // toStrictEqual: a label listed with an unknown value is not the same as a label not listed.
  it.each(CASES.map((c) => [c.expr.replace(/\s+/g, ' '), c] as const))('%s', (_, c) => {
    expect(outputLabels(c.expr)).toStrictEqual(c.labels);
  });
});

/** What each function of functions.ts makes of the labels of `x{job="api"}`, given as its vector or range argument. */
const KEEPS = open({ job: 'api' });
const NO_LABELS = closed({});
const FUNCTION_LABELS: Record<string, OutputLabels> = {
  ...Object.fromEntries(
    [
      'abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'avg_over_time', 'ceil', 'changes', 'clamp', 'clamp_max', 'clamp_min',
      'cos', 'cosh', 'count_over_time', 'day_of_month', 'day_of_week', 'day_of_year', 'days_in_month', 'deg', 'delta', 'deriv',
      'double_exponential_smoothing', 'exp', 'first_over_time', 'floor', 'histogram_avg', 'histogram_count', 'histogram_stddev',
      'histogram_stdvar', 'histogram_sum', 'hour', 'idelta', 'increase', 'irate', 'last_over_time', 'ln', 'log10', 'log2',
      'mad_over_time', 'max_over_time', 'min_over_time', 'minute', 'month', 'predict_linear', 'present_over_time',
      'quantile_over_time', 'rad', 'rate', 'resets', 'round', 'sgn', 'sin', 'sinh', 'sort', 'sort_by_label', 'sort_by_label_desc',
      'sort_desc', 'sqrt', 'start_timestamp', 'stddev_over_time', 'stdvar_over_time', 'sum_over_time', 'tan', 'tanh', 'timestamp',
      'ts_of_first_over_time', 'ts_of_last_over_time', 'ts_of_max_over_time', 'ts_of_min_over_time', 'year',
    ].map((name) => [name, KEEPS]),
  ),
  // Scalars, and a vector made of one.
  ...Object.fromEntries(['end', 'max_of', 'min_of', 'pi', 'range', 'scalar', 'start', 'step', 'time', 'vector'].map((name) => [name, NO_LABELS])),
  absent: closed({ job: 'api' }),
  absent_over_time: closed({ job: 'api' }),
  histogram_fraction: open({ job: 'api', le: '' }),
  histogram_quantile: open({ job: 'api', le: '' }),
  histogram_quantiles: open({ dst: undefined, job: 'api', le: '' }),
  // The label filter `x{job="api"}` names `job`, which the series already have.
  info: KEEPS,
  label_join: open({ dst: undefined, job: 'api' }),
  label_replace: open({ dst: undefined, job: 'api' }),
};

const SAMPLE_ARGUMENTS = { vector: 'x{job="api"}', matrix: 'x{job="api"}[5m]', scalar: '1', string: '"dst"' };

describe('every function of Prometheus', () => {
  it('is classified', () => {
    expect(Object.keys(FUNCTION_LABELS).sort()).toEqual([...FUNCTIONS.keys()].sort());
  });

  it.each([...FUNCTIONS].map(([name, fn]) => [`${name}(${fn.args.map((type) => SAMPLE_ARGUMENTS[type]).join(', ')})`, name] as const))(
    '%s',
    (call, name) => {
      expect(outputLabels(call)).toStrictEqual(FUNCTION_LABELS[name]);
    },
  );
});

describe('expressions of any depth and length', () => {
  it.each([
    ['49,999 nested brackets', `${'('.repeat(49_999)}up{job="api"}${')'.repeat(49_999)}`, open({ job: 'api' })],
    ['5,000 nested aggregations', `${'sum by (job) ('.repeat(5_000)}up${')'.repeat(5_000)}`, closed({ job: undefined })],
    ['10,000 `and` terms', Array.from({ length: 10_000 }, (_, i) => `up{l${i % 7}="v"}`).join(' and '), open(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`l${i}`, 'v'])))],
    // Beyond 100 labels in one result, anything is possible (this keeps the work linear).
    ['a grouping by 101 labels', `sum by (${Array.from({ length: 101 }, (_, i) => `l${i}`).join(', ')}) (up)`, open({})],
    ['a grouping by 100 labels', `sum by (${Array.from({ length: 100 }, (_, i) => `l${i}`).join(', ')}) (up)`, closed(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`l${i}`, undefined])))],
  ])('%s', (_, expr, labels) => {
    expect(outputLabels(expr)).toStrictEqual(labels);
  });
});

describe('without the RE2 engine', () => {
  it('answers for regex matchers, valid or not', async () => {
    vi.resetModules();
    const check = await import('../../src/promql/check.js');
    const labels = await import('../../src/promql/labels.js');
    // The modules loaded afresh have no engine: the checker cannot check a regex.
    expect(() => check.checkPromql('up{job=~"a[0-9]"}', { names: 'utf8' })).toThrow('the regex engine is not loaded');
    // A plain regex (characters, `.`, groups, `* + ?`) is checked without it.
    expect(check.checkPromql('up{job=~"(api|web).*"}', { names: 'utf8' })).toStrictEqual([]);
    expect(check.needsRegexEngine('up{job=~"(api|web).*", code!~"5.."}')).toBe(false);
    expect(check.needsRegexEngine('up{job=~"a[0-9]"}')).toBe(true);
    expect(labels.outputLabels('up{job=~"a.*", instance!~"(b"}')).toStrictEqual(open({ instance: undefined, job: undefined }));
  });
});
