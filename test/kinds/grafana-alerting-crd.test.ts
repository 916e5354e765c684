import { describe, expect, it } from 'vitest';
import { matchRoutes } from '../../src/alertmanager/route.js';
import { operatorRoutingTree } from '../../src/kinds/grafana-policies.js';
import { ruleTester, yaml } from '../rule-tester.js';
import { detectedKinds, extracted, parsed } from './helpers.js';

/** A GrafanaAlertRuleGroup with one rule (from line 11), `extra` rule lines (indented six spaces) from line 27. */
const group = (extra = '', { folder = '  folderRef: alerts-demo\n', interval = '15m' } = {}) => `apiVersion: grafana.integreatly.org/v1beta1
kind: GrafanaAlertRuleGroup
metadata:
  name: kubernetes-alert-rules
spec:
${folder}  instanceSelector:
    matchLabels: { instance: my-grafana-stack }
  interval: ${interval}
  rules:
    - uid: crashloop
      title: Pod stuck in CrashLoop
      condition: C
      for: 0s
      noDataState: OK
      execErrState: Error
      data:
        - refId: A
          datasourceUid: prom
          relativeTimeRange: { from: 600, to: 0 }
          model:
            datasource: { type: prometheus, uid: prom }
            expr: max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m])
        - refId: C
          datasourceUid: __expr__
          model: { type: threshold, expression: A }
${extra}`;

const policy = yaml`
  apiVersion: grafana.integreatly.org/v1beta1
  kind: GrafanaNotificationPolicy
  metadata:
    name: policy
  spec:
    instanceSelector:
      matchLabels: { dashboards: grafana }
    route:
      receiver: default
      group_by: [grafana_folder, alertname]
      routes:
        - receiver: payments
          matchers:
            - { name: team, value: payments, isRegex: false }
          routes:
            - receiver: payments-pager
              object_matchers: [[severity, =, critical]]
        - receiver: search
          match_re: { team: "search|index" }
`;

