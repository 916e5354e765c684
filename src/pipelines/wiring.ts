import { isMapping } from '../kinds/prometheus-groups.js';
import type { Component, ComponentRole, PipelineConfig, Reference } from '../kinds/types.js';
import { patternsOverlap, rustGlobMatches } from './patterns.js';

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
 * processors and exporters, the components it names), or `open` when the config alone cannot
 * tell (a Fluent Bit `Match` next to an input whose tags come from its senders).
 */
export type Reach = readonly Component[] | 'open';

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
 * Fluent Bit routes by tag (`flb_router_match`): a filter's or an output's `Match` takes the
 * records of every input whose tag it matches. An input's tag is its `Tag`, or its instance
 * name (`tail.0`, the component's id) when it has none; `tail` fills a `*` in its tag with
 * the file's path, so such a tag is a pattern too. A `rewrite_tag` filter emits records under
 * the tags of its rules: a `Match` that takes those reaches the filter. Some inputs take their
 * tags from their senders (`forward`, `http`, `opentelemetry`...), and a rule's tag may be
 * made from the record (`$kubernetes['namespace_name']`): a `Match` that matches no tag the
 * config shows may still match those, so it is `open`.
 */
function fluentBitReach(config: PipelineConfig): (ref: Reference) => Reach {
  const tagged: { component: Component; tag: string }[] = [];
  let open = false;
  for (const component of config.components) {
    if (component.role === 'source') {
      if (SENDER_TAGGED_INPUTS.has(component.type)) open = true;
      else tagged.push({ component, tag: inputTag(component) });
    } else if (component.type === 'rewrite_tag') {
      for (const tag of emittedTags(component)) {
        if (tag.includes('$')) open = true;
        else tagged.push({ component, tag });
      }
    }
  }
  return (ref) => {
    // A `Match` without `*` is one tag, and a pattern that matches only itself.
    const matched = tagged.filter(({ tag }) => patternsOverlap(ref.target, tag));
    if (matched.length === 0 && open) return 'open';
    return [...new Set(matched.map(({ component }) => component))];
  };
}

/** Inputs whose records carry the tags their senders (or request paths) give them. */
export const SENDER_TAGGED_INPUTS: ReadonlySet<string> = new Set(['forward', 'http', 'opentelemetry', 'splunk', 'elasticsearch', 'prometheus_remote_write']);

/** The tags a `rewrite_tag` filter's `Rule`s emit: `Rule $key regex new_tag keep`. */
function emittedTags(component: Component): string[] {
  const rules = settingValues(component.settings, 'rule');
  return rules.flatMap((rule) => {
    const tag = rule.trim().split(/\s+/)[2];
    return tag === undefined ? [] : [tag];
  });
}

/** A Fluent Bit property: keys are case-insensitive. */
function setting(settings: Record<string, unknown>, name: string): string | undefined {
  return settingValues(settings, name)[0];
}

/** A Fluent Bit property that may be given several times (`Rule`), as strings. */
function settingValues(settings: Record<string, unknown>, name: string): string[] {
  for (const [key, value] of Object.entries(settings)) {
    if (key.toLowerCase() !== name) continue;
    const values = Array.isArray(value) ? value : [value];
    return values.flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'number' ? [String(v)] : []));
  }
  return [];
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

/** A Fluent Bit input's tag: its `Tag`, or its instance name. */
export function inputTag(component: Component): string {
  return setting(component.settings, 'tag') ?? component.id;
}
