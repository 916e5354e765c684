import { checkMonitor, extractMonitor, type MonitorAt } from './datadog-monitor.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';

/** A Datadog Operator `DatadogMonitor` resource: one monitor under `spec`. */
export const datadogMonitorCrd: Kind = {
  id: 'datadog-monitor-crd',
  title: 'DatadogMonitor resource',
  extensions: ['yml', 'yaml', 'json'],
  // kubectl decodes a JSON manifest as JSON.
  readsJson: true,
  sniff: (text) => text.includes('DatadogMonitor'),
  detect: (value) =>
    isMapping(value) && value.kind === 'DatadogMonitor' && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('datadoghq.com/'),
  recognizedBy: '`apiVersion: datadoghq.com/*`, `kind: DatadogMonitor`',
  reference: 'https://github.com/DataDog/datadog-operator/blob/main/docs/datadog_monitor.md',
  validator: () => import('../generated/validators/datadog-monitor-crd.js').then((m) => m.default),
  checkStructure: (value) => monitorsIn(value).flatMap(checkMonitor),
  extract(value, doc, model) {
    for (const at of monitorsIn(value)) extractMonitor(this.id, at, doc, model);
  },
};

function monitorsIn(value: unknown): MonitorAt[] {
  if (!isMapping(value) || !isMapping(value.spec)) return [];
  const name = isMapping(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : undefined;
  return [{ monitor: value.spec, path: ['spec'], fallbackName: name }];
}
