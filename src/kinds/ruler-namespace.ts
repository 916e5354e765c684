import { checkGroups, extractGroups, isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';
import { keySniff } from './sniff.js';

const NAMESPACE_KEY = keySniff(['namespace']);

/**
 * A rule file of mimirtool, cortextool or lokitool: rule groups with the `namespace` they are
 * loaded into (without it, the tools take the file name). The tools take the same layout for
 * PromQL (Mimir, Cortex) and LogQL (Loki); each expression is read as Prometheus rule files
 * are (LogQL when it has a log pipeline), and `kinds:` can select `loki-rules` instead.
 */
export const rulerNamespace: Kind = {
  id: 'ruler-namespace',
  title: 'Mimir, Cortex or Loki ruler namespace file',
  extensions: ['yml', 'yaml', 'json'],
  sniff: (text) => NAMESPACE_KEY.test(text),
  detect: (value) => isMapping(value) && 'namespace' in value && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
  recognizedBy: '`namespace:` beside `groups:` (mimirtool, cortextool and lokitool files); LogQL told from PromQL expression by expression',
  reference: 'https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/#rules',
  validator: () => import('../generated/validators/ruler-namespace.js').then((m) => m.default),
  checkStructure: (value, settings) => (isMapping(value) ? checkGroups(value.groups, ['groups'], settings) : []),
  extract(value, doc, model) {
    if (isMapping(value)) extractGroups(this.id, value.groups, ['groups'], doc, model);
  },
};
