import { datadogMonitorCrd } from './datadog-monitor-crd.js';
import { datadogMonitors } from './datadog-monitors.js';
import { grafanaAlertingCrd } from './grafana-alerting-crd.js';
import { grafanaAlerting } from './grafana-alerting.js';
import { openslo } from './openslo.js';
import { prometheusRuleCrd } from './prometheus-rule-crd.js';
import { prometheusRules } from './prometheus-rules.js';
import type { Kind } from './types.js';

/** Every kind obslint knows, in detection order (the first whose `detect` matches wins). */
export const KINDS: readonly Kind[] = [
  prometheusRules,
  prometheusRuleCrd,
  grafanaAlerting,
  grafanaAlertingCrd,
  datadogMonitors,
  datadogMonitorCrd,
  openslo,
];

export function kindById(id: string): Kind | undefined {
  return KINDS.find((kind) => kind.id === id);
}
