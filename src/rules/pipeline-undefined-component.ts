import type { Pipeline, Reference } from '../kinds/types.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import { componentName, reaches, roleName, type WiredConfig } from '../pipelines/wiring.js';
import { capitalized } from '../core/text.js';

/**
 * A reference that names nothing: Vector refuses an input (or an input pattern) that matches
 * no source or transform, unless `wildcard_matching: relaxed` lets patterns match nothing; the
 * Collector refuses a pipeline or `service.extensions` naming an undefined component (the
 * kind reports that for one file, this rule for a set of files merged) and cannot start a
 * component whose authenticator or storage extension is not defined; a Fluent Bit filter or
 * output whose `Match` matches no input's tag gets no records (Fluent Bit starts anyway).
 */
export default definePipelineRule({
  meta: {
    id: 'pipeline-undefined-component',
    summary: 'A pipeline, input list or `Match` that names a component (or tag) the config does not define, so the program refuses it or the data goes nowhere.',
    defaultSeverity: 'error',
    messages: {
      vectorInput: {
        text: '{role} `{component}` lists input `{input}`, which is no source or transform of this config; Vector refuses it.',
        help: 'Fix the name, or define the source or transform it should read from (a sink has no output to read).',
      },
      vectorPattern: {
        text: '{role} `{component}` lists input pattern `{input}`, which matches no source or transform; Vector refuses it.',
        help: 'Fix the pattern, or set `wildcard_matching: relaxed` at the top of the config if it may match nothing.',
      },
      collectorPipeline: {
        text: 'Pipeline `{pipeline}` names {role} `{component}`, which no file of this config defines; the Collector refuses it.',
        help: 'Define it in one of the files listed under `configs:`, or fix the name (ids are `type` or `type/name`).',
      },
      collectorService: {
        text: '`service.extensions` names extension `{component}`, which no file of this config defines; the Collector refuses it.',
        help: 'Define the extension under `extensions:` in one of the files, or remove it from `service.extensions`.',
      },
      collectorExtension: {
        text: '`{user}` uses extension `{component}`, which is not defined under `extensions`; the Collector cannot start `{user}`.',
        help: 'Define the extension under `extensions:` and list it in `service.extensions`, or fix the name.',
      },
      fluentBitRoute: {
        text: 'Input `{component}` routes records to output `{output}`, which this config does not define, so Fluent Bit drops the route (with a warning).',
        help: 'Name an output by its `alias`, its instance name (such as `stdout.0`) or its plugin name, or give a `fallback` that exists.',
      },
      fluentBitMatch: {
        text: '{role} `{component}` matches `{match}`, which is no input\'s tag, so it gets no records.',
        help: 'Match the `Tag` of an input (an input without one is tagged with its instance name, such as `tail.0`), or fix the pattern.',
      },
      other: {
        text: '`{user}` names `{component}`, which is not defined.',
        help: 'Define it, or fix the name.',
      },
    },
  },
  check: (wired) => undefinedReferences(wired),
});

function undefinedReferences(wired: WiredConfig): PipelineIssue[] {
  const { config } = wired;
  const reach = reaches(config);
  const issues: PipelineIssue[] = [];
  const byId = new Map(config.components.map((c) => [c.id, c]));
  const role = (id: string) => roleName(config.kind, byId.get(id)?.role ?? 'source');
  config.references.forEach((ref, index) => {
    const found = reach[index];
    if (found.length > 0) return;
    const place = at.reference(ref);
    switch (config.kind) {
      case 'vector':
        if (ref.pattern === 'glob' && wired.relaxedPatterns) return;
        issues.push({ messageId: ref.pattern === 'glob' ? 'vectorPattern' : 'vectorInput', data: { role: capitalized(role(ref.from)), component: ref.from, input: ref.target }, place });
        return;
      case 'otel-collector': {
        const issue = collectorIssue(wired, ref, config.pipelines);
        if (issue) issues.push({ ...issue, place });
        return;
      }
      case 'fluent-bit':
        if (ref.roles.includes('sink')) {
          issues.push({ messageId: 'fluentBitRoute', data: { component: componentName(config.kind, ref.from), output: ref.target }, place });
          return;
        }
        issues.push({ messageId: 'fluentBitMatch', data: { role: capitalized(role(ref.from)), component: componentName(config.kind, ref.from), match: ref.target }, place });
        return;
      default:
        issues.push({ messageId: 'other', data: { user: ref.from, component: ref.target }, place });
    }
  });
  return issues;
}

/** The Collector's kind reports a pipeline or `service.extensions` naming nothing in one file; a merged set is this rule's. */
function collectorIssue(wired: WiredConfig, ref: Reference, pipelines: readonly Pipeline[]): Omit<PipelineIssue, 'place'> | undefined {
  if (ref.from === 'service') return wired.merged ? { messageId: 'collectorService', data: { component: ref.target } } : undefined;
  const pipeline = pipelines.find((p) => p.sources.includes(ref) || p.processors.includes(ref) || p.sinks.includes(ref));
  // Not from a pipeline nor `service`: from a component's settings (`auth.authenticator`, `storage`).
  if (!pipeline) return { messageId: 'collectorExtension', data: { user: ref.from, component: ref.target } };
  if (!wired.merged) return undefined;
  const role = pipeline.sources.includes(ref) ? 'receiver' : pipeline.processors.includes(ref) ? 'processor' : 'exporter';
  return { messageId: 'collectorPipeline', data: { pipeline: pipeline.name, role, component: ref.target } };
}
