import { componentsById } from '../otel/model-lookup.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import type { WiredConfig } from '../pipelines/wiring.js';

/** Exporters that write every item to the Collector's own output. */
const DEBUG_TYPES = new Set(['debug', 'logging']);

/**
 * The debug exporter writes every span, metric point and log record to the Collector's log:
 * in production that is log volume paid for twice, a slower Collector, and data in a place
 * nobody secured for it. A config split over files is checked merged: a later layer may
 * replace a pipeline's list of exporters.
 */
export default definePipelineRule({
  meta: {
    id: 'otel-debug-exporter',
    summary: 'An OpenTelemetry Collector pipeline exports to the `debug` (or removed `logging`) exporter, which writes all data to the Collector\'s log.',
    defaultSeverity: 'warning',
    messages: {
      debug: {
        text: 'Pipeline `{pipeline}` exports to `{exporter}`, which writes every item to the Collector\'s log: noise and cost in production.',
        help: 'Remove it from the pipeline, or keep it in a config used only for debugging (`verbosity: basic` and sampling keep it small).',
      },
    },
  },
  check: (wired) => debugExports(wired),
});

function debugExports({ config }: WiredConfig): PipelineIssue[] {
  if (config.kind !== 'otel-collector') return [];
  const exporters = componentsById(config, 'sink');
  const issues: PipelineIssue[] = [];
  for (const pipeline of config.pipelines) {
    for (const ref of pipeline.sinks) {
      const type = exporters.get(ref.target)?.type;
      if (type !== undefined && DEBUG_TYPES.has(type)) issues.push({ messageId: 'debug', data: { pipeline: pipeline.name, exporter: ref.target }, place: at.reference(ref) });
    }
  }
  return issues;
}
