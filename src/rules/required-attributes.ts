import type { Component } from '../kinds/types.js';
import { isMapping } from '../kinds/prometheus-groups.js';
import { componentsById } from '../otel/model-lookup.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import type { WiredConfig } from '../pipelines/wiring.js';

export interface RequiredAttributesOptions {
  /** Attributes every logs pipeline must set, such as `service.name` or `deployment.environment`. */
  attributes: string[];
}

/**
 * Logs a team cannot tell apart by service or environment cannot be routed, searched or
 * billed. This rule checks that every Collector logs pipeline sets the attributes the platform
 * team lists, with a `resource` processor (resource attributes) or an `attributes` processor
 * (log record attributes) whose action is `insert` or `upsert` (`update` only changes a value
 * that is there; an `attributes` processor with `include`/`exclude` only acts on some logs).
 * With no attributes listed, the default, it checks nothing.
 */
export default definePipelineRule<RequiredAttributesOptions>({
  meta: {
    id: 'required-attributes',
    summary: 'A Collector logs pipeline that does not set the attributes the platform requires (with a `resource` or `attributes` processor). Nothing is required by default.',
    defaultSeverity: 'warning',
    messages: {
      missing: {
        text: 'Logs pipeline `{pipeline}` does not set {missing}: no `resource` or `attributes` processor in it inserts or upserts {them}.',
        help: 'Add a `resource` processor with `attributes: [{ key: <attribute>, value: <value>, action: upsert }]` to the pipeline\'s `processors`.',
      },
    },
    options: {
      defaults: { attributes: [] },
      schema: {
        attributes: {
          description: 'Attributes every Collector logs pipeline must set, such as `[service.name, deployment.environment]`. Default: none, and the rule checks nothing.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
      },
    },
  },
  check: (wired, options) => missingAttributes(wired, options.attributes),
});

function missingAttributes({ config }: WiredConfig, required: readonly string[]): PipelineIssue[] {
  if (required.length === 0 || config.kind !== 'otel-collector') return [];
  const processors = componentsById(config, 'processor');
  const issues: PipelineIssue[] = [];
  for (const pipeline of config.pipelines) {
    if (pipeline.signal !== 'logs') continue;
    const set = new Set(pipeline.processors.flatMap((ref) => attributesSet(processors.get(ref.target))));
    const missing = required.filter((name) => !set.has(name));
    if (missing.length === 0) continue;
    issues.push({ messageId: 'missing', data: { pipeline: pipeline.name, missing, them: { raw: missing.length === 1 ? 'it' : 'them' } }, place: at.pipeline(pipeline) });
  }
  return issues;
}

/** The attributes a processor sets on every log: `insert` (when absent) and `upsert` actions. */
function attributesSet(processor: Component | undefined): string[] {
  if (!processor || !['resource', 'attributes'].includes(processor.type)) return [];
  const { settings } = processor;
  if (processor.type === 'attributes' && (settings.include !== undefined || settings.exclude !== undefined)) return [];
  // The resource processor lists its actions under `attributes`, the attributes processor under `actions`.
  const list = processor.type === 'resource' ? settings.attributes : settings.actions;
  const actions = Array.isArray(list) ? list : [];
  return actions.flatMap((action) => (isMapping(action) && typeof action.key === 'string' && (action.action === 'insert' || action.action === 'upsert') ? [action.key] : []));
}
