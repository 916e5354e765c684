import { ruleTester, yaml } from '../rule-tester.js';

const rule = (expr: string) => `groups:\n  - name: g\n    rules:\n      - record: x\n        expr: ${expr}\n`;

ruleTester('promql-syntax', {
  valid: [
    rule('sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) > 0'),
    rule('histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))'),
    rule('up offset 5m @ 100'),
    rule('x[5m:1m]'),
    rule('10'),
    { name: 'a PromQL string containing a bracket', code: rule(`'"a string with ( in it"'`) },
    { name: 'a `|` block', code: yaml`
      groups:
        - name: g
          rules:
            - alert: A
              expr: |
                sum(rate(errors_total[5m]))
                  /
                sum(rate(requests_total[5m])) > 0.05  # comment with (
    ` },
    { name: 'LogQL-looking but valid PromQL in a Loki ruler', code: rule('absent_over_time({job="x"}[1m])') },
    { name: 'LogQL with a line filter is left to Loki', code: rule('sum(rate({app="foo"} |= "error" [5m])) by (job) > 0.05') },
    { name: 'LogQL with a parser stage', code: rule("sum by (status) (count_over_time({job=\"api\"} | json | status >= 500 [5m]))") },
    { name: 'LogQL with a negative line filter', code: rule('count_over_time({app="foo"} != "debug" [1m]) > 0') },
  ],
  invalid: [
    { name: 'PromQL `!=` after a selector is still PromQL', code: rule('up{job="a"} != 0 +'), errors: [{ line: 5, column: 32, message: /ends too early/ }] },
    { name: 'unknown function', code: rule('rat(foo[5m])'), errors: [{ line: 5, column: 15, endColumn: 18, message: 'Invalid PromQL: `rat` is not a PromQL function.' }] },
    { name: 'unclosed bracket', code: rule('sum(rate(foo[5m])'), errors: [{ line: 5, column: 18, message: 'Invalid PromQL: `(` is never closed.' }] },
    { name: 'stray closing bracket', code: rule('sum(up))'), errors: [{ line: 5, column: 22, message: 'Invalid PromQL: `)` has no matching opening bracket.' }] },
    { name: 'mismatched brackets', code: rule('sum(up{job="a")}'), errors: [{ line: 5, column: 29, message: 'Invalid PromQL: `)` does not close `{`, which expects `}`.' }] },
    { name: 'unexpected token', code: rule('sum(rate(foo[5m]) by (job))'), errors: [{ line: 5, column: 33, message: 'Invalid PromQL: Unexpected `by`.' }] },
    { name: 'an unclosed string', code: rule(`'rate(x{status="ok}[5m])'`), errors: [{ line: 5, column: 30, message: 'Invalid PromQL: The string starting with `"` is never closed.' }] },
    { name: '`on` without brackets', code: rule('a and on job b'), errors: [{ line: 5, column: 24, message: 'Invalid PromQL: `on` takes a list of labels in brackets, such as `on (job)`.' }] },
    { name: 'ends too early', code: rule('up +'), errors: [{ line: 5, column: 18, message: /ends too early/ }] },
    {
      name: 'inside a `|` block, on its second line',
      code: yaml`
        groups:
          - name: g
            rules:
              - alert: A
                expr: |
                  sum(rate(errors_total[5m]))
                    / sum(rat(requests_total[5m])) > 0.05
      `,
      errors: [{ line: 7, column: 19, endColumn: 22, message: 'Invalid PromQL: `rat` is not a PromQL function.' }],
    },
    {
      name: 'inside a `>` folded block',
      code: yaml`
        groups:
          - name: g
            rules:
              - alert: A
                expr: >
                  sum(rate(errors_total[5m]))
                  > bool sum(rate(requests_total[5m]) by (job))
      `,
      errors: [{ line: 7, column: 47, message: 'Invalid PromQL: Unexpected `by`.' }],
    },
    {
      name: 'inside a double-quoted string with escapes',
      code: 'groups:\n  - name: g\n    rules:\n      - record: x\n        expr: "up{job=\\"a\\"} +"\n',
      errors: [{ line: 5, column: 30, message: /ends too early/ }],
    },
    {
      name: 'after \\n, \\x and \\u escapes in a double-quoted string',
      code: 'groups:\n  - name: g\n    rules:\n      - record: x\n        expr: "up{job=\\"\\x61pi\\"} + \\u0072ate(x[5m])\\n  + rat(y)"\n',
      errors: [{ line: 5, column: 59, endColumn: 62, message: 'Invalid PromQL: `rat` is not a PromQL function.' }],
    },
    {
      name: 'after an escaped line break',
      code: 'groups:\n  - name: g\n    rules:\n      - record: x\n        expr: "up + \\\n          rat(y)"\n',
      errors: [{ line: 6, column: 11 }],
    },
    {
      name: 'a plain scalar over two lines',
      code: 'groups:\n  - name: g\n    rules:\n      - record: x\n        expr: sum(up)\n          + rat(up[5m])\n',
      errors: [{ line: 6, column: 13 }],
    },
  ],
});
