import { closest } from '../core/closest.js';
import { capitalized, shown } from '../core/text.js';
import type { StructureIssue } from '../kinds/types.js';
import { checkComponentSettings } from './components.js';
import { readCollector, signalOf, type CollectorConfig, type IdRef, type PipelineEntry, type Section } from './config.js';

/**
 * What the Collector refuses when it loads a config and builds its pipelines, beyond the
 * schema: `otelcol.Config.Validate`, `pipelines.Config.Validate`, the id syntax of
 * `component.ID`/`pipeline.ID`, and the connector checks of the pipeline graph. The Collector
 * stops at the first error; every one is reported here.
 *
 * A `part` (one of several `--config` files) is only checked for what no other file can mend:
 * whether it has receivers, exporters and pipelines, whether what a pipeline names is defined
 * and how connectors are used are checked on the merged config, by the pipeline rules; a
 * component's settings are not checked, as another file may complete them (its `endpoint`).
 */
export function checkCollector(value: unknown, part = false): StructureIssue[] {
  const config = readCollector(value);
  if (part) return [...checkIds(config), ...checkService(config, part)];
  return [...checkIds(config), ...checkSections(config), ...checkService(config, part), ...checkConnectors(config), ...checkComponentSettings(config)];
}

const SINGULAR: Record<Section, string> = {
  receivers: 'receiver',
  processors: 'processor',
  exporters: 'exporter',
  connectors: 'connector',
  extensions: 'extension',
};

function checkIds(config: CollectorConfig): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const seen = new Map<string, string>();
  for (const entry of config.components) {
    const { parsed, section, key, path } = entry;
    if (parsed.error) {
      issues.push({
        path,
        target: 'key',
        message: `${capitalized(SINGULAR[section])} id \`${shown(key)}\` ${parsed.error}.`,
        help: 'Write ids as `type` or `type/name`, such as `otlp` or `otlp/internal`.',
      });
      continue;
    }
    const first = seen.get(`${section}\u0000${parsed.id}`);
    if (first !== undefined) {
      issues.push({
        path,
        target: 'key',
        message: `${capitalized(SINGULAR[section])} id \`${shown(key)}\` is the same id as \`${shown(first)}\` once spaces are trimmed; the Collector refuses the duplicate.`,
        help: 'Remove one of them, or give it another name after the `/`.',
      });
    } else seen.set(`${section}\u0000${parsed.id}`, key);
    if (section === 'exporters' && parsed.type === 'logging') {
      issues.push({
        path,
        target: 'key',
        message: `The \`logging\` exporter (\`${shown(key)}\`) was removed from the Collector, which refuses to load it.`,
        help: 'Use the `debug` exporter instead (`verbosity: detailed` replaces `loglevel: debug`).',
      });
    }
  }
  for (const [id, connector] of config.defined.connectors) {
    for (const section of ['exporters', 'receivers'] as const) {
      if (!config.defined[section].has(id)) continue;
      issues.push({
        path: connector.path,
        target: 'key',
        message: `Connector \`${shown(id)}\` has the same id as ${SINGULAR[section] === 'exporter' ? 'an' : 'a'} ${SINGULAR[section]}, so pipelines cannot tell them apart; the Collector refuses it.`,
        help: `Rename one of them, for example the connector to \`${shown(id)}/connector\`.`,
      });
    }
  }
  return issues;
}

/** At least one component, one receiver and one exporter (`otelcol.Config.Validate`). */
function checkSections(config: CollectorConfig): StructureIssue[] {
  if (config.components.length === 0) {
    return [{ path: [], message: 'This Collector config defines no components at all; the Collector refuses an empty configuration.', help: 'Define receivers, exporters and a pipeline that connects them.' }];
  }
  const issues: StructureIssue[] = [];
  for (const section of ['receivers', 'exporters'] as const) {
    if (config.components.some((c) => c.section === section)) continue;
    issues.push({
      path: [section],
      target: 'key',
      message: `This Collector config defines no ${section}; the Collector refuses to start without one.`,
      help: `Define at least one ${SINGULAR[section]} under \`${section}:\` and use it in a pipeline. If this file is one of several \`--config\` files, list them under \`configs:\` in .obslint.yml to lint them merged.`,
    });
  }
  return issues;
}

