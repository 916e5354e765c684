import type { Component, ComponentRole, PipelineConfig } from '../kinds/types.js';

/** The OpenTelemetry Collector configs of a file's model. */
export function collectorConfigs(pipelines: readonly PipelineConfig[]): PipelineConfig[] {
  return pipelines.filter((p) => p.kind === 'otel-collector');
}

/** A config's components of one role by id: the first definition wins, as the Collector's duplicate check leaves it. */
export function componentsById(config: PipelineConfig, role: ComponentRole): Map<string, Component> {
  const byId = new Map<string, Component>();
  for (const component of config.components) if (component.role === role && !byId.has(component.id)) byId.set(component.id, component);
  return byId;
}

/** The pipelines that list a component among their exporters, by name. */
export function pipelinesExportingTo(config: PipelineConfig, id: string): string[] {
  return config.pipelines.filter((p) => p.sinks.some((ref) => ref.target === id)).map((p) => p.name);
}
