import { checkGroups, extractGroups, isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';
import { keySniff } from './sniff.js';

const GROUPS_KEY = keySniff(['groups']);

/** A Prometheus rule file (also Thanos, Loki, Mimir and Cortex rulers): `groups[].rules[]`. */
export const prometheusRules: Kind = {
  id: 'prometheus-rules',
  title: 'Prometheus rule file',
  extensions: ['yml', 'yaml', 'json', 'rules'],
  // `groups:` at a line start, or `"groups":` in JSON (minified JSON has no line starts).
  sniff: (text) => GROUPS_KEY.test(text),
  // Other formats have `groups` too (Grafana provisioning), but they carry an apiVersion.
  detect: (value) => isMapping(value) && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
  recognizedBy: 'a mapping with `groups:` and no `apiVersion`/`kind`: Prometheus, Thanos (`partial_response_strategy`), Loki and Mimir/Cortex (`source_tenants`, `evaluation_delay`) rule files; an expression with a log pipeline (`{app="api"} |= "error"`) is LogQL',
  reference: 'https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/',
  validator: () => import('../generated/validators/prometheus-rules.js').then((m) => m.default),
  checkStructure: (value, settings) => (isMapping(value) ? checkGroups(value.groups, ['groups'], settings) : []),
  extract(value, doc, model) {
    if (isMapping(value)) extractGroups(this.id, value.groups, ['groups'], doc, model);
  },
};