function checkService(config: CollectorConfig, part: boolean): StructureIssue[] {
  const issues: StructureIssue[] = [];
  for (const ref of config.serviceExtensions) {
    if (ref.parsed.error) issues.push(badRef(ref, 'Extension'));
    else if (!part && !config.defined.extensions.has(ref.parsed.id)) {
      issues.push({
        path: ref.path,
        message: `\`service.extensions\` names extension \`${shown(ref.written.trim())}\`, which is not defined under \`extensions\`; the Collector refuses it.`,
        help: didYouMean(ref.parsed.id, [...config.defined.extensions.keys()]) ?? 'Define the extension under `extensions:`, or remove it from `service.extensions`.',
      });
    }
  }
  if (config.pipelines.length === 0 && !part) {
    issues.push({
      path: config.hasPipelines ? ['service', 'pipelines'] : ['service'],
      target: 'key',
      message: 'This Collector config has no pipeline under `service.pipelines`; the Collector refuses to start without one.',
      help: 'Add a pipeline, such as `traces: { receivers: [otlp], exporters: [otlp_grpc] }`. If this file is one of several `--config` files, list them under `configs:` in .obslint.yml to lint them merged.',
    });
  }
  const seen = new Map<string, string>();
  for (const pipeline of config.pipelines) {
    if (pipeline.parsed.error) {
      issues.push({ path: pipeline.path, target: 'key', message: `Pipeline id \`${shown(pipeline.key)}\` ${pipeline.parsed.error}.`, help: 'Name pipelines `traces`, `metrics`, `logs` or `profiles`, or `signal/name` such as `traces/backend`.' });
      continue;
    }
    const first = seen.get(pipeline.parsed.id);
    if (first !== undefined) {
      issues.push({
        path: pipeline.path,
        target: 'key',
        message: `Pipeline id \`${shown(pipeline.key)}\` is the same id as \`${shown(first)}\` once spaces are trimmed; the Collector refuses the duplicate.`,
        help: 'Give each pipeline its own name after the `/`.',
      });
    } else seen.set(pipeline.parsed.id, pipeline.key);
    issues.push(...checkPipeline(config, pipeline, part));
  }
  return issues;
}

function checkPipeline(config: CollectorConfig, pipeline: PipelineEntry, part: boolean): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const name = shown(pipeline.parsed.id);
  for (const list of ['receivers', 'exporters'] as const) {
    if (pipeline[list].length > 0 || part) continue;
    issues.push({
      path: pipeline.path,
      target: 'key',
      message: `Pipeline \`${name}\` has no ${list}; the Collector refuses a pipeline without at least one.`,
      help: `List at least one ${SINGULAR[list]} (or connector) under \`${list}:\`.`,
    });
  }
  const sections: Record<'receivers' | 'processors' | 'exporters', Section[]> = {
    receivers: ['receivers', 'connectors'],
    processors: ['processors'],
    exporters: ['exporters', 'connectors'],
  };
  for (const [list, where] of Object.entries(sections) as [keyof typeof sections, Section[]][]) {
    const seen = new Set<string>();
    for (const ref of pipeline[list]) {
      if (ref.parsed.error) {
        issues.push(badRef(ref, capitalized(SINGULAR[list])));
        continue;
      }
      if (!part && !where.some((section) => config.defined[section].has(ref.parsed.id))) {
        issues.push({
          path: ref.path,
          message: `Pipeline \`${name}\` names ${SINGULAR[list]} \`${shown(ref.parsed.id)}\`, which is not defined${list === 'processors' ? ' under `processors`' : ` under \`${list}\` or \`connectors\``}; the Collector refuses it.`,
          help: didYouMean(ref.parsed.id, where.flatMap((section) => [...config.defined[section].keys()])) ?? `Define it under \`${list}:\`, or fix the name (ids are \`type\` or \`type/name\`).`,
        });
      }
      if (list === 'processors' && seen.has(ref.parsed.id)) {
        issues.push({
          path: ref.path,
          message: `Pipeline \`${name}\` lists processor \`${shown(ref.parsed.id)}\` twice; the Collector refuses it.`,
          help: 'List each processor once per pipeline; define a second one (`type/name`) if it must run twice.',
        });
      }
      seen.add(ref.parsed.id);
    }
  }
  return issues;
}

