import { ruleTester, yaml } from '../rule-tester.js';

ruleTester('duplicate-rule', {
  valid: [
    { name: 'same name, different labels', code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: rate(errors[5m]) > 1
              labels: { severity: warning }
            - alert: HighErrorRate
              expr: rate(errors[5m]) > 10
              labels: { severity: critical }
    ` },
    { name: 'an alert and a recording rule may share a name', code: yaml`
      groups:
        - name: api
          rules:
            - record: up_total
              expr: sum(up)
            - alert: up_total
              expr: up_total == 0
    ` },
  ],
  invalid: [
    {
      name: 'the same alert twice, across groups',
      code: yaml`
        groups:
          - name: a
            rules:
              - alert: HighErrorRate
                expr: rate(errors[5m]) > 1
                labels: { severity: warning, team: api }
          - name: b
            rules:
              - alert: HighErrorRate
                expr: rate(errors[5m]) > 2
                labels: { team: api, severity: warning }
      `,
      errors: [{ line: 9, column: 9, message: 'Alert `HighErrorRate` with the same labels is already defined at line 4.' }],
    },
    {
      name: 'the same recording rule three times',
      code: yaml`
        groups:
          - name: a
            rules:
              - record: job:up:sum
                expr: sum by (job) (up)
              - expr: sum by (job) (up)
                record: job:up:sum
              - record: job:up:sum
                expr: sum by (job) (up)
      `,
      errors: [
        { line: 6, column: 9, message: 'Recording rule `job:up:sum` is already defined at line 4.' },
        { line: 8, column: 9 },
      ],
    },
  ],
});
