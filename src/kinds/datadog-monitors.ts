import { checkMonitor, extractMonitor, isMonitor, type MonitorAt } from './datadog-monitor.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';

/**
 * Datadog monitors as JSON, the monitors API's shape (what the UI exports): one monitor, a
 * list of them, or an integration's monitor asset, which holds the monitor under `definition`.
 */
export const datadogMonitors: Kind = {
  id: 'datadog-monitors',
  title: 'Datadog monitor (API JSON)',
  extensions: ['json'],
  // Sent to the monitors API, which reads JSON.
  readsJson: true,
  sniff: (text) => text.includes('"query"') && text.includes('"type"'),
  detect: (value) =>
    isMonitor(value) ||
    (isMapping(value) && isMonitor(value.definition)) ||
    (Array.isArray(value) && value.length > 0 && value.every(isMapping) && value.some(isMonitor)),
  recognizedBy: 'a JSON monitor (or a list of them, or an integration asset\'s `definition`): `query` and a monitor `type`',
  reference: 'https://docs.datadoghq.com/api/latest/monitors/#create-a-monitor',
  validator: () => import('../generated/validators/datadog-monitors.js').then((m) => m.default),
  checkStructure: (value) => monitorsIn(value).flatMap(checkMonitor),
  extract(value, doc, model) {
    for (const at of monitorsIn(value)) extractMonitor(this.id, at, doc, model);
  },
};

function monitorsIn(value: unknown): MonitorAt[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => (isMonitor(item) ? [{ monitor: item, path: [index] }] : []));
  if (isMonitor(value)) return [{ monitor: value, path: [] }];
  if (isMapping(value) && isMonitor(value.definition)) {
    return [{ monitor: value.definition, path: ['definition'], fallbackName: typeof value.title === 'string' ? value.title : undefined }];
  }
  return [];
}
