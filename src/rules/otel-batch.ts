import { codeList } from '../core/text.js';
import { isMapping } from '../kinds/prometheus-groups.js';
import type { Component } from '../kinds/types.js';
import { componentsById } from '../otel/model-lookup.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import type { WiredConfig } from '../pipelines/wiring.js';

/** Exporters that send nothing over the network (`prometheus` is scraped), so batching saves nothing. */
const LOCAL_EXPORTERS = new Set(['debug', 'nop', 'prometheus', 'file']);

/**
 * Whether an exporter batches by itself: its sending queue has a `batch` section (the way
 * current Collector releases recommend; `batch:` left empty takes the defaults). Exporters
 * batch by default only behind the alpha feature gate `pkg.exporterhelper.queueBatchEnabled`.
 */
function batchesItself(exporter: Component): boolean {
  const queue = exporter.settings.sending_queue;
  if (!isMapping(queue) || queue.enabled === false || !('batch' in queue)) return false;
  return !(isMapping(queue.batch) && queue.batch.enabled === false);
}

/**
 * Unbatched, every small payload a receiver gets is its own export request: more connections,
 * worse compression, and a backend that throttles. A config split over files is checked
 * merged: the batch processor or the exporter's `sending_queue.batch` may be in another layer.
 */
export default definePipelineRule({
  meta: {
    id: 'otel-batch',
    summary: 'An OpenTelemetry Collector pipeline sends data unbatched: no `batch` processor, and an exporter without `sending_queue.batch`.',
    defaultSeverity: 'warning',
    messages: {
      unbatched: {
        text: 'Pipeline `{pipeline}` sends to {exporters} without batching: no `batch` processor, and no `sending_queue.batch` on {them}.',
        help: 'Add `sending_queue: { batch: {} }` to the exporter (what current Collector releases recommend), or a `batch` processor as the last processor of the pipeline.',
      },
      // The batch processor takes no profiles: only the exporter's own batching applies.
      unbatchedProfiles: {
        text: 'Pipeline `{pipeline}` sends to {exporters} without batching: no `sending_queue.batch` on {them}.',
        help: 'Add `sending_queue: { batch: {} }` to the exporter; the `batch` processor does not take profiles.',
      },
    },
  },
  check: (wired) => unbatchedPipelines(wired),
});

function unbatchedPipelines({ config }: WiredConfig): PipelineIssue[] {
  if (config.kind !== 'otel-collector') return [];
  const processors = componentsById(config, 'processor');
  const exporters = componentsById(config, 'sink');
  const issues: PipelineIssue[] = [];
  for (const pipeline of config.pipelines) {
    if (pipeline.processors.some((ref) => processors.get(ref.target)?.type === 'batch')) continue;
    // A connector passes data to another pipeline, which batches (or not) on its own.
    const unbatched = [...new Set(pipeline.sinks.map((ref) => ref.target))]
      .map((id) => exporters.get(id))
      .filter((e): e is Component => e !== undefined && !LOCAL_EXPORTERS.has(e.type) && !batchesItself(e));
    if (unbatched.length === 0) continue;
    const data = { pipeline: pipeline.name, exporters: { raw: codeList(unbatched.map((e) => e.id), 'and') }, them: { raw: unbatched.length === 1 ? 'it' : 'them' } };
    issues.push({ messageId: pipeline.signal === 'profiles' ? 'unbatchedProfiles' : 'unbatched', data, place: at.pipeline(pipeline) });
  }
  return issues;
}
