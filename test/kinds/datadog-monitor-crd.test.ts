import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.js';
import { detectedKinds, extracted } from './helpers.js';

/** A DatadogMonitor resource; `spec` lines from line 6 on, `extra` spec lines (indented two spaces) from line 12. */
const resource = (extra = '', apiVersion = 'datadoghq.com/v1alpha1') => `apiVersion: ${apiVersion}
kind: DatadogMonitor
metadata:
  name: pods-crashloopbackoff
spec:
  query: "max(last_10m):max:kubernetes_state.container.status_report.count.waiting{reason:crashloopbackoff} by {pod_name} >= 1"
  type: query alert
  name: "[kubernetes] Pod {{pod_name.name}} is CrashloopBackOff"
  message: "Pod {{pod_name.name}} keeps restarting. Runbook: https://runbooks.acme.dev/crashloop @slack-ops"
  tags:
    - "team:platform"
${extra}`;

describe('datadog-monitor-crd: detection', () => {
  it.each([
    ['a DatadogMonitor', resource(), 'datadog-monitor-crd'],
    ['another API group', resource('', 'example.com/v1'), null],
    ['a DatadogAgent', 'apiVersion: datadoghq.com/v2alpha1\nkind: DatadogAgent\nspec: {}\n', null],
  ])('%s', async (_name, text, kind) => {
    expect(await detectedKinds(text)).toEqual([kind]);
  });
});

ruleTester('schema', {
  valid: [
    { name: 'the operator sample', code: resource('  priority: 5\n  options:\n    notifyNoData: true\n    noDataTimeframe: 30\n    thresholds: { critical: "1", warning: "0.5" }\n') },
  ],
  invalid: [
    {
      name: 'the API spelling of an option: kubectl refuses it, with the key it meant',
      code: resource('  options:\n    notify_no_data: true\n'),
      errors: [{ line: 13, column: 5, message: 'Unknown key `notify_no_data` in `options`. Did you mean `notifyNoData`?' }],
    },
    {
      name: 'thresholds are text in the resource',
      code: resource('  options:\n    thresholds: { critical: 1 }\n'),
      errors: [{ line: 13, column: 29, message: '`critical` must be text.' }],
    },
    {
      name: 'a priority the API refuses',
      code: resource('  priority: 0\n'),
      errors: [{ line: 12, column: 13, message: '`priority` must be a whole number from 1 (high) to 5 (low).' }],
    },
    {
      name: 'a monitor without a message: at `spec`',
      code: resource().replace(/ {2}message: .*\n/, ''),
      errors: [{ line: 5, column: 1, message: '`message` is required in `spec`.' }],
    },
    {
      name: 'a critical threshold other than the query’s',
      code: resource('  options:\n    thresholds: { critical: "2" }\n'),
      errors: [{ line: 13, column: 29, message: 'Critical threshold `2` differs from the one in the query (`1`); Datadog refuses the monitor.' }],
    },
  ],
});

describe('datadog-monitor-crd: extraction', () => {
  it('takes the monitor under `spec` as an alert', async () => {
    const model = await extracted(resource('  priority: 1\n'));
    expect(model.alerts.map((a) => [a.kind, a.name, a.labels, a.labelSites, a.annotations.runbook_url, a.severity])).toEqual([
      [
        'datadog-monitor-crd',
        '[kubernetes] Pod {{pod_name.name}} is CrashloopBackOff',
        { team: 'platform' },
        { team: { doc: 0, path: ['spec', 'tags', 0] } },
        'https://runbooks.acme.dev/crashloop',
        { value: 'P1', site: { doc: 0, path: ['spec', 'priority'] } },
      ],
    ]);
  });
});

ruleTester('alert-owner', {
  valid: [{ name: 'a team tag', code: resource() }],
  invalid: [
    {
      name: 'no tags: at the monitor',
      code: resource().replace('  tags:\n    - "team:platform"\n', ''),
      errors: [{ line: 5, column: 1, message: 'Monitor `[kubernetes] Pod {{pod_name.name}} is CrashloopBackOff` has no owner: add a tag naming its team (`owner` or `team`).' }],
    },
  ],
});

ruleTester('alert-runbook', {
  valid: [{ name: 'a runbook in the message', code: resource() }],
  invalid: [
    {
      name: 'a message without a runbook: at `spec`',
      code: resource().replace(' Runbook: https://runbooks.acme.dev/crashloop', ''),
      errors: [{ line: 5, column: 1, message: /has no runbook/ }],
    },
  ],
});
