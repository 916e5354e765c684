import { collectorPipelines } from '../otel/model.js';
import { checkCollector } from '../otel/structure.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';
import { keySniff } from './sniff.js';

const COLLECTOR_KEY = keySniff(['exporters', 'pipelines']);

/**
 * An OpenTelemetry Collector config (also inside a ConfigMap, or the operator's
 * `OpenTelemetryCollector` resource, which the engine unwraps): receivers, processors,
 * exporters, connectors and extensions joined by `service.pipelines`.
 */
export const otelCollector: Kind = {
  id: 'otel-collector',
  title: 'OpenTelemetry Collector config',
  extensions: ['yml', 'yaml', 'json'],
  // `exporters:` or `pipelines:` (a layer may have no exporters); not `receivers:`, which every Alertmanager config has.
  sniff: (text) => COLLECTOR_KEY.test(text),
  // Alertmanager has `receivers` too, as a list; Kubernetes resources carry an apiVersion.
  detect: (value) =>
    isMapping(value) &&
    !('apiVersion' in value) &&
    !('kind' in value) &&
    (isMapping(value.receivers) || isMapping(value.exporters) || (isMapping(value.service) && isMapping(value.service.pipelines))),
  recognizedBy: 'a mapping of `receivers`/`exporters` maps or `service.pipelines`, no `apiVersion`/`kind`',
  reference: 'https://opentelemetry.io/docs/collector/configuration/',
  validator: () => import('../generated/validators/otel-collector.js').then((m) => m.default),
  checkStructure: (value, _settings, part) => checkCollector(value, part),
  extract(value, doc, model) {
    model.pipelines.push(collectorPipelines(this.id, value, doc));
  },
};
