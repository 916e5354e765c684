import { isMapping } from '../kinds/prometheus-groups.js';
import type { Component, ComponentRole, PipelineConfig, Reference } from '../kinds/types.js';
import { patternsOverlap, regexMayMatch } from '../fluent-bit/routing.js';
import { rustGlobMatches } from './patterns.js';

/** A pipeline config as the wiring rules see it: one file's, or a declared set's, merged. */
export interface WiredConfig {
  config: PipelineConfig;
  /**
   * Merged from the files of a set (`configs:`). The kinds check a whole config's wiring as
   * they load one file (a Collector pipeline naming an undefined receiver is a `schema`
   * finding); for a set, those checks are the pipeline rules' to make on the merged config.
   */
  merged: boolean;
  /** Vector's `wildcard_matching: relaxed`: an input pattern that matches nothing is allowed. */
  relaxedPatterns: boolean;
}

/**
 * What a reference reaches: the components whose data it takes (or, for an OTel pipeline's
 * processors and exporters, the components it names).
 */
export type Reach = readonly Component[];

/** What each of `config.references` reaches, in the same order (once per config). */
export function reaches(config: PipelineConfig): readonly Reach[] {
  let found = reachCache.get(config);
  if (!found) {
    const reach = config.kind === 'fluent-bit' ? fluentBitReach(config) : config.kind === 'vector' ? vectorReach(config) : exactReach(config);
    reachCache.set(config, (found = config.references.map(reach)));
  }
  return found;
}

const reachCache = new WeakMap<PipelineConfig, readonly Reach[]>();

/** The program that loads a kind's configs, for messages. */
export function programOf(kind: string): string {
  return PROGRAMS[kind] ?? 'the program that loads it';
}

const PROGRAMS: Record<string, string> = { 'otel-collector': 'the Collector', vector: 'Vector', 'fluent-bit': 'Fluent Bit' };

/** References name components by id, among those of the roles they take (the Collector). */
function exactReach(config: PipelineConfig): (ref: Reference) => Reach {
  const byId = new Map<string, Component[]>();
  for (const component of config.components) byId.set(component.id, [...(byId.get(component.id) ?? []), component]);
  return (ref) => (byId.get(ref.target) ?? []).filter((c) => ref.roles.includes(c.role));
}

/**
 * Vector's `inputs` (`config::compiler::expand_globs`, `config::graph`): a name, or a glob
 * matched against every output of every source and transform (`route`, and `route.errors` for
 * a named output) except the component's own name.
 */
function vectorReach(config: PipelineConfig): (ref: Reference) => Reach {
  const exact = exactReach(config);
  const outputs = config.components.filter((c) => c.role === 'source' || c.role === 'processor').map((c) => ({ component: c, names: outputNames(c) }));
  return (ref) => {
    // A pattern the glob crate refuses is kept as a plain name.
    if (ref.pattern !== 'glob' || rustGlobMatches(ref.target, '') === undefined) return exact(ref);
    const matched = outputs.filter(({ names }) => names.some((name) => name !== ref.from && rustGlobMatches(ref.target, name)));
    return matched.filter(({ component }) => ref.roles.includes(component.role)).map(({ component }) => component);
  };
}

/** A Vector component's outputs as inputs name them: its id, and `id.name` for each named output its type has. */
function outputNames(component: Component): string[] {
  const named = (names: string[]) => names.map((name) => `${component.id}.${name}`);
  const { settings } = component;
  switch (component.type) {
    case 'route':
      return [component.id, ...named([...(isMapping(settings.route) ? Object.keys(settings.route) : []), '_unmatched'])];
    case 'exclusive_route': {
      const routes = Array.isArray(settings.routes) ? settings.routes : [];
      return [component.id, ...named([...routes.flatMap((r) => (isMapping(r) && typeof r.name === 'string' ? [r.name] : [])), '_unmatched'])];
    }
    case 'remap':
      return settings.reroute_dropped === true ? [component.id, ...named(['dropped'])] : [component.id];
    // These sources have only named outputs, one per signal.
    case 'opentelemetry':
      return named(SIGNALS);
    case 'datadog_agent':
      return settings.multiple_outputs === true ? named(SIGNALS) : [component.id];
    default:
      return [component.id];
  }
}

const SIGNALS = ['logs', 'metrics', 'traces'];

/**
 * Fluent Bit routes by tag. The kind resolves each `Match` to the inputs (and rewrite_tag
 * emitters) it reaches in its own file; one that reached nothing there is kept as its
 * pattern, matched here against the tags of every input of the config, so that in a set
 * (`configs:`) an output in one file reaches an input in another.
 */
function fluentBitReach(config: PipelineConfig): (ref: Reference) => Reach {
  const exact = exactReach(config);
  const tagged = config.components.filter((c) => c.tags !== undefined);
  return (ref) => {
    if (ref.pattern === undefined) return exact(ref);
    const matches = ref.pattern === 'regex' ? (tag: string) => regexMayMatch(ref.target, tag) : (tag: string) => patternsOverlap(ref.target, tag);
    return tagged.filter((c) => c.tags!.some(matches));
  };
}

/** What a format calls a component of a role: a Collector `receiver`, a Vector `transform`, a Fluent Bit `output`. */
export function roleName(kind: string, role: ComponentRole): string {
  return ROLE_NAMES[kind]?.[role] ?? role;
}

const ROLE_NAMES: Record<string, Partial<Record<ComponentRole, string>>> = {
  'otel-collector': { source: 'receiver', sink: 'exporter' },
  vector: { processor: 'transform' },
  'fluent-bit': { source: 'input', processor: 'filter', sink: 'output' },
};


/**
 * A component's name as its program writes it in messages: a Fluent Bit id carries its
 * section (`input:tail.0`) only to keep an input and an output of one plugin apart.
 */
export function componentName(kind: string, id: string): string {
  return kind === 'fluent-bit' ? id.replace(/^[a-z]+:/, '') : id;
}
