import { ruleTester, yaml } from '../rule-tester.js';

ruleTester('alert-owner', {
  valid: [
    { name: 'team label', code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: up == 0
              labels:
                team: payments
    ` },
    { name: 'owner label', code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: up == 0
              labels: { owner: payments }
    ` },
    { name: 'recording rules need no owner', code: yaml`
      groups:
        - name: api
          rules:
            - record: job:up:sum
              expr: sum by (job) (up)
    ` },
    { name: 'owner from the group labels', code: yaml`
      groups:
        - name: api
          labels:
            team: payments
          rules:
            - alert: HighErrorRate
              expr: up == 0
    ` },
    { name: 'owner through a merge key', code: yaml`
      groups:
        - name: api
          rules:
            - alert: First
              expr: up == 0
              labels: &owned
                team: payments
            - alert: Second
              expr: up == 0
              labels:
                <<: *owned
                severity: page
    ` },
    { name: 'configured label keys', options: { labels: ['squad'] }, code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: up == 0
              labels:
                squad: checkout
    ` },
    { name: 'PrometheusRule resource', code: yaml`
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: api
      spec:
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  team: payments
    ` },
  ],
  invalid: [
    {
      name: 'no labels at all: points at the alert',
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
      `,
      errors: [{ line: 4, column: 9, message: 'Alert `HighErrorRate` has no owner: add a label naming its team (`owner` or `team`).' }],
    },
    {
      name: 'labels without an owner: points at `labels`',
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  severity: page
      `,
      errors: [{ line: 6, column: 9, endLine: 6, endColumn: 15 }],
    },
    {
      name: 'empty owner label: points at the value',
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  team: ""
      `,
      errors: [{ line: 7, column: 17, message: 'Alert `HighErrorRate` has an empty `team` label, so it names no owner.' }],
    },
    {
      name: 'a label that is not configured does not count',
      options: { labels: ['squad'] },
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  team: payments
      `,
      errors: [{ line: 6, column: 9, message: /\(`squad`\)/ }],
    },
    {
      name: 'every alert of every document',
      code: yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: { name: a }
        spec:
          groups:
            - name: a
              rules:
                - alert: A
                  expr: up == 0
        ---
        groups:
          - name: b
            rules:
              - alert: B
                expr: up == 0
      `,
      errors: [
        { line: 8, column: 11 },
        { line: 14, column: 9 },
      ],
    },
  ],
});
