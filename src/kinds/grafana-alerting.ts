import { modelDurationMs } from '../alertmanager/go-values.js';
import { checkInterval, checkRules, extractRules, textOf, type RuleGroup } from './grafana-rules.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';
import { keySniff } from './sniff.js';

/**
 * Grafana's alerting provisioning file (`apiVersion: 1`): rule groups, contact points,
 * notification policies, mute timings, templates, and the lists that delete them, in one file
 * or spread over several. Its policies become routing trees with `provisionedRoutingTrees`
 * (grafana-policies.ts).
 */

/** The top-level keys Grafana's alerting provisioning reads; any one of them makes a file alerting's. */
const ALERTING_KEYS = [
  'groups',
  'deleteRules',
  'contactPoints',
  'deleteContactPoints',
  'policies',
  'resetPolicies',
  'muteTimes',
  'deleteMuteTimes',
  'templates',
  'deleteTemplates',
] as const;

const ALERTING_KEY = keySniff(ALERTING_KEYS);

export const grafanaAlerting: Kind = {
  id: 'grafana-alerting',
  title: 'Grafana alerting provisioning file',
  extensions: ['yml', 'yaml', 'json'],
  sniff: (text) => text.includes('apiVersion') && ALERTING_KEY.test(text),
  // Grafana's other provisioning files (data sources, dashboards, plugins) share `apiVersion: 1`, not these keys.
  detect: (value) =>
    isMapping(value) && (value.apiVersion === 1 || value.apiVersion === '1') && ALERTING_KEYS.some((key) => key in value),
  recognizedBy: '`apiVersion: 1` with `groups`, `contactPoints`, `policies`, `templates`, `muteTimes` or their `delete*` lists',
  reference: 'https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/',
  validator: () => import('../generated/validators/grafana-alerting.js').then((m) => m.default),
  checkStructure(value) {
    const issues = checkRules(ruleGroups(value));
    if (isMapping(value) && Array.isArray(value.groups)) {
      value.groups.forEach((group, index) => {
        const written = isMapping(group) ? textOf(group.interval) : undefined;
        // A value with `$` is filled from the environment when Grafana reads it.
        if (written !== undefined && !written.includes('$')) issues.push(...checkInterval(modelDurationMs(written), written, ['groups', index, 'interval']));
      });
    }
    return issues;
  },
  extract(value, doc, model) {
    for (const group of ruleGroups(value)) extractRules(this.id, group, doc, model);
  },
};

/** Each entry of `groups`, with its rules' path and its `folder/name`; an entry that is not a mapping keeps its index. */
function ruleGroups(value: unknown): RuleGroup[] {
  if (!isMapping(value) || !Array.isArray(value.groups)) return [];
  return value.groups.map((group, index) => {
    if (!isMapping(group)) return { rules: undefined, rulesPath: ['groups', index, 'rules'] };
    const [folder, name] = [textOf(group.folder), textOf(group.name)];
    return { rules: group.rules, rulesPath: ['groups', index, 'rules'], name: folder === undefined || name === undefined ? name : `${folder}/${name}` };
  });
}
