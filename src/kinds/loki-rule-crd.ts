import { checkLokiGroups, extractLokiGroups } from './loki-groups.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';

/**
 * The Loki operator's `AlertingRule` and `RecordingRule` resources (`loki.grafana.com/v1`):
 * LogQL rule groups for the tenant `spec.tenantID`, under `spec.groups`. The operator hands
 * them to Loki's ruler, which checks them as it checks its rule files.
 */
function lokiRuleResource(id: string, resource: 'AlertingRule' | 'RecordingRule', validator: Kind['validator']): Kind {
  return {
    id,
    title: `Loki ${resource} resource`,
    extensions: ['yml', 'yaml', 'json'],
    // kubectl decodes a JSON manifest as JSON.
    readsJson: true,
    sniff: (text) => text.includes(resource) && text.includes('loki.grafana.com'),
    detect: (value) =>
      isMapping(value) && value.kind === resource && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('loki.grafana.com/'),
    recognizedBy: '`apiVersion: loki.grafana.com/*`, `kind: ' + resource + '` (the Loki operator); LogQL rules under `spec.groups`',
    reference: `https://loki-operator.dev/docs/api.md/#loki-grafana-com-v1-${resource.toLowerCase()}`,
    validator,
    checkStructure: (value, settings) =>
      isMapping(value) && isMapping(value.spec) ? checkLokiGroups(value.spec.groups, ['spec', 'groups'], settings) : [],
    extract(value, doc, model) {
      if (isMapping(value) && isMapping(value.spec)) extractLokiGroups(id, value.spec.groups, ['spec', 'groups'], doc, model);
    },
  };
}

export const lokiAlertingRule = lokiRuleResource('loki-alertingrule', 'AlertingRule', () =>
  import('../generated/validators/loki-alertingrule.js').then((m) => m.default),
);

export const lokiRecordingRule = lokiRuleResource('loki-recordingrule', 'RecordingRule', () =>
  import('../generated/validators/loki-recordingrule.js').then((m) => m.default),
);
