import { describe, expect, it } from 'vitest';
import { matchRoutes } from '../../src/alertmanager/route.js';
import { provisionedRoutingTrees } from '../../src/kinds/grafana-policies.js';
import { ruleTester, yaml } from '../rule-tester.js';
import { detectedKinds, extracted, parsed } from './helpers.js';

/** A provisioning file with one group (`Payments/api`) whose rules are `rules` (indented six spaces). */
const file = (rules: string, interval = '1m') =>
  `apiVersion: 1\ngroups:\n  - orgId: 1\n    name: api\n    folder: Payments\n    interval: ${interval}\n    rules:\n${rules}`;

/** One alert rule (lines 8 to 17 of `file`), with `extra` lines (indented eight spaces) from line 18. */
const rule = (extra = '', uid = 'high-errors') => `      - uid: ${uid}
        title: HighErrorRate
        condition: C
        data:
          - refId: A
            datasourceUid: prom
            model: { expr: up }
          - refId: C
            datasourceUid: __expr__
            model: { type: threshold, expression: A }
${extra}`;

describe('grafana-alerting: detection', () => {
  it.each([
    ['rule groups', file(rule()), 'grafana-alerting'],
    ['contact points alone', 'apiVersion: 1\ncontactPoints:\n  - name: email\n', 'grafana-alerting'],
    ['notification policies alone', 'apiVersion: 1\npolicies:\n  - receiver: email\n', 'grafana-alerting'],
    ['a delete list, apiVersion as text', 'apiVersion: "1"\ndeleteRules:\n  - uid: old\n', 'grafana-alerting'],
    ['JSON', '{"apiVersion": 1, "muteTimes": [{"name": "nights"}]}', 'grafana-alerting'],
    ['a data source provisioning file', 'apiVersion: 1\ndatasources:\n  - name: Prometheus\n    type: prometheus\n', null],
    ['a dashboard provisioning file', 'apiVersion: 1\nproviders:\n  - name: default\n', null],
    ['a Prometheus rule file (no apiVersion)', 'groups:\n  - name: g\n    rules: []\n', 'prometheus-rules'],
    ['a Grafana dashboard', '{"title": "API", "panels": [], "schemaVersion": 39}', null],
    ['another apiVersion', 'apiVersion: 2\ngroups: []\n', null],
  ])('%s', async (_name, text, kind) => {
    expect(await detectedKinds(text)).toEqual([kind]);
  });
});

