import { componentsById } from '../otel/model-lookup.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import type { WiredConfig } from '../pipelines/wiring.js';

/**
 * The Collector keeps data in memory between receiving and exporting it; without a memory
 * limiter a burst or a slow backend grows it until the process is killed, and everything in
 * flight is lost. The limiter only protects what comes after it, so it goes first. A config
 * split over files is checked merged: a layer that only changes a pipeline's exporters keeps
 * the processors of the layer before it.
 */
export default definePipelineRule({
  meta: {
    id: 'otel-memory-limiter',
    summary: 'An OpenTelemetry Collector pipeline has no `memory_limiter` processor, or does not run it first.',
    defaultSeverity: 'warning',
    messages: {
      missing: {
        text: 'Pipeline `{pipeline}` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
        help: 'Define a `memory_limiter` processor (`check_interval: 1s`, `limit_percentage: 80`, `spike_limit_percentage: 20`) and list it first under the pipeline\'s `processors`.',
      },
      notFirst: {
        text: 'Pipeline `{pipeline}` runs `{limiter}` after `{first}`; the memory limiter must be the first processor to refuse data before other processors hold it.',
        help: 'Move it to the start of the pipeline\'s `processors` list.',
      },
    },
  },
  check: (wired) => limiterProblems(wired),
});

function limiterProblems({ config }: WiredConfig): PipelineIssue[] {
  if (config.kind !== 'otel-collector') return [];
  const processors = componentsById(config, 'processor');
  const issues: PipelineIssue[] = [];
  for (const pipeline of config.pipelines) {
    const index = pipeline.processors.findIndex((ref) => processors.get(ref.target)?.type === 'memory_limiter');
    if (index === -1) {
      issues.push({ messageId: 'missing', data: { pipeline: pipeline.name }, place: at.pipeline(pipeline) });
    } else if (index > 0) {
      const limiter = pipeline.processors[index];
      issues.push({ messageId: 'notFirst', data: { pipeline: pipeline.name, limiter: limiter.target, first: pipeline.processors[0].target }, place: at.reference(limiter) });
    }
  }
  return issues;
}
