import type { Path } from '../core/locate.js';
import type { Component, ComponentRole, Model, PipelineConfig, Reference, Site } from '../kinds/types.js';
import { find, isMapping, last, pluginName, readConfig, textOf, type FluentBitConfig, type PluginSection } from './config.js';
import { pluginSpec } from './plugins.js';
import { inputTagPattern, patternsOverlap, regexMayMatch, rewrittenTagPattern, withVariables } from './routing.js';
import { countTokens } from './values.js';

/**
 * A Fluent Bit config as the shared pipeline model, plus what only Fluent Bit configs have.
 *
 * Components: inputs are sources, filters processors, outputs sinks, customs extensions, and
 * the emitter a `rewrite_tag` or `log_to_metrics` filter creates is a source of its own. Ids
 * are `<kind>:<name>` as Fluent Bit's logs write them (`input:tail.0`, `output:es.0`): the
 * name is the `alias`, else the instance name `<plugin>.<n>` (n counts the sections of that
 * kind, and an input's default tag is that instance name), and kinds keep an input and an
 * output of one plugin apart. An emitter is the input `emitter_name` names, by default
 * `emitter_for_<filter's name>`.
 *
 * References are resolved here, with Fluent Bit's own matching, to the exact ids they reach:
 * a filter's or output's `Match`/`Match_Regex` refers to every source whose tag it can match
 * (a tag partly known only at run time, like tail's `kube.*`, counts as a pattern), an input's
 * `routes` refer to the outputs they name, and an emitter refers to the filter that feeds it.
 * A `Match` that reaches no source becomes one reference whose target is the pattern itself
 * (`pattern: 'glob'`, or `'regex'` for `Match_Regex`): the wiring matches it against the inputs
 * of the other files of a set, and reports it as undefined when none has a tag it matches.
 */
export interface FluentBitPipeline extends PipelineConfig {
  /**
   * The files `@INCLUDE` or `includes:` read in, as written: glob patterns included, relative
   * to the main file's folder in the classic format and to the including file's in YAML.
   */
  includes: { file: string; site: Site }[];
}

interface Source {
  id: string;
  /** The tags its records carry, as patterns (`*` for what is only known at run time). */
  tags: string[];
}

export function extractPipeline(kind: string, value: unknown, doc: number, model: Model): void {
  const config = readConfig(value);
  const sections = config.plugins;
  if (sections.length === 0 && config.includes.length === 0) return;
  const site = (path: Path): Site => ({ doc, path });
  const components: Component[] = [];
  const references: Reference[] = [];
  const ids = new Map<PluginSection, string>();
  const sources: Source[] = [];
  for (const section of sections) {
    const id = instanceId(section);
    ids.set(section, id);
    const written = pluginName(section) ?? '';
    const tags = section.kind === 'input' ? inputTags(section, config) : undefined;
    if (tags) sources.push({ id, tags });
    components.push({
      id,
      type: pluginSpec(section.kind, written)?.name ?? written,
      role: ROLES[section.kind],
      site: site(section.path),
      settings: section.data,
      settingsSite: site(section.path),
      ...(tags && { tags }),
    });
  }

  const inputs = sections.filter((s) => s.kind === 'input');
  for (const filter of sections.filter((s) => s.kind === 'filter')) {
    const emitter = emitterOf(filter, instanceName(filter), config);
    if (!emitter) continue;
    sources.push(emitter);
    components.push({ id: emitter.id, type: 'emitter', role: 'source', site: site(filter.path), settings: {}, settingsSite: site(filter.path), tags: emitter.tags });
    references.push({ target: ids.get(filter)!, roles: ['processor'], from: emitter.id, site: site(filter.path) });
  }

  const outputs = sections.filter((s) => s.kind === 'output');
  let truncated = false;
  for (const section of sections) {
    if (section.kind !== 'filter' && section.kind !== 'output') continue;
    if (references.length >= MAX_REFERENCES) {
      truncated = true;
      break;
    }
    const from = ids.get(section)!;
    const match = last(section.properties, 'match');
    const regex = last(section.properties, 'match_regex');
    if (!match?.text && !regex?.text) {
      // With one input and one output, an output without Match takes everything (flb_router_io_set).
      if (section.kind === 'output' && sources.length === 1 && outputs.length === 1) {
        references.push({ target: sources[0].id, roles: SOURCE, from, site: site(section.path) });
      }
      continue;
    }
    const glob = match?.text === undefined ? undefined : withVariables(match.text, config.variables);
    const pattern = regex?.text === undefined ? undefined : withVariables(regex.text, config.variables);
    const everything = glob !== undefined && /^\*+$/.test(glob);
    const reached = sources.filter(
      (source) =>
        everything ||
        (glob !== undefined && source.tags.some((tag) => patternsOverlap(glob, tag))) ||
        (pattern !== undefined && source.tags.some((tag) => regexMayMatch(pattern, tag))),
    );
    const at = site((match ?? regex)!.path);
    for (const source of reached) references.push({ target: source.id, roles: SOURCE, from, site: at });
    if (reached.length === 0) {
      // Kept as written: in a set (`configs:`), the inputs of the other files may match it.
      if (glob !== undefined) references.push({ target: glob, pattern: 'glob', roles: SOURCE, from, site: site(match!.path) });
      if (pattern !== undefined) references.push({ target: pattern, pattern: 'regex', roles: SOURCE, from, site: site(regex!.path) });
    }
  }
  for (const input of inputs) references.push(...routeReferences(input, ids.get(input)!, outputs, ids, doc));

  const hasService = config.service.length > 0;
  const pipeline: FluentBitPipeline = {
    kind,
    components,
    references,
    pipelines: [],
    site: site([]),
    // Fluent Bit does not refuse a loop, but a rewrite_tag filter matching its own tags re-emits forever.
    acyclic: true,
    includes: config.includes.map((include) => ({ file: include.file, site: site(include.path) })),
    partial: truncated || config.includes.length > 0 || (!hasService && (inputs.length === 0 || outputs.length === 0)),
  };
  model.pipelines.push(pipeline);
}

