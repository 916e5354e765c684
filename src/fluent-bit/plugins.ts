import { CONFIG_MAPS } from './catalogue.js';
import type { PluginKind } from './catalogue-types.js';

export type { PluginKind } from './catalogue-types.js';

/** How Fluent Bit reads a property (FLB_CONFIG_MAP_* in include/fluent-bit/flb_config_map.h). */
export type PropertyType = 'text' | 'prefix' | 'integer' | 'boolean' | 'double' | 'size' | 'time' | 'deprecated' | 'list' | 'variant';

export interface PropertySpec {
  type: PropertyType;
  /** For a list: the values it needs at least (FLB_CONFIG_MAP_SLIST_4 needs 4). */
  minValues: number;
  /** A comma-separated list (CLIST) rather than a space-separated one (SLIST). */
  commas: boolean;
  /** Whether it may be given more than once (FLB_CONFIG_MAP_MULT). */
  multiple: boolean;
}

export interface PluginSpec {
  /** The plugin's own name, as instance names and default tags use it. */
  name: string;
  /** Its config map, by lower-case name; undefined for a plugin without one (Fluent Bit checks none of its properties). */
  properties: ReadonlyMap<string, PropertySpec> | undefined;
}

const TYPES: Record<string, PropertyType> = {
  s: 'text',
  p: 'prefix',
  i: 'integer',
  b: 'boolean',
  d: 'double',
  z: 'size',
  t: 'time',
  x: 'deprecated',
  c: 'list',
  l: 'list',
  v: 'variant',
};

const specs = new Map<string, PluginSpec | null>();

/**
 * A plugin Fluent Bit ships, found as flb_input_new() and its kin find it: by name without
 * regard to case, ignoring a `://...` tail. Undefined for a plugin it does not ship (a Go or
 * `.so` plugin, or a typo).
 */
export function pluginSpec(kind: PluginKind, written: string): PluginSpec | undefined {
  const name = written.replace(/:\/\/.*$/s, '').toLowerCase();
  const key = `${kind}/${name}`;
  let spec = specs.get(key);
  if (spec === undefined) {
    const maps = CONFIG_MAPS[kind];
    const own = Object.keys(maps).find((plugin) => plugin.toLowerCase() === name);
    spec = own === undefined ? null : { name: own, properties: parseMap(maps[own]) };
    specs.set(key, spec);
  }
  return spec ?? undefined;
}

export function pluginNames(kind: PluginKind): string[] {
  return Object.keys(CONFIG_MAPS[kind]);
}

function parseMap(map: string | null): ReadonlyMap<string, PropertySpec> | undefined {
  if (map === null) return undefined;
  const properties = new Map<string, PropertySpec>();
  for (const entry of map.split(' ').filter(Boolean)) {
    const [, name, code, count, plus] = /^(.*)=([a-z])(\d?)(\+?)$/.exec(entry)!;
    properties.set(name, { type: TYPES[code], minValues: Number(count || 0), commas: code === 'c', multiple: plus === '+' });
  }
  return properties;
}

/**
 * The property a key sets in a plugin's config map (flb_config_map_properties_check): the
 * exact name, or a `prefix` type's prefix followed by more.
 */
export function propertySpec(plugin: PluginSpec, key: string): PropertySpec | undefined {
  const exact = plugin.properties?.get(key);
  if (exact) return exact;
  for (const [name, spec] of plugin.properties ?? []) {
    if (spec.type === 'prefix' && key.length > name.length && key.startsWith(name)) return spec;
  }
  return undefined;
}