ruleTester('schema', {
  valid: [
    { name: 'a rule with every field', code: file(rule(yaml`
      noDataState: KeepLast
      execErrState: Error
      for: 5m
      keepFiringFor: 2m
      missing_series_evals_to_resolve: 3
      dashboardUid: api-dashboard
      panelId: 4
      isPaused: false
      labels: { team: payments, tier: 1 }
      annotations:
        runbook_url: https://runbooks.acme.dev/high-errors
      notification_settings:
        receiver: payments-pager
        group_by: [alertname]
        group_wait: 30s
        repeat_interval: 4h
        mute_time_intervals: [nights]
    `.replace(/^/gm, '        '))) },
    { name: 'values filled from the environment', code: 'apiVersion: 1\ngroups:\n  - orgId: $ORG_ID\n    name: api\n    folder: Payments\n    interval: ${INTERVAL}\n    rules:\n' + rule('        isPaused: $PAUSED\n        for: $FOR\n', '${RULE_UID}') },
    { name: 'numbers where Grafana reads text', code: file(rule('        for: 0\n', '12345').replace('title: HighErrorRate', 'title: 404')) },
    { name: 'an empty `for` is no wait', code: file(rule('        for: ""\n        noDataState: ""\n')) },
    { name: 'keys Grafana does not read are ignored', code: file(rule('        orgID: 1\n        folderUID: abc\n        updated: "2023-05-23T01:26:57Z"\n')) },
    { name: 'a recording rule', code: file(rule('        record: { metric: "api:errors:rate5m", from: A, targetDatasourceUid: mimir }\n')) },
    { name: 'contact points, policies, mute timings, templates and delete lists', code: yaml`
      apiVersion: 1
      contactPoints:
        - orgId: 1
          name: payments-pager
          receivers:
            - uid: pager-1
              type: pagerduty
              settings: { integrationKey: $PD_KEY }
              disableResolveMessage: false
      policies:
        - orgId: 1
          receiver: payments-pager
          group_by: [grafana_folder, alertname]
          group_wait: 30s
          routes:
            - receiver: payments-pager
              matchers: [team = payments]
              object_matchers: [[severity, =, critical]]
              continue: true
      resetPolicies: [2]
      muteTimes:
        - name: nights
          time_intervals:
            - times: [{ start_time: "22:00", end_time: "24:00" }]
              weekdays: [monday:friday]
      templates:
        - name: summary
          template: '{{ define "summary" }}{{ .CommonLabels.alertname }}{{ end }}'
      deleteRules: [{ uid: old-rule }]
      deleteContactPoints: [{ uid: old-pager }]
      deleteMuteTimes: [{ name: weekends }]
      deleteTemplates: [{ name: old }]
    ` },
    { name: 'JSON is YAML too', file: 'alerting.json', code: JSON.stringify({ apiVersion: 1, groups: [{ name: 'api', folder: 'f', interval: '1m', rules: [{ uid: 'a', title: 'A', condition: 'A', data: [{ refId: 'A', model: {} }] }] }] }) },
  ],
  invalid: [
    {
      name: 'an unknown no-data state',
      code: file(rule('        noDataState: Nodata\n')),
      errors: [{ line: 18, column: 22, message: '`noDataState` must be one of `NoData`, `Alerting`, `OK` or `KeepLast`.' }],
    },
    {
      name: 'a duration Prometheus cannot read',
      code: file(rule('        for: 5 minutes\n')),
      errors: [{ line: 18, column: 14, message: '`for` must be a duration such as `30s`, `5m` or `1h30m` (units ms, s, m, h, d, w, y, largest first).' }],
    },
    {
      name: 'a label Grafana reserves: at the key',
      code: file(rule('        labels:\n          __grafana_receiver__: pager\n')),
      errors: [{ line: 19, column: 11, endColumn: 31, message: "`__grafana_receiver__` is a label Grafana reserves for itself; it refuses a rule that sets it." }],
    },
    {
      name: '`yes` is not a Go boolean',
      code: file(rule('        isPaused: yes\n')),
      errors: [{ line: 18, column: 19, message: '`isPaused` must be true or false.' }],
    },
    {
      name: 'zero missing-series evaluations',
      code: file(rule('        missing_series_evals_to_resolve: 0\n')),
      errors: [{ line: 18, column: 42, message: '`missing_series_evals_to_resolve` must be a whole number of evaluations, 1 or more.' }],
    },
    {
      name: 'a uid with a space',
      code: file(rule('', 'high errors')),
      errors: [{ line: 8, column: 14, message: "`uid` must be 1 to 40 letters, digits, `-` or `_` (Grafana's rule for uids)." }],
    },
    {
      name: 'a title longer than Grafana stores',
      code: file(rule().replace('title: HighErrorRate', `title: ${'x'.repeat(191)}`)),
      errors: [{ line: 9, column: 16, message: "`title` must be 1 to 190 characters (Grafana's database holds no more)." }],
    },
    {
      name: 'a rule without a title: at the rule',
      code: file('      - uid: a\n        condition: A\n        data: [{ refId: A, model: {} }]\n'),
      errors: [{ line: 8, column: 9, message: '`title` is required in this rule.' }],
    },
    {
      name: 'a rule without queries',
      code: file('      - uid: a\n        title: A\n        condition: A\n        data: []\n'),
      errors: [{ line: 11, column: 15, message: '`data` must list at least one query or expression.' }],
    },
    {
      name: 'a group without an interval: at the group',
      code: 'apiVersion: 1\ngroups:\n  - name: api\n    folder: Payments\n    rules: []\n',
      errors: [{ line: 3, column: 5, message: '`interval` is required in this group.' }],
    },
    {
      name: 'an interval without a unit',
      code: file(rule(), '60'),
      errors: [{ line: 6, column: 15, message: '`interval` must be a duration such as `1m` or `5m` (units ms, s, m, h, d, w, y, largest first).' }],
    },
    {
      name: 'an interval that is not a multiple of 10s',
      code: file(rule(), '15s'),
      errors: [{ line: 6, column: 15, message: "Interval `15s` is not a positive multiple of 10s, Grafana's scheduler interval, so Grafana refuses the group." }],
    },
    {
      name: 'a condition no query has',
      code: file(rule().replace('condition: C', 'condition: B')),
      errors: [{ line: 10, column: 20, message: '`B` names no query or expression of this rule (no `data` item has this refId), so Grafana cannot evaluate it.' }],
    },
    {
      name: "a recording rule's `from` no query has",
      code: file(rule('        record: { metric: api_errors, from: Z }\n')),
      errors: [{ line: 18, column: 45, message: /^`Z` names no query or expression of this rule/ }],
    },
    {
      name: 'a uid used twice: at the second',
      code: file(rule() + rule('', 'high-errors').replace('HighErrorRate', 'HighLatency')),
      errors: [{ line: 18, column: 14, message: 'Rule uid `high-errors` is used twice in this file; Grafana keeps only the last rule with this uid.' }],
    },
    {
      name: 'a receiver without settings',
      code: 'apiVersion: 1\ncontactPoints:\n  - name: email\n    receivers:\n      - uid: email-1\n        type: email\n',
      errors: [{ line: 5, column: 9, message: '`settings` is required in this item of `receivers`.' }],
    },
    {
      name: 'a policy tree without a default receiver',
      code: 'apiVersion: 1\npolicies:\n  - orgId: 1\n    group_by: [alertname]\n',
      errors: [{ line: 3, column: 5, message: '`receiver` is required in this item of `policies`.' }],
    },
    {
      name: 'policies are decoded as JSON: `continue` must be a boolean, a matcher triple three texts',
      code: 'apiVersion: 1\npolicies:\n  - receiver: email\n    routes:\n      - receiver: pager\n        continue: "true"\n        object_matchers: [[team, payments]]\n',
      errors: [
        { line: 6, column: 19, message: '`continue` must be true or false.' },
        { line: 7, column: 27, message: 'Item 1 of `object_matchers` must be a list of three texts: label name, operator and value, such as `[team, =, payments]`.' },
      ],
    },
  ],
});