describe('grafana-alerting-crd: detection', () => {
  const resource = (kind: string, apiVersion = 'grafana.integreatly.org/v1beta1') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: x }\nspec: {}\n`;
  it.each([
    ['GrafanaAlertRuleGroup', group(), 'grafana-alerting-crd'],
    ['GrafanaContactPoint', resource('GrafanaContactPoint'), 'grafana-alerting-crd'],
    ['GrafanaNotificationPolicy', policy, 'grafana-alerting-crd'],
    ['GrafanaNotificationPolicyRoute', resource('GrafanaNotificationPolicyRoute'), 'grafana-alerting-crd'],
    ['the Grafana instance', resource('Grafana'), null],
    ['a GrafanaFolder', resource('GrafanaFolder'), null],
    ['a GrafanaDashboard', resource('GrafanaDashboard'), null],
    ['another API group', resource('GrafanaAlertRuleGroup', 'example.com/v1'), null],
    ['a PrometheusRule', resource('PrometheusRule', 'monitoring.coreos.com/v1'), 'prometheus-rule-crd'],
  ])('%s', async (_name, text, kind) => {
    expect(await detectedKinds(text)).toEqual([kind]);
  });
});

ruleTester('schema', {
  valid: [
    { name: 'the operator sample, with every rule field', code: group(yaml`
      keepFiringFor: 5m
      missingSeriesEvalsToResolve: 2
      isPaused: false
      labels: { team: operations, tier: "1" }
      annotations: { runbook_url: https://runbooks.acme.dev/crashloop }
      notificationSettings: { receiver: ops-pager, group_by: [alertname], group_wait: 30s }
    `.replace(/^/gm, '      ')) },
    { name: 'a recording rule and a folder by uid', code: group('      record: { from: A, metric: "kube:crashloop", targetDatasourceUid: mimir }\n', { folder: '  folderUID: f1\n' }) },
    { name: 'a notification policy', code: policy },
    { name: 'a contact point', code: yaml`
      apiVersion: grafana.integreatly.org/v1beta1
      kind: GrafanaContactPoint
      metadata: { name: pager }
      spec:
        instanceSelector: { matchLabels: { dashboards: grafana } }
        name: ops-pager
        receivers:
          - type: pagerduty
            uid: ops-pager-1
            settings: { integrationKey: x }
            valuesFrom:
              - targetPath: integrationKey
                valueFrom: { secretKeyRef: { name: pd, key: key } }
    ` },
  ],
  invalid: [
    {
      name: 'kubectl refuses an unknown field, with the key it meant',
      code: group('      keep_firing_for: 5m\n'),
      errors: [{ line: 27, column: 7, message: 'Unknown key `keep_firing_for` in this rule. Did you mean `keepFiringFor`?' }],
    },
    {
      name: 'a label value must be a string in Kubernetes',
      code: group('      labels: { tier: 1 }\n'),
      errors: [{ line: 27, column: 23, message: '`tier` must be text: quote numbers and booleans.' }],
    },
    {
      name: 'the CRD requires `noDataState`: at the rule',
      code: group().replace('      noDataState: OK\n', ''),
      errors: [{ line: 11, column: 7, message: '`noDataState` is required in this rule.' }],
    },
    {
      name: 'an execution error state Grafana has no name for',
      code: group().replace('execErrState: Error', 'execErrState: NoData'),
      errors: [{ line: 16, column: 21, message: '`execErrState` must be one of `OK`, `Alerting`, `Error`, `KeepLast`.' }],
    },
    {
      name: 'a Go duration has no days',
      code: group('', { interval: '1d' }),
      errors: [{ line: 9, column: 13, message: '`interval` must be a duration such as `30s`, `5m` or `1h30m` (units ns, us, ms, s, m, h).' }],
    },
    {
      name: 'an interval that is not a multiple of 10s',
      code: group('', { interval: '1m15s' }),
      errors: [{ line: 9, column: 13, message: "Interval `1m15s` is not a positive multiple of 10s, Grafana's scheduler interval, so Grafana refuses the group." }],
    },
    {
      name: 'both folder fields: at the second',
      code: group('', { folder: '  folderRef: alerts-demo\n  folderUID: f1\n' }),
      errors: [{ line: 7, column: 3, message: 'Both `folderRef` and `folderUID` are set; the API server accepts only one of them.' }],
    },
    {
      name: 'no folder: at `spec`',
      code: group('', { folder: '' }),
      errors: [{ line: 5, column: 1, message: 'The rule group names no folder: set `folderRef` or `folderUID`.' }],
    },
    {
      name: 'a condition no query has',
      code: group().replace('condition: C', 'condition: D'),
      errors: [{ line: 13, column: 18, message: /^`D` names no query or expression of this rule/ }],
    },
    {
      name: 'a contact point receiver without a type',
      code: 'apiVersion: grafana.integreatly.org/v1beta1\nkind: GrafanaContactPoint\nmetadata: { name: p }\nspec:\n  instanceSelector: {}\n  receivers:\n    - settings: { addresses: a@acme.dev }\n',
      errors: [{ line: 7, column: 7, message: '`type` is required in this item of `receivers`.' }],
    },
    {
      name: 'a notification policy without a route',
      code: 'apiVersion: grafana.integreatly.org/v1beta1\nkind: GrafanaNotificationPolicy\nmetadata: { name: p }\nspec:\n  instanceSelector: {}\n',
      errors: [{ line: 4, column: 1, message: '`route` is required in `spec`.' }],
    },
  ],
});

describe('grafana-alerting-crd: extraction', () => {
  it('takes each rule as an alert of folder/group, the group named after the resource', async () => {
    const model = await extracted(group('      labels: { team: operations }\n'));
    expect(model.alerts.map((a) => [a.kind, a.name, a.group, a.labels, a.site.path, a.for])).toEqual([
      ['grafana-alerting-crd', 'Pod stuck in CrashLoop', 'alerts-demo/kubernetes-alert-rules', { team: 'operations' }, ['spec', 'rules', 0], '0s'],
    ]);
    expect(model.queries.map((q) => [q.language, q.site.path])).toEqual([['promql', ['spec', 'rules', 0, 'data', 0, 'model', 'expr']]]);
  });

  it('names the group after `spec.name` when it is set', async () => {
    const model = await extracted(group('', { folder: '  folderUID: f1\n  name: Kubernetes\n' }));
    expect(model.alerts.map((a) => a.group)).toEqual(['f1/Kubernetes']);
  });

  it('finds no alert in a contact point or a policy', async () => {
    expect((await extracted(policy)).alerts).toEqual([]);
  });
});

ruleTester('alert-owner', {
  valid: [{ name: 'a team label', code: group('      labels: { team: operations }\n') }],
  invalid: [{ name: 'no labels: at the rule', code: group(), errors: [{ line: 11, column: 7, message: 'Alert `Pod stuck in CrashLoop` has no owner: add a label naming its team (`owner` or `team`).' }] }],
});

describe('grafana-alerting-crd: a notification policy as a routing tree', () => {
  it('reads the operator matchers (name and value) as equalities, and nests routes', async () => {
    const tree = operatorRoutingTree(await parsed(policy))!;
    expect([tree.path, tree.receiver, tree.groupBy]).toEqual([['spec', 'route'], 'default', ['grafana_folder', 'alertname']]);
    const [payments, search] = tree.routes;
    expect([payments.path, payments.matchers, payments.routes[0].path]).toEqual([
      ['spec', 'route', 'routes', 0],
      [{ name: 'team', type: '=', value: 'payments' }],
      ['spec', 'route', 'routes', 0, 'routes', 0],
    ]);
    expect(search.matchers).toEqual([{ name: 'team', type: '=~', value: 'search|index' }]);
    const receivers = (labels: Record<string, string>) => matchRoutes(tree, labels).map((route) => route.receiver);
    expect(receivers({ team: 'payments', severity: 'critical' })).toEqual(['payments-pager']);
    expect(receivers({ team: 'payments' })).toEqual(['payments']);
    expect(receivers({ team: 'index' })).toEqual(['search']);
    expect(receivers({})).toEqual(['default']);
  });

  it('is undefined for a resource without a route', async () => {
    expect(operatorRoutingTree(await parsed('kind: GrafanaNotificationPolicy\nspec: {}\n'))).toBeUndefined();
  });
});
