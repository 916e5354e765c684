import { kindById } from '../kinds/index.js';
import { isMapping } from '../kinds/prometheus-groups.js';
import type { Settings } from '../kinds/settings.js';
import { emptyModel, type PipelineConfig, type Reference, type Site } from '../kinds/types.js';
import type { Range } from '../rules/types.js';
import { placeKey, type Place } from './places.js';
import { MERGE_STRATEGIES } from './sets.js';
import type { WiredConfig } from './wiring.js';

/** A document of one file of a declared set, as the pipeline rules collect it. */
export interface PartDocument {
  kind: string;
  /** The document as data, kept for kinds whose files are merged key by key. */
  value?: unknown;
  config: PipelineConfig;
  relaxedPatterns: boolean;
  /** Where each place of `config` is (`placesOf`, `settingPlacesOf`), by `placeKey`. */
  ranges: Record<string, Range>;
}

export interface SetPart {
  file: string;
  document: PartDocument;
}

/** A set's documents as one config, and where each place of it is written. */
export interface MergedSet {
  wired: WiredConfig;
  locate(place: Place): { file: string; range: Range };
}

/**
 * Merges a set's documents, in order, as its program does (`MERGE_STRATEGIES`). Findings about
 * the whole config go to the first file.
 */
export function mergeSet(kind: string, parts: readonly SetPart[], settings: Settings): MergedSet | undefined {
  if (parts.length === 0) return undefined;
  const relaxedPatterns = parts.some((part) => part.document.relaxedPatterns);
  const rangeIn = (part: SetPart, place: Place) => ({
    file: part.file,
    range: part.document.ranges[placeKey(place.site.path, place.target)] ?? part.document.ranges[placeKey([], undefined)],
  });
  if (MERGE_STRATEGIES[kind] === 'maps') {
    const value = parts.map((part) => part.document.value).reduce(mergeMaps, {});
    const model = emptyModel();
    kindById(kind)?.extract(value, 0, model, settings);
    const config = model.pipelines[0];
    if (!config) return undefined;
    return {
      wired: { config, merged: true, relaxedPatterns },
      // A value comes from the last file that has its path: a later file's value wins, lists whole.
      locate: (place) => rangeIn(place.site.path.length === 0 ? parts[0] : (parts.findLast((part) => hasPath(part.document.value, place.site.path)) ?? parts[0]), place),
    };
  }
  return { wired: { config: concatenated(kind, parts), merged: true, relaxedPatterns }, locate: (place) => rangeIn(parts[place.site.doc], place) };
}

/** The Collector's merge of two config maps (confmap, koanf's `maps.Merge`): maps key by key, anything else replaced. */
function mergeMaps(into: unknown, from: unknown): unknown {
  if (!isMapping(into) || !isMapping(from)) return from;
  const merged: Record<string, unknown> = { ...into };
  for (const [key, value] of Object.entries(from)) merged[key] = mergeMaps(merged[key], value);
  return merged;
}

function hasPath(value: unknown, path: Site['path']): boolean {
  let node = value;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number' && segment < node.length) node = node[segment];
    else if (isMapping(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return false;
  }
  return true;
}

/** Every document's components and references in one config; a site's `doc` becomes the index of its part. */
function concatenated(kind: string, parts: readonly SetPart[]): PipelineConfig {
  const config: PipelineConfig = { kind, components: [], references: [], pipelines: [], site: { doc: 0, path: [] }, acyclic: parts.every((p) => p.document.config.acyclic) };
  parts.forEach((part, doc) => {
    const move = <T extends { site: Site }>(item: T): T => ({ ...item, site: { doc, path: item.site.path } });
    const own = part.document.config;
    config.components.push(...own.components.map((c) => ({ ...move(c), settingsSite: { doc, path: c.settingsSite.path } })));
    // A pipeline's references stay the very objects of the config's list.
    const moved = new Map(own.references.map((ref) => [ref, move(ref)]));
    config.references.push(...moved.values());
    const refs = (list: readonly Reference[]) => list.map((ref) => moved.get(ref) ?? move(ref));
    config.pipelines.push(...own.pipelines.map((p) => ({ ...move(p), sources: refs(p.sources), processors: refs(p.processors), sinks: refs(p.sinks) })));
  });
  return config;
}
