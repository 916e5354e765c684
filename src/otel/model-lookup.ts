import type { Component, ComponentRole, PipelineConfig } from '../kinds/types.js';

/** A config's components of one role by id: the first definition wins, as the Collector's duplicate check leaves it. */
export function componentsById(config: PipelineConfig, role: ComponentRole): Map<string, Component> {
  const byId = new Map<string, Component>();
  for (const component of config.components) if (component.role === role && !byId.has(component.id)) byId.set(component.id, component);
  return byId;
}

/** For each component id, the names of the pipelines that list it as a processor or an exporter (once per config). */
export function pipelinesUsing(config: PipelineConfig, list: 'processors' | 'sinks'): Map<string, string[]> {
  let byList = usesCache.get(config);
  if (!byList) usesCache.set(config, (byList = {}));
  let uses = byList[list];
  if (!uses) {
    uses = new Map();
    for (const pipeline of config.pipelines) {
      for (const ref of pipeline[list]) {
        const names = uses.get(ref.target) ?? [];
        if (!names.includes(pipeline.name)) names.push(pipeline.name);
        uses.set(ref.target, names);
      }
    }
    byList[list] = uses;
  }
  return uses;
}

const usesCache = new WeakMap<PipelineConfig, Partial<Record<'processors' | 'sinks', Map<string, string[]>>>>();
