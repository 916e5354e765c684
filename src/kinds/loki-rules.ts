import { checkLokiGroups, extractLokiGroups } from './loki-groups.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';
import { keySniff } from './sniff.js';

const GROUPS_KEY = keySniff(['groups']);

/**
 * A Loki rule file: the Prometheus layout, every expression LogQL (Loki's ruler, or lokitool
 * with its `namespace` and `remote_write`). Never detected by content: a Loki rule file looks
 * like a Prometheus one, so `.obslint.yml` selects it by path (`kinds:`); files not selected
 * are read as Prometheus rule files, where an expression with a log pipeline counts as LogQL.
 */
export const lokiRules: Kind = {
  id: 'loki-rules',
  title: 'Loki rule file',
  extensions: ['yml', 'yaml', 'json', 'rules'],
  sniff: (text) => GROUPS_KEY.test(text),
  detect: () => false,
  recognizedBy: 'never by content: selected with `kinds:` (a Loki rule file looks like a Prometheus one); every expression is LogQL',
  reference: 'https://grafana.com/docs/loki/latest/alert/',
  validator: () => import('../generated/validators/loki-rules.js').then((m) => m.default),
  checkStructure: (value, settings) => (isMapping(value) ? checkLokiGroups(value.groups, ['groups'], settings) : []),
  extract(value, doc, model) {
    if (isMapping(value)) extractLokiGroups(this.id, value.groups, ['groups'], doc, model);
  },
};
