import { alertmanager } from './alertmanager.js';
import { datadogMonitorCrd } from './datadog-monitor-crd.js';
import { datadogMonitors } from './datadog-monitors.js';
import { fluentBit } from './fluent-bit.js';
import { grafanaAlertingCrd } from './grafana-alerting-crd.js';
import { grafanaAlerting } from './grafana-alerting.js';
import { lokiAlertingRule, lokiRecordingRule } from './loki-rule-crd.js';
import { lokiRules } from './loki-rules.js';
import { openslo } from './openslo.js';
import { otelCollector } from './otel-collector.js';
import { prometheusRuleCrd } from './prometheus-rule-crd.js';
import { prometheusRules } from './prometheus-rules.js';
import { rulerNamespace } from './ruler-namespace.js';
import { vector } from './vector.js';
import type { Kind } from './types.js';

/** Every kind obslint knows, in detection order (the first whose `detect` matches wins). */
export const KINDS: readonly Kind[] = [
  // Before prometheus-rules, which would claim the same groups without `namespace`.
  rulerNamespace,
  prometheusRules,
  prometheusRuleCrd,
  lokiAlertingRule,
  lokiRecordingRule,
  alertmanager,
  grafanaAlerting,
  grafanaAlertingCrd,
  datadogMonitors,
  datadogMonitorCrd,
  openslo,
  otelCollector,
  vector,
  fluentBit,
  // Never detected: selected by `kinds:` in .obslint.yml.
  lokiRules,
];

export function kindById(id: string): Kind | undefined {
  return KINDS.find((kind) => kind.id === id);
}