describe('grafana-alerting: extraction', () => {
  it('takes each alert rule with its folder/group, labels, annotations, `for` and its PromQL query', async () => {
    const model = await extracted(file(rule(yaml`
      for: 5m
      labels: { team: payments, tier: 1 }
      annotations: { runbook_url: https://runbooks.acme.dev/high-errors }
    `.replace(/^/gm, '        ')).replace('model: { expr: up }', 'model: { datasource: { type: prometheus, uid: prom }, expr: up == 0 }')));
    expect(model.alerts).toEqual([
      {
        kind: 'grafana-alerting',
        name: 'HighErrorRate',
        site: { doc: 0, path: ['groups', 0, 'rules', 0] },
        group: 'Payments/api',
        labels: { team: 'payments', tier: '1' },
        labelsSite: { doc: 0, path: ['groups', 0, 'rules', 0, 'labels'] },
        annotations: { runbook_url: 'https://runbooks.acme.dev/high-errors' },
        annotationsSite: { doc: 0, path: ['groups', 0, 'rules', 0, 'annotations'] },
        query: { language: 'promql', text: 'up == 0', site: { doc: 0, path: ['groups', 0, 'rules', 0, 'data', 0, 'model', 'expr'] } },
        for: '5m',
      },
    ]);
    expect(model.queries).toHaveLength(1);
  });

  it('emits a query only when its language is certain', async () => {
    const data = yaml`
      - refId: P
        model: { datasource: { type: prometheus }, expr: 'sum(rate(errors_total[5m]))' }
      - refId: L
        model: { datasource: { type: loki }, expr: 'sum(count_over_time({app="api"} |= "error" [5m]))' }
      - refId: NoType
        datasourceUid: prom
        model: { expr: up }
      - refId: Macro
        model: { datasource: { type: prometheus }, expr: 'rate(errors_total[$__rate_interval])' }
      - refId: Other
        model: { datasource: { type: influxdb }, expr: 'SELECT 1' }
      - refId: C
        model: { datasource: { type: __expr__ }, type: math, expression: '$P + $L' }
    `;
    const text = `apiVersion: 1\ngroups:\n  - name: g\n    folder: f\n    interval: 1m\n    rules:\n      - uid: a\n        title: A\n        condition: C\n        data:\n${data.replace(/^/gm, '          ')}`;
    const model = await extracted(text);
    expect(model.queries.map((q) => [q.language, q.text])).toEqual([
      ['promql', 'sum(rate(errors_total[5m]))'],
      ['logql', 'sum(count_over_time({app="api"} |= "error" [5m]))'],
    ]);
    // Two queries: neither is "the" query of the alert.
    expect(model.alerts[0].query).toBeUndefined();
  });

  it('takes a recording rule as a recording rule, not an alert', async () => {
    const model = await extracted(file(rule('        record: { metric: "api:errors:rate5m", from: A }\n')));
    expect(model.alerts).toEqual([]);
    expect(model.recordingRules.map((r) => [r.name, r.group])).toEqual([['api:errors:rate5m', 'Payments/api']]);
  });

  it('numbers alerts of every group and keeps a title written as a number as text', async () => {
    const second = file(rule(), '1m') + '  - name: db\n    folder: Data\n    interval: 5m\n    rules:\n' + rule('', 'slow').replace('HighErrorRate', '404');
    const model = await extracted(second);
    expect(model.alerts.map((a) => [a.name, a.group, a.site.path])).toEqual([
      ['HighErrorRate', 'Payments/api', ['groups', 0, 'rules', 0]],
      ['404', 'Data/db', ['groups', 1, 'rules', 0]],
    ]);
  });
});

