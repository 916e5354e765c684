import type { Path } from '../core/locate.js';
import { isMapping } from '../kinds/prometheus-groups.js';
import type { Component, ComponentRole, PipelineConfig, Reference } from '../kinds/types.js';
import { parseComponentId } from './ids.js';
import { readCollector, type IdRef, type Section } from './config.js';

const ROLES: Record<Section, ComponentRole> = {
  receivers: 'source',
  processors: 'processor',
  exporters: 'sink',
  connectors: 'connector',
  extensions: 'extension',
};

/**
 * A Collector config as the shared pipeline model. Ids are in the Collector's normal form
 * (`type/name`, trimmed), so a reference and a definition that the Collector takes as one id
 * match. References:
 * - from a pipeline (`from` is the pipeline id, `traces/2`): its receivers (roles source or
 *   connector: data flows from the target into the pipeline), processors, and exporters
 *   (roles sink or connector: data flows from the pipeline to the target);
 * - from `service` (`from: 'service'`): the extensions it starts;
 * - from a component (`from` is its id) to an extension it uses: an authenticator
 *   (`auth.authenticator`), a storage (`storage`, `sending_queue.storage`), a middleware.
 * Ids the Collector refuses to parse are left out (the schema rule reports them).
 */
export function collectorPipelines(kind: string, value: unknown, doc: number): PipelineConfig {
  const config = readCollector(value);
  const components: Component[] = [];
  const references: Reference[] = [];
  for (const entry of config.components) {
    if (entry.parsed.error) continue;
    const site = { doc, path: entry.path };
    components.push({ id: entry.parsed.id, type: entry.parsed.type, role: ROLES[entry.section], site, settings: entry.settings, settingsSite: site });
    if (entry.section !== 'extensions') references.push(...extensionUses(entry.parsed.id, entry.settings, entry.path, doc));
  }
  const reference = (ref: IdRef, roles: readonly ComponentRole[], from: string): Reference[] =>
    ref.parsed.error ? [] : [{ target: ref.parsed.id, roles, from, site: { doc, path: ref.path } }];
  for (const ref of config.serviceExtensions) references.push(...reference(ref, ['extension'], 'service'));
  const pipelines: PipelineConfig['pipelines'] = [];
  for (const pipeline of config.pipelines) {
    if (pipeline.parsed.error) continue;
    const from = pipeline.parsed.id;
    const sources = pipeline.receivers.flatMap((ref) => reference(ref, ['source', 'connector'], from));
    const processors = pipeline.processors.flatMap((ref) => reference(ref, ['processor'], from));
    const sinks = pipeline.exporters.flatMap((ref) => reference(ref, ['sink', 'connector'], from));
    references.push(...sources, ...processors, ...sinks);
    pipelines.push({ name: from, signal: pipeline.parsed.type, site: { doc, path: pipeline.path }, sources, processors, sinks });
  }
  return { kind, components, references, pipelines, site: { doc, path: [] }, acyclic: true };
}

/** The extensions a component's settings name, wherever the Collector's shared settings put them. */
function extensionUses(from: string, settings: Record<string, unknown>, path: Path, doc: number): Reference[] {
  const found: Reference[] = [];
  const add = (value: unknown, at: Path) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const parsed = parseComponentId(value);
    if (!parsed.error) found.push({ target: parsed.id, roles: ['extension'], from, site: { doc, path: at } });
  };
  add(settings.storage, [...path, 'storage']);
  const walk = (node: unknown, at: Path, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...at, index], depth + 1));
      return;
    }
    if (!isMapping(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'auth' && isMapping(child)) add(child.authenticator, [...at, key, 'authenticator']);
      else if (key === 'sending_queue' && isMapping(child)) add(child.storage, [...at, key, 'storage']);
      else if (key === 'middlewares' && Array.isArray(child)) child.forEach((m, i) => isMapping(m) && add(m.id, [...at, key, i, 'id']));
      walk(child, [...at, key], depth + 1);
    }
  };
  walk(settings, path, 0);
  return found;
}

/** Shared settings sit a few levels down (`protocols.grpc.auth`); deeper data is a component's own. */
const MAX_DEPTH = 6;
