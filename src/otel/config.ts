import type { Path } from '../core/locate.js';
import { isMapping } from '../kinds/prometheus-groups.js';
import { parseComponentId, parsePipelineId, type ParsedId } from './ids.js';

/**
 * An OpenTelemetry Collector config read the way the Collector reads it, shared by the kind's
 * structure checks, its extraction and the OTel rules: component sections by id, and
 * `service.pipelines` with the ids each pipeline names. Any shape of data is accepted; what is
 * not of the expected type is left out (the schema reports it).
 */

const SECTIONS = ['receivers', 'processors', 'exporters', 'connectors', 'extensions'] as const;
export type Section = (typeof SECTIONS)[number];

export interface ComponentEntry {
  section: Section;
  /** The key as written. */
  key: string;
  parsed: ParsedId;
  /** Its settings; `{}` when written empty (`batch:`), as the Collector takes it. */
  settings: Record<string, unknown>;
  path: Path;
}

export interface IdRef {
  written: string;
  parsed: ParsedId;
  /** Where it is written: the list item, or the whole value when the list is one comma-separated string. */
  path: Path;
}

export interface PipelineEntry {
  key: string;
  parsed: ParsedId;
  path: Path;
  receivers: IdRef[];
  processors: IdRef[];
  exporters: IdRef[];
}

export interface CollectorConfig {
  components: ComponentEntry[];
  /** Defined ids by section. */
  defined: Record<Section, Map<string, ComponentEntry>>;
  pipelines: PipelineEntry[];
  /** Whether `service.pipelines` is written as a mapping. */
  hasPipelines: boolean;
  serviceExtensions: IdRef[];
}

export function readCollector(value: unknown): CollectorConfig {
  const data = isMapping(value) ? value : {};
  const components: ComponentEntry[] = [];
  const defined = Object.fromEntries(SECTIONS.map((s) => [s, new Map<string, ComponentEntry>()])) as CollectorConfig['defined'];
  for (const section of SECTIONS) {
    const map = data[section];
    if (!isMapping(map)) continue;
    for (const [key, settings] of Object.entries(map)) {
      const entry: ComponentEntry = { section, key, parsed: parseComponentId(key), settings: isMapping(settings) ? settings : {}, path: [section, key] };
      components.push(entry);
      if (!entry.parsed.error && !defined[section].has(entry.parsed.id)) defined[section].set(entry.parsed.id, entry);
    }
  }
  const service = isMapping(data.service) ? data.service : {};
  const pipelines: PipelineEntry[] = [];
  if (isMapping(service.pipelines)) {
    for (const [key, pipeline] of Object.entries(service.pipelines)) {
      const path = ['service', 'pipelines', key];
      const lists = isMapping(pipeline) ? pipeline : {};
      pipelines.push({
        key,
        parsed: parsePipelineId(key),
        path,
        receivers: idList(lists.receivers, [...path, 'receivers']),
        processors: idList(lists.processors, [...path, 'processors']),
        exporters: idList(lists.exporters, [...path, 'exporters']),
      });
    }
  }
  return {
    components,
    defined,
    pipelines,
    hasPipelines: isMapping(service.pipelines),
    serviceExtensions: idList(service.extensions, ['service', 'extensions']),
  };
}

/**
 * A list of ids. The Collector's decoder also takes one string where a list is expected and
 * splits it at commas (`receivers: otlp,jaeger`); an empty string is an empty list.
 */
function idList(value: unknown, path: Path): IdRef[] {
  if (typeof value === 'string') {
    if (value === '') return [];
    return value.split(',').map((written) => ({ written, parsed: parseComponentId(written), path }));
  }
  if (!Array.isArray(value)) return [];
  const refs: IdRef[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string') refs.push({ written: item, parsed: parseComponentId(item), path: [...path, index] });
  });
  return refs;
}

/** A pipeline's signal, when its id is valid. */
export function signalOf(pipeline: PipelineEntry): string | undefined {
  return pipeline.parsed.error ? undefined : pipeline.parsed.type;
}
