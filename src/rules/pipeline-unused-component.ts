import { capitalized, codeList } from '../core/text.js';
import type { Component } from '../kinds/types.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import { componentName, reaches, roleName, type WiredConfig } from '../pipelines/wiring.js';

/**
 * A component nothing uses is dead weight at best, and at worst a sign of a mistake: the
 * exporter meant for production that no pipeline lists, the source whose logs are dropped.
 * The Collector does not start a component no pipeline names (nor an extension missing from
 * `service.extensions`); Vector warns that a source or transform "has no consumers" and drops
 * its events; Fluent Bit drops the records of an input whose tag no output matches.
 */
export default definePipelineRule({
  meta: {
    id: 'pipeline-unused-component',
    summary: 'A component defined but never used: a Collector receiver, processor, exporter or connector in no pipeline, an extension not started, a Vector source or transform nobody reads, a Fluent Bit input no output matches.',
    defaultSeverity: 'warning',
    messages: {
      collector: {
        text: '{role} `{component}` is in no pipeline, so the Collector does not start it.',
        help: 'List it in a pipeline under `service.pipelines`, or remove it.',
      },
      extension: {
        text: 'Extension `{component}` is not listed in `service.extensions`, so the Collector does not start it.',
        help: 'List it in `service.extensions`, or remove it.',
      },
      extensionInUse: {
        text: 'Extension `{component}` is used by {users} but not listed in `service.extensions`, so the Collector does not start it and cannot start them.',
        help: 'List it in `service.extensions`.',
      },
      vector: {
        text: '{role} `{component}` has no consumers: no transform or sink lists it in `inputs`, so Vector drops its events.',
        help: 'Add it to the `inputs` of the transform or sink that should get its events, or remove it.',
      },
      fluentBit: {
        text: 'Input `{component}` is tagged {tag}, which no output matches, so Fluent Bit drops its records.',
        help: 'Set the `Match` of an output to this tag (or a pattern such as `app.*`), or remove the input.',
      },
    },
  },
  check: (wired) => unusedComponents(wired),
});

function unusedComponents({ config }: WiredConfig): PipelineIssue[] {
  const reach = reaches(config);
  const byId = new Map(config.components.map((c) => [c.id, c]));
  /** For each component, the components or pipelines whose references reach it. */
  const usedBy = new Map<Component, string[]>();
  config.references.forEach((ref, index) => {
    const found = reach[index];
    const from = byId.get(ref.from);
    if (config.kind === 'fluent-bit') {
      // A route sends its input's records to the outputs it names: the input is used.
      if (ref.roles.includes('sink')) {
        if (from && found.length > 0) usedBy.set(from, [...(usedBy.get(from) ?? []), ...found.map((c) => c.id)]);
        return;
      }
      // A filter changes records on their way; only an output, or a filter that emits new records from them, takes them.
      if (from?.role !== 'sink' && !EMITTING_FILTERS.has(from?.type ?? '')) return;
    }
    for (const component of found) usedBy.set(component, [...(usedBy.get(component) ?? []), ref.from]);
  });
  const issues: PipelineIssue[] = [];
  for (const component of config.components) {
    if (usedBy.has(component) && !(config.kind === 'otel-collector' && component.role === 'extension')) continue;
    const data = { role: capitalized(roleName(config.kind, component.role)), component: componentName(config.kind, component.id) };
    const place = at.component(component);
    switch (config.kind) {
      case 'otel-collector': {
        if (component.role !== 'extension') {
          issues.push({ messageId: 'collector', data, place });
          continue;
        }
        const users = usedBy.get(component) ?? [];
        if (users.includes('service')) continue;
        issues.push(users.length > 0 ? { messageId: 'extensionInUse', data: { ...data, users: { raw: codeList([...new Set(users)], 'and') } }, place } : { messageId: 'extension', data, place });
        continue;
      }
      case 'vector':
        if (component.role === 'source' || component.role === 'processor') issues.push({ messageId: 'vector', data, place });
        continue;
      case 'fluent-bit':
        if (component.role === 'source') issues.push({ messageId: 'fluentBit', data: { ...data, tag: [...(component.tags ?? [])] }, place });
    }
  }
  return issues;
}

/** Fluent Bit filters that emit new records (through an emitter input) from those they match. */
const EMITTING_FILTERS: ReadonlySet<string> = new Set(['rewrite_tag', 'log_to_metrics']);