ruleTester('alert-owner', {
  valid: [{ name: 'a team label', code: file(rule('        labels: { team: payments }\n')) }],
  invalid: [
    {
      name: 'no labels: at the rule',
      code: file(rule()),
      errors: [{ line: 8, column: 9, message: 'Alert `HighErrorRate` has no owner: add a label naming its team (`owner` or `team`).' }],
    },
    {
      name: 'an empty team label: at its value',
      code: file(rule('        labels:\n          team: ""\n')),
      errors: [{ line: 19, column: 17, message: 'Alert `HighErrorRate` has an empty `team` label, so it names no owner.' }],
    },
  ],
});

ruleTester('alert-runbook', {
  valid: [{ name: "Grafana's runbook_url annotation", code: file(rule('        annotations: { runbook_url: https://runbooks.acme.dev/high-errors }\n')) }],
  invalid: [
    {
      name: 'annotations without a runbook: at `annotations`',
      code: file(rule('        annotations:\n          summary: Too many errors\n')),
      errors: [{ line: 18, column: 9, message: 'Alert `HighErrorRate` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).' }],
    },
    {
      name: 'a placeholder runbook: at its value',
      code: file(rule('        annotations:\n          runbook_url: TODO\n')),
      errors: [{ line: 19, column: 24, message: 'Alert `HighErrorRate`: the runbook is a placeholder (`TODO`).' }],
    },
  ],
});

describe('grafana-alerting: notification policies as routing trees', () => {
  const policies = yaml`
    apiVersion: 1
    policies:
      - orgId: 2
        receiver: rocket
        group_by: [alertname]
        group_wait: 30s
        repeat_interval: 8736h
        routes:
          - receiver: email
            matchers: [chain = dirac, severity = critical]
            group_wait: 2m
            continue: true
          - receiver: telegram
            object_matchers: [[chain, =~, "dirac|planck"]]
          - receiver: pager
            match: { team: payments }
      - receiver: default
  `;

  it('builds one tree per policy, with Grafana matchers read as Alertmanager matchers and options inherited', async () => {
    const trees = provisionedRoutingTrees(await parsed(policies));
    expect(trees.map((t) => [t.orgId, t.tree.receiver, t.tree.path])).toEqual([
      [2, 'rocket', ['policies', 0]],
      [1, 'default', ['policies', 1]],
    ]);
    const [email, telegram, pager] = trees[0].tree.routes;
    expect([email.path, email.receiver, email.continue, email.groupWaitMs, email.groupBy, email.repeatIntervalMs]).toEqual([
      ['policies', 0, 'routes', 0],
      'email',
      true,
      120_000,
      ['alertname'],
      8736 * 3_600_000,
    ]);
    expect(email.matchers).toEqual([
      { name: 'chain', type: '=', value: 'dirac' },
      { name: 'severity', type: '=', value: 'critical' },
    ]);
    expect(telegram.matchers).toEqual([{ name: 'chain', type: '=~', value: 'dirac|planck' }]);
    expect([telegram.groupWaitMs, pager.matchers]).toEqual([30_000, [{ name: 'team', type: '=', value: 'payments' }]]);
  });

  it('routes an alert as Alertmanager does', async () => {
    const [{ tree }] = provisionedRoutingTrees(await parsed(policies));
    const receivers = (labels: Record<string, string>) => matchRoutes(tree, labels).map((route) => route.receiver);
    expect(receivers({ chain: 'dirac', severity: 'critical' })).toEqual(['email', 'telegram']);
    expect(receivers({ chain: 'planck' })).toEqual(['telegram']);
    expect(receivers({ team: 'payments' })).toEqual(['pager']);
    expect(receivers({ team: 'search' })).toEqual(['rocket']);
  });
});
