import { checkGroups, extractGroups, isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';

/** A Prometheus Operator `PrometheusRule` resource: the same groups, under `spec.groups`. */
export const prometheusRuleCrd: Kind = {
  id: 'prometheus-rule-crd',
  title: 'PrometheusRule resource',
  extensions: ['yml', 'yaml', 'json'],
  // kubectl decodes a JSON manifest as JSON.
  readsJson: true,
  sniff: (text) => text.includes('PrometheusRule'),
  detect: (value) =>
    isMapping(value) &&
    value.kind === 'PrometheusRule' &&
    typeof value.apiVersion === 'string' &&
    value.apiVersion.startsWith('monitoring.coreos.com/'),
  recognizedBy: '`apiVersion: monitoring.coreos.com/*`, `kind: PrometheusRule`; rules under `spec.groups`',
  reference: 'https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.PrometheusRule',
  validator: () => import('../generated/validators/prometheusrule-crd.js').then((m) => m.default),
  checkStructure: (value, settings) =>
    isMapping(value) && isMapping(value.spec) ? checkGroups(value.spec.groups, ['spec', 'groups'], settings) : [],
  extract(value, doc, model) {
    if (isMapping(value) && isMapping(value.spec)) extractGroups(this.id, value.spec.groups, ['spec', 'groups'], doc, model);
  },
};