/**
 * Every output matching every input is a reference each: a hostile file of a few hundred
 * kilobytes could make millions. Past this many, the model stops (and says it is partial).
 */
const MAX_REFERENCES = 100_000;

const SOURCE: readonly ComponentRole[] = ['source'];

const ROLES: Record<PluginSection['kind'], ComponentRole> = { input: 'source', filter: 'processor', output: 'sink', custom: 'extension', processor: 'processor' };

/** `<kind>:` and flb_*_name(): the alias, else the instance name `<plugin>.<n>`. */
function instanceId(section: PluginSection): string {
  return `${section.kind}:${instanceName(section)}`;
}

function instanceName(section: PluginSection): string {
  const alias = last(section.properties, 'alias')?.text;
  if (alias) return alias;
  const written = pluginName(section) ?? '';
  return `${pluginSpec(section.kind, written)?.name ?? written}.${section.index}`;
}

/** Inputs whose records keep a tag from the data they receive when no `Tag` is set. */
const TAGS_FROM_DATA = new Set(['forward', 'opentelemetry', 'prometheus_remote_write']);

/** The tags an input gives its records (flb_input_set_property, and the plugins that choose their own). */
function inputTags(input: PluginSection, config: FluentBitConfig): string[] {
  const plugin = pluginSpec('input', pluginName(input) ?? '')?.name;
  const tag = last(input.properties, 'tag')?.text;
  const written = tag === undefined ? '' : withVariables(tag, config.variables);
  // A record field chooses the tag; the http input takes it from the request path.
  if (find(input.properties, 'tag_key') || plugin === 'http') return ['*'];
  if (plugin === 'forward') {
    const prefix = last(input.properties, 'tag_prefix')?.text;
    if (prefix) return [`${withVariables(prefix, config.variables)}*`];
  }
  if (written !== '') return [inputTagPattern(written)];
  if (plugin !== undefined && TAGS_FROM_DATA.has(plugin)) return ['*'];
  // The default tag is the instance name, whatever the alias (flb_input_instance_init sets it from ins->name).
  const name = pluginName(input) ?? '';
  return [`${pluginSpec('input', name)?.name ?? name}.${input.index}`];
}

/** The emitter a rewrite_tag or log_to_metrics filter creates, and the tags it emits. */
function emitterOf(filter: PluginSection, filterName: string, config: FluentBitConfig): Source | undefined {
  const plugin = pluginSpec('filter', pluginName(filter) ?? '')?.name;
  let tags: string[];
  if (plugin === 'rewrite_tag') {
    // Each `Rule $key regex new_tag keep`: the third value.
    tags = (find(filter.properties, 'rule')?.values ?? [])
      .map((rule) => (rule.text !== undefined && countTokens(rule.text, 0) >= 3 ? ruleTokens(rule.text)[2] : undefined))
      .filter((tag) => tag !== undefined)
      .map((tag) => rewrittenTagPattern(withVariables(tag, config.variables)));
  } else if (plugin === 'log_to_metrics') {
    const tag = last(filter.properties, 'tag')?.text;
    tags = tag ? [withVariables(tag, config.variables)] : [];
  } else {
    return undefined;
  }
  const name = last(filter.properties, 'emitter_name')?.text;
  return { id: `input:${name || `emitter_for_${filterName}`}`, tags };
}

function ruleTokens(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/**
 * An input's `routes` (YAML): each route's `to.outputs` names outputs by alias, instance name
 * or plugin name (find_output_instance in src/flb_router_config.c), with an optional fallback.
 */
function routeReferences(input: PluginSection, from: string, outputs: PluginSection[], ids: Map<PluginSection, string>, doc: number): Reference[] {
  const routes = input.data.routes;
  if (!isMapping(routes)) return [];
  const plugin = (o: PluginSection) => {
    const written = pluginName(o) ?? '';
    return pluginSpec('output', written)?.name ?? written;
  };
  const resolve = (name: string) =>
    outputs.find((o) => last(o.properties, 'alias')?.text === name || `${plugin(o)}.${o.index}` === name) ?? outputs.find((o) => plugin(o) === name);
  const references: Reference[] = [];
  for (const [signal, list] of Object.entries(routes)) {
    if (!Array.isArray(list)) continue;
    list.forEach((route, r) => {
      const to = isMapping(route) && isMapping(route.to) ? route.to.outputs : undefined;
      if (!Array.isArray(to)) return;
      to.forEach((entry, o) => {
        const path = ['routes', signal, r, 'to', 'outputs', o];
        const name = isMapping(entry) ? entry.name : entry;
        if (name === undefined || (typeof name === 'object' && name !== null)) return;
        const target = resolve(textOf(name));
        const fallback = isMapping(entry) && entry.fallback !== undefined ? resolve(textOf(entry.fallback)) : undefined;
        const reached = target ?? fallback;
        const at = isMapping(entry) ? [...path, target || !fallback ? 'name' : 'fallback'] : path;
        references.push({ target: reached ? ids.get(reached)! : textOf(name), roles: ['sink'], from, site: { doc, path: [...input.path, ...at] } });
      });
    });
  }
  return references;
}
