import { capitalized, shown } from '../core/text.js';
import type { StructureIssue } from '../kinds/types.js';
import { readVector, type VectorComponent } from './config.js';

/**
 * What Vector refuses when it builds a config, beyond the schema (`config::compiler` and
 * `config::validation::check_names`/`check_shape`): a name with a dot, one name used by two
 * components, no source or no sink, a transform or sink without inputs, an input listed twice.
 * Inputs that name nothing, and cycles, are the pipeline rules' to report, from the model; so
 * is a missing source or sink in a `part` (one file of a config directory), on the merged config.
 */
export function checkVector(value: unknown, part = false): StructureIssue[] {
  const config = readVector(value);
  const issues: StructureIssue[] = [];
  const topology = config.components.filter((c) => c.section !== 'enrichment_tables');
  const firstOf = new Map<string, VectorComponent>();
  for (const component of topology) {
    const name = shown(component.id);
    if (component.id.includes('.')) {
      issues.push({
        path: component.path,
        target: 'key',
        message: `Component name \`${name}\` holds a \`.\`; Vector refuses it (a dot separates a component from its named output, as in \`route.errors\`).`,
        help: 'Use `_` or `-` instead of the dot.',
      });
    }
    const first = firstOf.get(component.id);
    if (first) {
      issues.push({
        path: component.path,
        target: 'key',
        message: `\`${name}\` names both a ${singular(first)} and a ${singular(component)}; Vector refuses two components with one name.`,
        help: 'Give every source, transform and sink its own name.',
      });
    } else firstOf.set(component.id, component);
    if (!component.inputs || (config.testOnly && component.section === 'transforms')) continue;
    if (component.inputs.length === 0 && Array.isArray(component.settings.inputs)) {
      issues.push({
        path: [...component.path, 'inputs'],
        message: `${capitalized(singular(component))} \`${name}\` has no inputs; Vector refuses it.`,
        help: 'List the sources or transforms it reads from, such as `inputs: ["my_source"]`.',
      });
    }
    const seen = new Set<string>();
    for (const input of component.inputs) {
      if (seen.has(input.written)) {
        issues.push({
          path: input.path,
          message: `${capitalized(singular(component))} \`${name}\` lists input \`${shown(input.written)}\` twice; Vector refuses it.`,
          help: 'List each input once.',
        });
      }
      seen.add(input.written);
    }
  }
  if (!config.testOnly && config.components.length > 0 && !part) {
    for (const section of ['sources', 'sinks'] as const) {
      if (topology.some((c) => c.section === section)) continue;
      issues.push({
        path: [],
        message: `This Vector config defines no ${section}; Vector refuses to start without one.`,
        help: `Define at least one ${section === 'sources' ? 'source' : 'sink'}. If this file is one of several that form the config (\`--config-dir\`), list them under \`configs:\` in .obslint.yml to lint them together.`,
      });
    }
  }
  return issues;
}

function singular(component: VectorComponent): string {
  return component.section.slice(0, -1).replace('enrichment_table', 'enrichment table');
}
