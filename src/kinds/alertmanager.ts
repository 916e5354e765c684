import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';
import { keySniff } from './sniff.js';

const ALERTMANAGER_KEY = keySniff(['receivers', 'route']);

/**
 * An Alertmanager config: `route`, `receivers`, `inhibit_rules`, `time_intervals`, ... Also met
 * as a string in a Kubernetes Secret (`alertmanager.yaml`), which the engine unwraps. Its
 * semantics (receivers that exist, matchers that parse) are the `alertmanager-config` rule's.
 */
export const alertmanager: Kind = {
  id: 'alertmanager',
  title: 'Alertmanager config',
  extensions: ['yml', 'yaml', 'json'],
  sniff: (text) => ALERTMANAGER_KEY.test(text),
  // A Prometheus server config has `alerting:`, not these; a rule file has `groups:`.
  detect: (value) =>
    isMapping(value) &&
    !('apiVersion' in value) &&
    !('groups' in value) &&
    (isMapping(value.route) || Array.isArray(value.receivers)),
  recognizedBy: 'a mapping with `route:` or a `receivers:` list, no `groups:` or `apiVersion`',
  reference: 'https://prometheus.io/docs/alerting/latest/configuration/',
  validator: () => import('../generated/validators/alertmanager.js').then((m) => m.default),
  extract() {
    // Rules read the document itself (model.documents): the routing tree is its own shape.
  },
};
