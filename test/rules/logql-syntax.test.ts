import { ruleTester, yaml } from '../rule-tester.js';

const rule = (expr: string) => `groups:\n  - name: g\n    rules:\n      - record: x\n        expr: ${expr}\n`;
const LOKI = { kinds: [{ files: 'loki/**', kind: 'loki-rules' }] };

ruleTester('logql-syntax', {
  valid: [
    rule('sum by (app) (count_over_time({app="api"} |= "error" [5m])) > 0'),
    rule("sum by (status) (count_over_time({job=\"api\"} | json | status >= 500 [5m]))"),
    { name: 'PromQL is left to promql-syntax', code: rule('rate(foo)') },
    { name: 'a Loki rule file whose expressions read as PromQL too', file: 'loki/rules.yml', config: LOKI, code: rule('absent_over_time({job="x"}[1m])') },
  ],
  invalid: [
    {
      name: 'a range aggregation without its range',
      code: rule('sum(count_over_time({app="api"} |= "error"))'),
      errors: [{ line: 5, column: 57, endColumn: 58, message: 'Invalid LogQL: `count_over_time` needs a range after its log query, as in `count_over_time({app="api"}[5m])`.' }],
    },
    {
      name: 'a selector that selects every stream, in a file selected as Loki rules',
      file: 'loki/rules.yml',
      config: LOKI,
      code: rule('rate({app=~".*"}[5m])'),
      errors: [{ line: 5, column: 20, endColumn: 31, message: /would select every stream/ }],
    },
    {
      name: 'on the second line of a `|` block',
      code: yaml`
        groups:
          - name: g
            rules:
              - alert: A
                expr: |
                  sum by (app) (
                    sum_over_time({app="api"} | logfmt | latency > 1s [5m])
                  ) > 10
      `,
      errors: [{ line: 7, column: 13, endColumn: 26, message: /`sum_over_time` aggregates a value taken from the logs/ }],
    },
  ],
});