function badRef(ref: IdRef, what: string): StructureIssue {
  return { path: ref.path, message: `${what} id \`${shown(ref.written)}\` ${ref.parsed.error}.`, help: 'Write ids as `type` or `type/name`, such as `otlp` or `otlp/internal`.' };
}

/**
 * Signal pairs a connector type supports, for the types whose factory the Collector's own
 * repository holds; any other type is taken to support every pair (its factory decides).
 */
const CONNECTOR_SIGNALS: Record<string, (from: string, to: string) => boolean> = {
  forward: (from, to) => from === to,
};

/**
 * A connector joins pipelines: it is the exporter of one and the receiver of another. The
 * Collector refuses one used only as an exporter, or only as a receiver, or between signals
 * its type does not convert (`service/internal/graph`).
 */
function checkConnectors(config: CollectorConfig): StructureIssue[] {
  const issues: StructureIssue[] = [];
  for (const [id, connector] of config.defined.connectors) {
    const supports = CONNECTOR_SIGNALS[connector.parsed.type] ?? (() => true);
    const uses = { exporters: [] as { pipeline: PipelineEntry; ref: IdRef }[], receivers: [] as { pipeline: PipelineEntry; ref: IdRef }[] };
    for (const pipeline of config.pipelines) {
      if (signalOf(pipeline) === undefined) continue;
      for (const list of ['exporters', 'receivers'] as const) {
        for (const ref of pipeline[list]) if (ref.parsed.id === id) uses[list].push({ pipeline, ref });
      }
    }
    const signals = (list: 'exporters' | 'receivers') => uses[list].map((u) => signalOf(u.pipeline)!);
    for (const [list, other] of [['exporters', 'receivers'], ['receivers', 'exporters']] as const) {
      for (const use of uses[list]) {
        const signal = signalOf(use.pipeline)!;
        const paired = signals(other).some((s) => (list === 'exporters' ? supports(signal, s) : supports(s, signal)));
        if (paired) continue;
        const role = list === 'exporters' ? 'exporter' : 'receiver';
        const otherRole = list === 'exporters' ? 'receiver' : 'exporter';
        const never = uses[other].length === 0;
        issues.push({
          path: use.ref.path,
          message: never
            ? `Connector \`${shown(id)}\` is used as ${role === 'exporter' ? 'an exporter' : 'a receiver'} in pipeline \`${shown(use.pipeline.parsed.id)}\` but never as ${otherRole === 'exporter' ? 'an exporter' : 'a receiver'}; the Collector refuses it.`
            : `Connector \`${shown(id)}\` is used as ${role === 'exporter' ? 'an exporter' : 'a receiver'} in ${signal} pipeline \`${shown(use.pipeline.parsed.id)}\` but as ${otherRole === 'exporter' ? 'an exporter' : 'a receiver'} only in pipelines of a signal it cannot convert to or from; the Collector refuses it.`,
          help: `A connector carries data from the pipeline that exports to it to the pipeline that receives from it: list \`${shown(id)}\` under \`${otherRole}s\` of the pipeline that should get the data.`,
        });
      }
    }
  }
  return issues;
}

/** "Did you mean `x`?" for a misspelt component id, when one defined is close. */
function didYouMean(id: string, defined: readonly string[]): string | undefined {
  const near = closest(id, defined);
  return near === undefined ? undefined : `Did you mean \`${shown(near)}\`? It is defined; ids must match exactly.`;
}
