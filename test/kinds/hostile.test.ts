import { describe, expect, it } from 'vitest';
import { runbookIn } from '../../src/kinds/datadog-monitor.js';
import { datadogMonitorCrd } from '../../src/kinds/datadog-monitor-crd.js';
import { datadogMonitors } from '../../src/kinds/datadog-monitors.js';
import { grafanaAlertingCrd } from '../../src/kinds/grafana-alerting-crd.js';
import { grafanaAlerting } from '../../src/kinds/grafana-alerting.js';
import { operatorRoutingTree, provisionedRoutingTrees } from '../../src/kinds/grafana-policies.js';
import { openslo } from '../../src/kinds/openslo.js';
import { DEFAULT_SETTINGS } from '../../src/kinds/settings.js';
import { emptyModel, type Kind } from '../../src/kinds/types.js';

const KINDS: Kind[] = [grafanaAlerting, grafanaAlertingCrd, datadogMonitors, datadogMonitorCrd, openslo];

/** Data of every wrong shape where these kinds look for their fields. */
const SHAPES: unknown[] = [
  null,
  0,
  'text',
  [],
  [null, 1],
  {},
  { apiVersion: 1, groups: 'x', policies: 'x' },
  { apiVersion: 1, groups: [null, 1, { rules: 'x' }, { interval: {}, rules: [null, { data: 'x', record: 'x', uid: {} }] }] },
  { apiVersion: 1, groups: [{ name: [], folder: {}, interval: 5, rules: [{ data: [null, { model: 'x' }, { model: { datasource: 1, expr: 2 } }], labels: [1], annotations: 'x', record: { metric: {} } }] }] },
  { apiVersion: 1, policies: [null, { routes: 'x' }, { orgId: {}, routes: [null, { matchers: [1, {}, 'a='], object_matchers: [null, [1, 2], [1, '=', 2]], match: 'x' }] }] },
  { kind: 'GrafanaAlertRuleGroup', metadata: 'x', spec: { rules: [{ data: [{}], condition: [] }], folderRef: 1, interval: 'x' } },
  { kind: 'GrafanaNotificationPolicy', spec: { route: { routes: [1, { matchers: [null] }] } } },
  { kind: 'DatadogMonitor', apiVersion: 'datadoghq.com/v1alpha1', spec: { tags: [1, null, 'a', '__proto__:x'], options: { thresholds: 'x' }, priority: 'x', query: 1 } },
  { type: 'query alert', query: 'x > 1', name: 1, tags: 'x', message: 1, options: { thresholds: { critical: {} } } },
  [{ type: 'query alert', query: 'x', message: 'runbook: [x](' }, { definition: null }],
  [{ apiVersion: 'openslo/v1', kind: 'SLO', spec: { objectives: [null, 1, { indicator: 1 }], timeWindow: [null, { calendar: 'x' }], alertPolicies: [1, {}, { spec: 1 }] } }],
  { apiVersion: 'openslo/v1', kind: 'SLO', spec: { indicator: { spec: { ratioMetric: 1 } }, objectives: 'x', timeWindow: [{ calendar: { startTime: 1, timeZone: [] } }] } },
  { apiVersion: 'openslo/v1', kind: 'AlertPolicy', metadata: { name: 'x', labels: { a: [], b: [1], c: {} }, annotations: [] }, spec: { conditions: 'x' } },
  { apiVersion: 'openslo/v1alpha', kind: 'SLO', spec: { objectives: 'x', timeWindows: [1, { calendar: null }] } },
];

describe('the alerting kinds on data of any shape', () => {
  it.each(KINDS.map((kind) => [kind.id, kind] as const))('%s checks and extracts without throwing', async (_id, kind) => {
    const validate = await kind.validator();
    for (const value of SHAPES) {
      expect(() => {
        validate(value);
        kind.checkStructure?.(value, DEFAULT_SETTINGS);
        kind.extract(value, 0, emptyModel(), DEFAULT_SETTINGS);
      }, JSON.stringify(value)).not.toThrow();
    }
  });

  it('builds routing trees from what is a tree, and nothing from the rest', () => {
    for (const value of SHAPES) {
      expect(() => [provisionedRoutingTrees(value), operatorRoutingTree(value)], JSON.stringify(value)).not.toThrow();
    }
  });
});

describe('the alerting kinds on hostile text', () => {
  // Patterns that make a backtracking regular expression quadratic: megabytes of them take
  // hours then, and milliseconds in one pass. The bound is far from both.
  it.each([
    ['megabytes of blank lines', `apiVersion: 1\n${'\n'.repeat(4_000_000)}`],
    ['a megabyte-long line of blanks after a comma', `apiVersion: 1\n,${' '.repeat(4_000_000)}`],
  ])('sniffs %s in one pass', (_name, text) => {
    const started = performance.now();
    for (const kind of KINDS) kind.sniff(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['brackets that never close', '['.repeat(2_000_000)],
    ['the word in endless link text', '[runbook '.repeat(250_000)],
    ['the word before endless blanks', `runbook${' '.repeat(2_000_000)}`],
  ])('looks for a runbook in a message of %s in one pass', (_name, message) => {
    const started = performance.now();
    expect(runbookIn(message)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
