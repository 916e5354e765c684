import type { Path } from '../core/locate.js';
import { isClassic } from './classic.js';
import type { PluginKind } from './plugins.js';

/**
 * A Fluent Bit document read the way Fluent Bit looks things up in it: section and property
 * names without regard to case, a YAML key in camelCase as its snake_case, a property given
 * more than once as several values. Structure checks and extraction both work on this.
 */

type Data = Record<string, unknown>;

export function isMapping(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * One value of a property: its text as Fluent Bit reads it, and where it is. Undefined for
 * nested data, and for a YAML null: Fluent Bit reads the text written (`null`, `~` or
 * nothing), which the data no longer tells.
 */
export interface PropertyValue {
  text: string | undefined;
  /** A list or block rather than a single value. */
  nested: boolean;
  path: Path;
}

export interface Property {
  /** The name Fluent Bit looks it up by: lower case, a YAML camelCase key as its snake_case. */
  key: string;
  /** The key as written. */
  written: string;
  path: Path;
  /** Each value given: a repeated classic key or a YAML list gives several. */
  values: PropertyValue[];
}

/** An input, filter, output or custom section, or a processor of an input or output. */
export interface PluginSection {
  kind: PluginKind;
  /** Its position among the sections of its kind (processors: within their list). */
  index: number;
  path: Path;
  properties: Property[];
  /** Its `processors` (YAML only), each a section of kind `processor`. */
  processors: PluginSection[];
  data: Data;
}

/** A parser, multiline parser, stream task or upstream server: named properties, no plugin. */
export interface Definition {
  path: Path;
  properties: Property[];
  data: Data;
}

export interface FluentBitConfig {
  classic: boolean;
  /** Every top-level key, for sections Fluent Bit has no use for. */
  sections: { written: string; path: Path }[];
  service: Property[];
  plugins: PluginSection[];
  parsers: Definition[];
  multilineParsers: Definition[];
  streamTasks: Definition[];
  upstreams: Definition[];
  /** Variables the file sets (`env:` or `@SET`), for `${NAME}`. */
  variables: Map<string, string>;
  /** `includes:` or `@INCLUDE`: the files (or glob patterns) the config reads in. */
  includes: { file: string; path: Path }[];
}

const PLUGIN_LISTS: readonly [PluginKind, readonly Path[]][] = [
  ['custom', [['customs']]],
  ['input', [['pipeline', 'inputs']]],
  ['filter', [['pipeline', 'filters']]],
  ['output', [['pipeline', 'outputs']]],
];

export function readConfig(value: unknown): FluentBitConfig {
  const classic = isClassic(value);
  const root = isMapping(value) ? value : {};
  const config: FluentBitConfig = {
    classic,
    sections: Object.keys(root).map((written) => ({ written, path: [written] })),
    service: [],
    plugins: [],
    parsers: [],
    multilineParsers: [],
    streamTasks: [],
    upstreams: [],
    variables: new Map(),
    includes: [],
  };
  const service = child(root, [], 'service');
  if (service && isMapping(service.value)) config.service = properties(service.value, service.path, classic);
  for (const [kind, [path]] of PLUGIN_LISTS) {
    const list = childAt(root, path);
    if (!list) continue;
    asList(list.value).forEach((item, index) => {
      if (isMapping(item)) config.plugins.push(pluginSection(kind, index, [...list.path, index], item, classic));
    });
  }
  config.parsers = definitions(root, 'parsers', classic);
  config.multilineParsers = definitions(root, 'multiline_parsers', classic);
  config.streamTasks = definitions(root, 'stream_processor', classic);
  config.upstreams = definitions(root, 'upstream_servers', classic);
  const env = child(root, [], 'env');
  if (env && isMapping(env.value)) {
    for (const [name, v] of Object.entries(env.value)) if (isScalar(v)) config.variables.set(name, textOf(v));
  }
  for (const entry of asList(env?.value)) {
    // The list form: `- name: X` with `value: Y`.
    if (isMapping(entry) && isScalar(entry.name) && isScalar(entry.value)) config.variables.set(textOf(entry.name), textOf(entry.value));
  }
  const includes = child(root, [], 'includes');
  asList(includes?.value).forEach((file, index) => {
    if (isScalar(file)) config.includes.push({ file: textOf(file), path: [...includes!.path, index] });
  });
  return config;
}

function pluginSection(kind: PluginKind, index: number, path: Path, data: Data, classic: boolean): PluginSection {
  const section: PluginSection = { kind, index, path, properties: properties(data, path, classic), processors: [], data };
  // `processors` is matched exactly, as the YAML reader does (strcmp).
  const processors = data.processors;
  if (isMapping(processors)) {
    for (const [signal, list] of Object.entries(processors)) {
      asList(list).forEach((item, i) => {
        if (isMapping(item)) section.processors.push(pluginSection('processor', i, [...path, 'processors', signal, i], item, classic));
      });
    }
  }
  return section;
}

function definitions(root: Data, name: string, classic: boolean): Definition[] {
  const list = child(root, [], name);
  const out: Definition[] = [];
  asList(list?.value).forEach((item, index) => {
    const path = [...list!.path, index];
    if (isMapping(item)) out.push({ path, properties: properties(item, path, classic), data: item });
  });
  return out;
}

/** A mapping's keys as properties (nested blocks such as `processors` included, with no text). */
function properties(map: Data, path: Path, classic: boolean): Property[] {
  return Object.entries(map).map(([written, value]) => {
    const at = [...path, written];
    const one = (item: unknown, itemPath: Path) => ({ text: knownText(item), nested: !isScalar(item), path: itemPath });
    const values = Array.isArray(value) ? value.map((item, i) => one(item, [...at, i])) : [one(value, at)];
    return { key: lookupKey(written, classic), written, path: at, values };
  });
}

/** The first property Fluent Bit would find under a name (cfl_kvlist_fetch: the first match). */
export function find(props: readonly Property[], key: string): Property | undefined {
  return props.find((p) => p.key === key);
}

/** A property's value when it has exactly one, as text. */
export function single(props: readonly Property[], key: string): string | undefined {
  const property = find(props, key);
  return property?.values.length === 1 ? property.values[0].text : undefined;
}

/**
 * A section's plugin name. A YAML `name: null` is the null output (the data keeps no
 * difference between `null` and an empty value, and `null` is the one people write).
 */
export function pluginName(section: { properties: readonly Property[]; data: Data }): string | undefined {
  const property = find(section.properties, 'name');
  if (property?.values.length !== 1) return undefined;
  return property.values[0].text ?? (section.data[property.written] === null ? 'null' : undefined);
}

/** The value a property ends with when set repeatedly (core properties: the last one wins). */
export function last(props: readonly Property[], key: string): PropertyValue | undefined {
  return props.filter((p) => p.key === key).flatMap((p) => p.values).at(-1);
}

/**
 * The name Fluent Bit looks a key up by. The classic reader already lower-cased it; the YAML
 * format turns a camelCase key into snake_case (flb_cf_key_translate), and lookups ignore case.
 */
function lookupKey(written: string, classic: boolean): string {
  if (classic || !/^[a-z]/.test(written) || written.includes('_')) return written.toLowerCase();
  return written.replace(/(?!^)[A-Z]/g, (upper) => `_${upper}`).toLowerCase();
}

/** A top-level section (or a key of one), found without regard to case as Fluent Bit does. */
function child(map: Data, path: Path, name: string): { value: unknown; path: Path } | undefined {
  const key = Object.keys(map).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : { value: map[key], path: [...path, key] };
}

function childAt(root: Data, names: Path): { value: unknown; path: Path } | undefined {
  let at: { value: unknown; path: Path } | undefined = { value: root, path: [] };
  for (const name of names) {
    if (!at || !isMapping(at.value)) return undefined;
    at = child(at.value, at.path, String(name));
  }
  return at;
}

function knownText(value: unknown): string | undefined {
  return value !== null && isScalar(value) ? String(value) : undefined;
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** A scalar as the text Fluent Bit reads (libyaml hands every scalar over as text). */
export function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
