import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { detectedKinds, extracted } from './helpers.js';

/** A list holding one AlertPolicy; `metadata` lines 3 to 10, `spec` from line 11, its inline condition at lines 14 to 24. */
const policy = ({ labels = '    labels:\n      team:\n        - payments\n        - search\n', name = 'high-priority' } = {}) => `- apiVersion: openslo/v1
  kind: AlertPolicy
  metadata:
    name: ${name}
${labels}    annotations:
      runbook_url: https://runbooks.acme.dev/slo
  spec:
    alertWhenBreaching: true
    conditions:
      - kind: AlertCondition
        metadata:
          name: burn
        spec:
          severity: page
          condition:
            kind: burnrate
            op: gt
            threshold: 2
            lookbackWindow: 1h
            alertAfter: 5m
    notificationTargets:
      - targetRef: pager
`;

/** An SLO of a ratio SLI (lines 1 to 20); `objective` lines (indented six spaces) from line 23, `extra` spec lines after them. */
const slo = (objective = '      target: 0.995\n', extra = '', budgeting = 'Occurrences') => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: web-availability
spec:
  service: web
  indicator:
    metadata:
      name: web-ratio
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource: { type: Prometheus, spec: { query: "sum(rate(ok_total[5m]))" } }
        total:
          metricSource: { type: Prometheus, spec: { query: "sum(rate(all_total[5m]))" } }
  timeWindow:
    - duration: 4w
      isRolling: true
  budgetingMethod: ${budgeting}
  objectives:
    - displayName: Good
