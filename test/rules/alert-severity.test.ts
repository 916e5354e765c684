import { ruleTester, yaml } from '../rule-tester.js';

const rule = (labels: string) => `groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n${labels}`;

ruleTester('alert-severity', {
  valid: [
    rule('        labels: { severity: critical }\n'),
    { name: 'from the group labels', code: 'groups:\n  - name: g\n    labels: { severity: warning }\n    rules:\n      - alert: A\n        expr: up == 0\n' },
    { name: 'a templated severity is filled in when the alert fires', code: rule('        labels: { severity: "{{ $labels.severity }}" }\n') },
    { name: 'another label and allowed list', code: rule('        labels: { priority: P2 }\n'), options: { label: 'priority', allowed: ['P1', 'P2'] } },
    { name: 'recording rules have none', code: 'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: up\n' },
  ],
  invalid: [
    {
      name: 'no labels at all: at the alert',
      code: rule(''),
      errors: [{ line: 4, column: 9, message: 'Alert `A` has no severity: add a `severity` label (`critical`, `warning` or `info`).' }],
    },
    {
      name: 'labels without severity: at `labels`',
      code: rule('        labels:\n          team: api\n'),
      errors: [{ line: 6, column: 9, endColumn: 15 }],
    },
    {
      name: 'a value nobody routes: at the value',
      code: rule('        labels:\n          severity: sev1\n'),
      errors: [{ line: 7, column: 21, message: 'Alert `A` has severity `sev1`, which is not one of `critical`, `warning` or `info`.' }],
    },
    {
      name: 'an empty value',
      code: yaml`
        groups:
          - name: g
            rules:
              - alert: A
                expr: up == 0
                labels:
                  severity: ""
      `,
      errors: [{ line: 6, column: 9, message: /has no severity/ }],
    },
  ],
});
