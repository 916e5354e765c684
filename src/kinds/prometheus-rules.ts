import schema from '../../schemas/prometheus-rules.schema.json' with { type: 'json' };
import { registerSchema } from '../engine/schema.js';
import { checkGroups, extractGroups, isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';

registerSchema(schema);

/** A Prometheus rule file (also Thanos, Loki, Mimir and Cortex rulers): `groups[].rules[]`. */
export const prometheusRules: Kind = {
  id: 'prometheus-rules',
  title: 'Prometheus rule file',
  extensions: ['yml', 'yaml', 'json', 'rules'],
  sniff: (text) => /(^|\n)\s*"?groups"?\s*:/.test(text),
  // Other formats have `groups` too (Grafana provisioning), but they carry an apiVersion.
  detect: (value) => isMapping(value) && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
  schemaId: schema.$id,
  checkStructure: (value) => (isMapping(value) ? checkGroups(value.groups, ['groups']) : []),
  extract(value, doc, model) {
    if (isMapping(value)) extractGroups(this.id, value.groups, ['groups'], doc, model);
  },
};
