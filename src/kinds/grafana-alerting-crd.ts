import { checkInterval, checkRules, extractRules, textOf, type RuleGroup } from './grafana-rules.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind, StructureIssue } from './types.js';

/**
 * The grafana-operator's alerting resources (grafana.integreatly.org): GrafanaAlertRuleGroup
 * carries Grafana-managed rules; GrafanaContactPoint, GrafanaNotificationPolicy and
 * GrafanaNotificationPolicyRoute carry no alert (a policy's tree comes from
 * `operatorRoutingTree`, grafana-policies.ts).
 */

const KINDS = new Set(['GrafanaAlertRuleGroup', 'GrafanaContactPoint', 'GrafanaNotificationPolicy', 'GrafanaNotificationPolicyRoute']);

export const grafanaAlertingCrd: Kind = {
  id: 'grafana-alerting-crd',
  title: 'grafana-operator alerting resource',
  extensions: ['yml', 'yaml', 'json'],
  // kubectl decodes a JSON manifest as JSON.
  readsJson: true,
  sniff: (text) => text.includes('grafana.integreatly.org'),
  detect: (value) =>
    isMapping(value) &&
    typeof value.kind === 'string' &&
    KINDS.has(value.kind) &&
    typeof value.apiVersion === 'string' &&
    value.apiVersion.startsWith('grafana.integreatly.org/'),
  recognizedBy: '`apiVersion: grafana.integreatly.org/*`: `GrafanaAlertRuleGroup`, `GrafanaContactPoint`, `GrafanaNotificationPolicy`, ...',
  reference: 'https://grafana.github.io/grafana-operator/docs/api/',
  validator: () => import('../generated/validators/grafana-alerting-crd.js').then((m) => m.default),
  checkStructure(value) {
    const group = ruleGroup(value);
    if (!group || !isMapping(value) || !isMapping(value.spec)) return [];
    const issues: StructureIssue[] = [...folderIssues(value.spec), ...checkRules([group])];
    const interval = textOf(value.spec.interval);
    if (interval !== undefined) issues.push(...checkInterval(goDurationMs(interval), interval, ['spec', 'interval']));
    return issues;
  },
  extract(value, doc, model) {
    const group = ruleGroup(value);
    if (group) extractRules(this.id, group, doc, model);
  },
};

/** The rules of a GrafanaAlertRuleGroup, named `folder/group` (the group is named after the resource unless `spec.name` says otherwise). */
function ruleGroup(value: unknown): RuleGroup | undefined {
  if (!isMapping(value) || value.kind !== 'GrafanaAlertRuleGroup' || !isMapping(value.spec)) return undefined;
  const { spec } = value;
  const name = textOf(spec.name) || (isMapping(value.metadata) ? textOf(value.metadata.name) : undefined);
  const folder = textOf(spec.folderRef) ?? textOf(spec.folderUID);
  return { rules: spec.rules, rulesPath: ['spec', 'rules'], name: folder === undefined || name === undefined ? name : `${folder}/${name}` };
}

/** The resource's own rule (a CEL validation in its CRD): exactly one of `folderRef` and `folderUID`. */
function folderIssues(spec: Record<string, unknown>): StructureIssue[] {
  const both = 'folderRef' in spec && 'folderUID' in spec;
  if (!both && ('folderRef' in spec || 'folderUID' in spec)) return [];
  return [
    {
      path: both ? ['spec', 'folderUID'] : ['spec'],
      target: 'key',
      message: both
        ? 'Both `folderRef` and `folderUID` are set; the API server accepts only one of them.'
        : 'The rule group names no folder: set `folderRef` or `folderUID`.',
      help: '`folderRef` names a GrafanaFolder resource; `folderUID` the uid of a folder that already exists in Grafana.',
    },
  ];
}

const GO_DURATION = /([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)/g;
const GO_UNIT_MS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * A Go duration (`1m30s`, as `metav1.Duration` reads it) in whole seconds, as the operator hands
 * the interval to Grafana, in milliseconds; undefined when it is not one.
 */
function goDurationMs(text: string): number | undefined {
  if (!/^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(GO_DURATION)) total += Number(amount) * GO_UNIT_MS[unit];
  return Math.floor(total / 1000) * 1000;
}