${objective}${extra}`;

describe('openslo: detection', () => {
  it.each([
    ['an SLO', slo(), 'openslo'],
    ['a list of objects', policy(), 'openslo'],
    ['openslo/v1alpha', '- apiVersion: openslo/v1alpha\n  kind: Service\n  metadata: { name: web }\n', 'openslo'],
    ['the draft openslo.com/v2alpha', '- apiVersion: openslo.com/v2alpha\n  kind: Service\n  metadata: { name: web }\n', null],
    ['a list mixing v1 and v2alpha', '- apiVersion: openslo/v1\n  kind: Service\n  metadata: { name: a }\n- apiVersion: openslo.com/v2alpha\n  kind: Service\n  metadata: { name: b }\n', null],
    ['a Kubernetes Service', 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { ports: [] }\n', null],
    ['a Sloth SLO spec', 'version: prometheus/v1\nservice: web\nslos: []\n', null],
  ])('%s', async (_name, text, kind) => {
    expect(await detectedKinds(text)).toEqual([kind]);
  });
});

ruleTester('schema', {
  valid: [
    { name: 'an alert policy with an inline condition, labels as lists', code: policy() },
    { name: 'labels as plain text', code: policy({ labels: '    labels: { team: payments, env: prod }\n' }) },
    { name: 'an SLO of a ratio SLI', code: slo() },
    { name: 'an SLO of a threshold SLI, by reference, with a calendar window', code: yaml`
      apiVersion: openslo/v1
      kind: SLO
      metadata: { name: search-latency, displayName: Search latency }
      spec:
        service: search
        indicatorRef: search-latency
        timeWindow:
          - duration: 1M
            isRolling: false
            calendar: { startTime: "2024-02-29 00:00:00", timeZone: Europe/Berlin }
        budgetingMethod: Timeslices
        objectives:
          - { op: lt, value: 500, targetPercent: 99, timeSliceTarget: 0.95, timeSliceWindow: 1m }
        alertPolicies:
          - alertPolicyRef: high-priority
    ` },
    { name: 'every other kind of v1, and v1alpha', code: yaml`
      - apiVersion: openslo/v1
        kind: SLI
        metadata: { name: errors }
        spec:
          ratioMetric:
            rawType: failure
            raw: { metricSource: { metricSourceRef: prom, spec: { query: errors } } }
      - apiVersion: openslo/v1
        kind: DataSource
        metadata: { name: prom, annotations: { openslo.com/owner: payments } }
        spec: { type: Prometheus, connectionDetails: [{ url: "http://prometheus:9090" }] }
      - apiVersion: openslo/v1
        kind: AlertNotificationTarget
        metadata: { name: pager }
        spec: { target: pagerduty }
      - apiVersion: openslo/v1
        kind: Service
        metadata: { name: web }
      - apiVersion: openslo/v1alpha
        kind: SLO
        metadata: { name: web-latency }
        spec:
          service: web
          indicator: { thresholdMetric: { source: prometheus, queryType: promql, query: latency } }
          timeWindows: [{ unit: Week, count: 1, isRolling: true }]
          budgetingMethod: Occurrences
          objectives: [{ op: lt, value: 200, target: 0.98 }]
    ` },
    { name: 'two objects of the same name (the SDK does not refuse them)', code: policy() + policy() },
  ],
  invalid: [
    {
      name: 'the SDK refuses unknown fields',
      code: policy({ labels: '    owner: payments\n' }),
      errors: [{ line: 5, column: 5, message: 'Unknown key `owner` in `metadata`. Allowed here: `name`, `displayName`, `labels`, `annotations`.' }],
    },
    {
      name: 'a name that is not a DNS label',
      code: policy({ name: 'High_Priority' }),
      errors: [{ line: 4, column: 11, message: '`name` must be a DNS label: at most 63 lowercase letters, digits and `-`, starting and ending with a letter or digit.' }],
    },
    {
      name: 'a label name and a label value the SDK refuses',
      code: policy({ labels: '    labels:\n      -team: payments\n      tier: 1\n' }),
      errors: [
        { line: 6, column: 7, message: '`-team` is not a valid label name: at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit.' },
        { line: 7, column: 13, message: '`tier` must be text or a list of texts.' },
      ],
    },
    {
      name: 'a lookback window in words',
      code: policy().replace('lookbackWindow: 1h', 'lookbackWindow: 1 hour'),
      errors: [{ line: 23, column: 29, message: '`lookbackWindow` must be a duration such as `30m`, `1h`, `7d` or `4w` (units m, h, d, w, M, Q, Y).' }],
    },
    {
      name: 'an alert policy takes exactly one condition',
      code: policy().replace('    notificationTargets:', '      - conditionRef: other\n    notificationTargets:'),
      errors: [{ line: 14, column: 7, message: '`conditions` must list exactly one condition.' }],
    },
    {
      name: 'openslo/v1alpha has only SLO and Service',
      code: '- apiVersion: openslo/v1alpha\n  kind: AlertPolicy\n  metadata: { name: p }\n',
      errors: [{ line: 2, column: 9, message: '`kind` must be `SLO` or `Service`, the kinds of openslo/v1alpha.' }],
    },
    {
      name: 'a target written as a percentage',
      code: slo('      target: 99.5\n'),
      errors: [{ line: 23, column: 15, message: '`target` must be a fraction from 0 up to (not including) 1, such as `0.995`.' }],
    },
    {
      name: 'a condition both referred to and inline: at the inline part',
      code: policy().replace('      - kind: AlertCondition\n', '      - conditionRef: burn\n        kind: AlertCondition\n'),
      errors: [{ line: 15, column: 9, message: 'This condition sets both `conditionRef` and an inline AlertCondition; set one of them.' }],
    },
    {
      name: '`op` on an objective of a ratio SLI: the SDK forbids it',
      code: slo('      op: gt\n      target: 0.995\n'),
      errors: [{ line: 23, column: 7, endColumn: 9, message: '`op` is set on an objective of a ratio SLI; the OpenSLO SDK refuses it there.' }],
    },
    {
      name: 'an SLO without an indicator: at `spec`',
      code: slo().replace(/ {2}indicator:\n(.*\n){9}/, ''),
      errors: [{ line: 5, column: 1, message: 'This SLO has no indicator: set `indicator` or `indicatorRef` (or one on each objective, for a composite SLO).' }],
    },
    {
      name: 'an objective without a target',
      code: slo('      timeSliceWindow: 1m\n'),
      errors: [{ line: 22, column: 7, message: 'This objective needs one of `target` or `targetPercent`.' }],
    },
    {
      name: 'a rolling window with a calendar, at `calendar`',
      code: slo().replace('      isRolling: true\n', '      isRolling: true\n      calendar: { startTime: "2024-01-01 00:00:00", timeZone: UTC }\n'),
      errors: [{ line: 20, column: 7, message: '`calendar` cannot be set on a rolling time window (`isRolling: true`).' }],
    },
    {
      name: 'a calendar window without its calendar',
      code: slo().replace('isRolling: true', 'isRolling: false'),
      errors: [{ line: 18, column: 7, message: 'This time window is a calendar window (`isRolling` is not true), so it needs a `calendar` with `startTime` and `timeZone`.' }],
    },
    {
      name: 'a start that is not a date, in a zone that does not exist',
      code: slo().replace('isRolling: true', 'isRolling: false\n      calendar: { startTime: "2023-02-29 00:00:00", timeZone: Mars/Olympus_Mons }'),
      errors: [
        { line: 20, column: 30, message: '`2023-02-29 00:00:00` is not a date and time written as `2006-01-02 15:04:05`.' },
        { line: 20, column: 63, message: '`Mars/Olympus_Mons` is not a time zone name, such as `UTC` or `America/New_York`.' },
      ],
    },
    {
      name: 'Timeslices budgeting needs a time slice target and window',
      code: slo(undefined, undefined, 'Timeslices'),
      errors: [
        { line: 22, column: 7, message: '`timeSliceTarget` is required in an objective with budgeting method `Timeslices`.' },
        { line: 22, column: 7, message: '`timeSliceWindow` is required in an objective with budgeting method `Timeslices`.' },
      ],
    },
    {
      name: 'an SLI with two metrics',
      code: '- apiVersion: openslo/v1\n  kind: SLI\n  metadata: { name: s }\n  spec:\n    thresholdMetric: { metricSource: { spec: { query: a } } }\n    ratioMetric: { rawType: success, raw: { metricSource: { spec: { query: b } } } }\n',
      errors: [{ line: 6, column: 5, message: '`thresholdMetric` and `ratioMetric` are both set; set only one of them.' }],
    },
    {
      name: 'a raw ratio without its type',
      code: '- apiVersion: openslo/v1\n  kind: SLI\n  metadata: { name: s }\n  spec:\n    ratioMetric:\n      raw: { metricSource: { spec: { query: b } } }\n',
      errors: [{ line: 6, column: 7, message: '`rawType` is required in a ratio with `raw` (`success` or `failure`: what the raw ratio counts).' }],
    },
    {
      name: 'an objective of a v1alpha threshold metric without `op`',
      code: '- apiVersion: openslo/v1alpha\n  kind: SLO\n  metadata: { name: s }\n  spec:\n    service: web\n    indicator: { thresholdMetric: { source: prometheus, queryType: promql, query: q } }\n    timeWindows: [{ unit: Day, count: 7, isRolling: true }]\n    budgetingMethod: Occurrences\n    objectives:\n      - { value: 200, target: 0.9 }\n',
      errors: [{ line: 10, column: 9, message: '`op` is required in an objective of a threshold metric.' }],
    },
  ],
});

describe('openslo: extraction', () => {
  it('takes an AlertPolicy as an alert: the first item of a label list, its site, annotations, the inline severity', async () => {
    const model = await extracted(policy());
    expect(model.alerts).toEqual([
      {
        kind: 'openslo',
        name: 'high-priority',
        site: { doc: 0, path: [0] },
        group: undefined,
        labels: { team: 'payments' },
        labelsSite: { doc: 0, path: [0, 'metadata', 'labels'] },
        labelSites: { team: { doc: 0, path: [0, 'metadata', 'labels', 'team', 0] } },
        annotations: { runbook_url: 'https://runbooks.acme.dev/slo' },
        annotationsSite: { doc: 0, path: [0, 'metadata', 'annotations'] },
        severity: { value: 'page', site: { doc: 0, path: [0, 'spec', 'conditions', 0, 'spec', 'severity'] } },
      },
    ]);
  });

  it('takes an alert policy inlined in an SLO, in the SLO’s group; a reference is not an alert here', async () => {
    const inline = yaml`
      alertPolicies:
        - kind: AlertPolicy
          metadata: { name: burn-fast, labels: { team: web } }
          spec:
            conditions: [{ conditionRef: fast-burn }]
            notificationTargets: [{ targetRef: pager }]
        - alertPolicyRef: high-priority
    `.replace(/^/gm, '  ');
    const model = await extracted(slo(undefined, inline));
    expect(model.alerts.map((a) => [a.name, a.group, a.labels, a.site.path, a.severity])).toEqual([
      ['burn-fast', 'web-availability', { team: 'web' }, ['spec', 'alertPolicies', 0], undefined],
    ]);
  });

  it('finds no alert in other kinds, nor in v1alpha', async () => {
    expect((await extracted(slo())).alerts).toEqual([]);
    expect((await extracted('- apiVersion: openslo/v1alpha\n  kind: Service\n  metadata: { name: web }\n')).alerts).toEqual([]);
  });
});

ruleTester('alert-owner', {
  valid: [{ name: 'a team label list', code: policy() }],
  invalid: [
    {
      name: 'an empty first team: at that item',
      code: policy({ labels: '    labels:\n      team:\n        - ""\n        - search\n' }),
      errors: [{ line: 7, column: 11, message: 'Alert `high-priority` has an empty `team` label, so it names no owner.' }],
    },
    {
      name: 'no labels: at `metadata`',
      code: policy({ labels: '' }),
      errors: [{ line: 3, column: 3, message: 'Alert `high-priority` has no owner: add a label naming its team (`owner` or `team`).' }],
    },
  ],
});

ruleTester('alert-runbook', {
  valid: [{ name: 'a runbook_url annotation', code: policy() }],
  invalid: [
    {
      name: 'no annotations: at `metadata`',
      code: policy().replace('    annotations:\n      runbook_url: https://runbooks.acme.dev/slo\n', ''),
      errors: [{ line: 3, column: 3, message: 'Alert `high-priority` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).' }],
    },
  ],
});
