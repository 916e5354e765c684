import { isMapping } from '../kinds/prometheus-groups.js';
import type { Component, ComponentRole, PipelineConfig, Reference } from '../kinds/types.js';
import { isGlob, readVector } from './config.js';

const ROLES = { sources: 'source', transforms: 'processor', sinks: 'sink' } as const satisfies Record<string, ComponentRole>;

/**
 * A Vector config as the shared pipeline model. Components: sources, transforms (processors)
 * and sinks by name; a memory enrichment table is a sink when it has `inputs`, and a source
 * under its `source_config.source_key`. References: every `inputs` entry, from the component
 * that lists it, to a source or transform (`roles: ['source', 'processor']`: sinks have no
 * output). An input naming a named output (`route.errors`) refers to its component
 * (`route`); a glob (`app_*`) is a `pattern: 'glob'` reference, matched as Rust's `glob`
 * crate matches (`*` crosses `.` too) against every source and transform, and their named
 * outputs. Vector refuses cycles, so the config is acyclic. A unit-test config (`tests`, no
 * sources nor sinks) is not a topology of its own: `vector test` replaces its inputs.
 */
export function vectorPipelines(kind: string, value: unknown, doc: number): PipelineConfig | undefined {
  const config = readVector(value);
  if (config.testOnly) return undefined;
  const components: Component[] = [];
  const references: Reference[] = [];
  for (const entry of config.components) {
    const site = { doc, path: entry.path };
    const add = (id: string, role: ComponentRole, at = site) => components.push({ id, type: entry.type, role, site: at, settings: entry.settings, settingsSite: site });
    if (entry.section === 'enrichment_tables') {
      if (entry.type !== 'memory') continue;
      if (Array.isArray(entry.settings.inputs)) add(entry.id, 'sink');
      const sourceConfig = entry.settings.source_config;
      if (isMapping(sourceConfig) && typeof sourceConfig.source_key === 'string') {
        add(sourceConfig.source_key, 'source', { doc, path: [...entry.path, 'source_config', 'source_key'] });
      }
    } else add(entry.id, ROLES[entry.section]);
  }
  const ids = new Set(components.map((c) => c.id));
  for (const entry of config.components) {
    if (entry.section === 'enrichment_tables' && entry.type !== 'memory') continue;
    for (const input of entry.inputs ?? []) {
      const site = { doc, path: input.path };
      if (isGlob(input.written)) {
        references.push({ target: input.written, pattern: 'glob', roles: ['source', 'processor'], from: entry.id, site });
        continue;
      }
      const dot = input.written.indexOf('.');
      const target = dot === -1 || ids.has(input.written) ? input.written : input.written.slice(0, dot);
      references.push({ target, roles: ['source', 'processor'], from: entry.id, site });
    }
  }
  return { kind, components, references, pipelines: [], site: { doc, path: [] }, acyclic: true };
}
