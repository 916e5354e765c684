import { ruleTester, yaml } from '../rule-tester.js';

const group = (rules: string) => `groups:\n  - name: g\n    rules:\n${rules}`;

ruleTester('schema', {
  valid: [
    {
      name: 'UTF-8 label, annotation and metric names, as Prometheus 3 takes them by default',
      code: group('      - record: http.requests:rate5m\n        expr: up\n        labels: { app-name: x, "k8s.io/team": y }\n      - alert: A\n        expr: up\n        annotations: { "1summary": x }\n'),
    },
    { name: 'alerting and recording rules with every field', code: yaml`
      groups:
        - name: api
          interval: 30s
          query_offset: 1m
          limit: 10
          labels: { team: api }
          rules:
            - record: job:http_requests:rate5m
              expr: sum by (job) (rate(http_requests_total[5m]))
              labels: { aggregation: job }
            - alert: HighErrorRate
              expr: job:http_requests:rate5m > 100
              for: 1h30m
              keep_firing_for: 5m
              labels: { severity: page, team: api }
              annotations:
                summary: "{{ $labels.job }} is failing"
                runbook_url: https://runbooks.acme.dev/api
    ` },
    { name: 'Thanos and Cortex group fields', code: yaml`
      groups:
        - name: api
          partial_response_strategy: warn
          source_tenants: [team-a]
          evaluation_delay: 1m
          rules: []
    ` },
    { name: 'empty groups and empty rules', code: 'groups:\n  - name: g\n    rules:\n' },
    { name: 'a numeric expression and label value', code: group('      - record: one\n        expr: 1\n        labels: { tier: 2 }\n') },
    { name: 'JSON is YAML too', file: 'rules.json', code: '{"groups": [{"name": "g", "rules": [{"record": "r", "expr": "up"}]}]}' },
    { name: 'zero duration', code: group('      - alert: A\n        expr: up == 0\n        for: "0"\n') },
  ],
  invalid: [
    {
      name: 'missing expr: at the rule mapping',
      code: group('      - alert: A\n        for: 5m\n'),
      errors: [{ line: 4, column: 9, message: '`expr` is required in this rule.' }],
    },
    {
      name: 'neither record nor alert',
      code: group('      - expr: up\n'),
      errors: [{ line: 4, column: 9, message: 'A rule needs `alert` (an alerting rule) or `record` (a recording rule).' }],
    },
    {
      name: 'both record and alert',
      code: group('      - record: r\n        alert: A\n        expr: up\n'),
      errors: [{ line: 5, column: 9, message: '`alert` cannot be set with `record`: a rule is either a recording rule or an alerting rule.' }],
    },
    {
      name: 'for, keep_firing_for and annotations on a recording rule: at each key',
      code: group('      - record: r\n        expr: up\n        for: 5m\n        keep_firing_for: 1m\n        annotations: { a: b }\n'),
      errors: [
        { line: 6, column: 9, endColumn: 12, message: '`for` is not allowed in a recording rule (only alerts wait before firing).' },
        { line: 7, column: 9, message: /keep_firing_for/ },
        { line: 8, column: 9, message: '`annotations` are not allowed in a recording rule (only alerts carry annotations).' },
      ],
    },
    {
      name: 'misspelt key with a suggestion',
      code: group('      - alert: A\n        expr: up\n        anotations: { a: b }\n'),
      errors: [{ line: 6, column: 9, endColumn: 19, message: 'Unknown key `anotations` in this rule. Did you mean `annotations`?' }],
    },
    {
      name: 'unknown group key lists the allowed ones',
      code: 'groups:\n  - name: g\n    concurrency: 2\n    rules: []\n',
      errors: [{ line: 3, column: 5, message: /^Unknown key `concurrency` in this group\. Allowed here: `name`/ }],
    },
    {
      name: 'bad duration',
      code: group('      - alert: A\n        expr: up\n        for: 5 minutes\n'),
      errors: [{ line: 6, column: 14, message: '`for` must be a duration such as `30s`, `5m` or `1h30m` (units ms, s, m, h, d, w, y, largest first).' }],
    },
    { name: 'units out of order', code: group('      - alert: A\n        expr: up\n        for: 5m1h\n'), errors: [{ line: 6, column: 14 }] },
    {
      name: 'a label name Prometheus 2 refuses, under the legacy rules: at the key',
      config: { prometheus: { 'metric-name-validation-scheme': 'legacy' } },
      code: group('      - alert: A\n        expr: up\n        labels:\n          app-name: x\n'),
      errors: [{ line: 7, column: 11, message: '`app-name` is not a valid label name under the legacy name rules: use letters, digits and `_`, not starting with a digit.' }],
    },
    { name: '__name__ is not a label', code: group('      - record: r\n        expr: up\n        labels: { __name__: x }\n'), errors: [{ line: 6, column: 19, message: /^`__name__` is not a valid label name/ }] },
    {
      name: 'an annotation name Prometheus 2 refuses, under the legacy rules',
      config: { prometheus: { 'metric-name-validation-scheme': 'legacy' } },
      code: group('      - alert: A\n        expr: up\n        annotations:\n          1summary: x\n'),
      errors: [{ line: 7, column: 11, message: /^`1summary` is not a valid annotation name under the legacy name rules/ }],
    },
    {
      name: 'a recording rule name Prometheus 2 refuses, under the legacy rules: the name is quoted',
      config: { prometheus: { 'metric-name-validation-scheme': 'legacy' } },
      code: group('      - record: job-errors\n        expr: up\n'),
      errors: [{ line: 4, column: 17, message: '`job-errors` is not a valid metric name under the legacy name rules: use letters, digits, `_` and `:`, not starting with a digit.' }],
    },
    {
      name: 'a group label Prometheus 2 refuses, under the legacy rules',
      config: { prometheus: { 'metric-name-validation-scheme': 'legacy' } },
      code: 'groups:\n  - name: g\n    labels:\n      team.name: x\n    rules: []\n',
      errors: [{ line: 4, column: 7, message: /^`team.name` is not a valid label name under the legacy name rules/ }],
    },
    {
      name: 'braces in a recording rule name, under either rules',
      code: group('      - record: up{job="a"}\n        expr: up\n'),
      errors: [{ line: 4, column: 17, message: 'Recording rule name `up{job="a"}` holds braces; Prometheus refuses it.' }],
    },
    { name: 'an empty label name', code: group('      - alert: A\n        expr: up\n        labels: { "": x }\n'), errors: [{ line: 6, column: 19, message: /^`` is not a valid label name/ }] },
    {
      name: 'label value must be text',
      code: group('      - alert: A\n        expr: up\n        labels:\n          team: [a, b]\n'),
      errors: [{ line: 7, column: 17, message: '`team` must be a plain value (text), not a list or mapping.' }],
    },
    { name: 'empty expr', code: group('      - alert: A\n        expr: ""\n'), errors: [{ line: 5, column: 15, message: '`expr` must be a non-empty PromQL expression.' }] },
    { name: 'missing group name', code: 'groups:\n  - rules: []\n', errors: [{ line: 2, column: 5, message: '`name` is required in this group.' }] },
    { name: 'empty group name', code: 'groups:\n  - name: ""\n    rules: []\n', errors: [{ line: 2, column: 11, message: "`name` must not be empty: every group needs a name." }] },
    {
      name: 'duplicate group name',
      code: 'groups:\n  - name: g\n    rules: []\n  - name: g\n    rules: []\n',
      errors: [{ line: 4, column: 11, message: 'Group name `g` is used twice in this file; Prometheus refuses to load it.' }],
    },
    { name: 'groups must be a list', code: 'groups:\n  name: g\n', errors: [{ line: 2, column: 3, message: '`groups` must be a list or empty.' }] },
    {
      name: 'PrometheusRule: a misplaced key in spec',
      code: yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: { name: x }
        spec:
          rules: []
      `,
      errors: [{ line: 5, column: 3, message: 'Unknown key `rules` in `spec`. Allowed here: `groups`.' }],
    },
    {
      name: 'PrometheusRule: group errors are found under spec.groups',
      code: yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: { name: x }
        spec:
          groups:
            - name: g
              rules:
                - alert: A
                  expr: up
                  for: soon
      `,
      errors: [{ line: 10, column: 16, message: /^`for` must be a duration/ }],
    },
    {
      name: 'an error inherited through a merge key points where it is written',
      code: 'x: &bad\n  alert: A\n  expr: up\n  for: later\ngroups:\n  - name: g\n    rules:\n      - <<: *bad\n',
      errors: [
        { line: 1, column: 1, message: /^Unknown key `x`/ },
        { line: 4, column: 8, message: /^`for` must be a duration/ },
      ],
    },
  ],
});
