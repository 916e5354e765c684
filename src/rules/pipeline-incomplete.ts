import type { Pipeline, Reference } from '../kinds/types.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import { reaches, type WiredConfig } from '../pipelines/wiring.js';

/**
 * Data needs a way in and a way out. Where the program refuses a config without one, its kind
 * reports that for a single file (`schema`), and this rule for a set of files merged (no file
 * of a split Collector config need have receivers, exporters and pipelines, only all of them
 * together); where the program starts anyway (Fluent Bit with no output), this rule reports it
 * always.
 */
export default definePipelineRule({
  meta: {
    id: 'pipeline-incomplete',
    summary: 'A config or pipeline with no way in or no way out: no receivers, exporters or pipelines in a merged Collector config, a pipeline or connector missing one end, no sources or sinks, a Fluent Bit config with no input or no output.',
    defaultSeverity: 'error',
    messages: {
      collectorNone: {
        text: 'No file of this Collector config defines {section}; the Collector refuses to start without one.',
        help: 'Define one in a file listed under `configs:`, and use it in a pipeline.',
      },
      collectorNoPipelines: {
        text: 'No file of this Collector config has a pipeline under `service.pipelines`; the Collector refuses to start without one.',
        help: 'Add a pipeline, such as `traces: { receivers: [otlp], exporters: [otlp_grpc] }`, in a file listed under `configs:`.',
      },
      collectorPipeline: {
        text: 'Pipeline `{pipeline}` has no {list} in any file of this config; the Collector refuses a pipeline without one.',
        help: 'List at least one receiver and one exporter (or connector) for the pipeline; a later file replaces an earlier file\'s list whole.',
      },
      connectorExports: {
        text: 'Connector `{connector}` is an exporter of {signal} pipeline `{pipeline}`, but no pipeline it can pass that data to lists it under `receivers`; the Collector refuses it.',
        help: 'A connector carries data from the pipeline that exports to it to the pipeline that receives from it: list it under `receivers` of the pipeline that should get the data.',
      },
      connectorReceives: {
        text: 'Connector `{connector}` is a receiver of {signal} pipeline `{pipeline}`, but no pipeline it can take that data from lists it under `exporters`; the Collector refuses it.',
        help: 'A connector carries data from the pipeline that exports to it to the pipeline that receives from it: list it under `exporters` of the pipeline the data comes from.',
      },
      vectorNone: {
        text: 'No file of this Vector config defines {section}; Vector refuses to start without one.',
        help: 'Define one in a file listed under `configs:`.',
      },
      fluentBitNoInputs: {
        text: 'This Fluent Bit config has no input, so it collects nothing.',
        help: 'Add an input (`[INPUT]`, or `pipeline.inputs`); if another file has it, list the files under `configs:`.',
      },
      fluentBitNoOutputs: {
        text: 'This Fluent Bit config has no output, so the records it collects go nowhere.',
        help: 'Add an output (`[OUTPUT]`, or `pipeline.outputs`); if another file has it, list the files under `configs:`.',
      },
    },
  },
  check: (wired) => incomplete(wired),
});

function incomplete(wired: WiredConfig): PipelineIssue[] {
  const { config } = wired;
  const place = at.config(config);
  const has = (role: string) => config.components.some((c) => c.role === role);
  switch (config.kind) {
    case 'otel-collector':
      return wired.merged ? collectorIncomplete(wired) : [];
    case 'vector': {
      if (!wired.merged) return [];
      // A memory enrichment table's `source_key` is a source of the model, not under `sources`.
      const sections = { sources: config.components.some((c) => c.role === 'source' && c.type !== 'memory'), sinks: has('sink') };
      return Object.entries(sections).flatMap(([section, found]) => (found ? [] : [{ messageId: 'vectorNone', data: { section: { raw: `\`${section}\`` } }, place }]));
    }
    case 'fluent-bit':
      // A file with no section at all is a parsers or service file, not a pipeline.
      if (config.components.length === 0) return [];
      return [...(has('source') ? [] : [{ messageId: 'fluentBitNoInputs', place }]), ...(has('sink') ? [] : [{ messageId: 'fluentBitNoOutputs', place }])];
    default:
      return [];
  }
}

/** What `otelcol.Config.Validate` and the pipeline graph refuse, on the merged config (the kind checks a single file). */
function collectorIncomplete({ config }: WiredConfig): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const place = at.config(config);
  for (const [role, section] of [['source', 'receivers'], ['sink', 'exporters']] as const) {
    if (!config.components.some((c) => c.role === role)) issues.push({ messageId: 'collectorNone', data: { section: { raw: `\`${section}\`` } }, place });
  }
  if (config.pipelines.length === 0) issues.push({ messageId: 'collectorNoPipelines', place });
  for (const pipeline of config.pipelines) {
    for (const [list, refs] of [['receivers', pipeline.sources], ['exporters', pipeline.sinks]] as const) {
      if (refs.length === 0) issues.push({ messageId: 'collectorPipeline', data: { pipeline: pipeline.name, list: { raw: list } }, place: at.pipeline(pipeline) });
    }
  }
  return [...issues, ...connectorIssues(config.pipelines, reaches(config), config.references)];
}

/**
 * A connector is the exporter of one pipeline and the receiver of another, between signals it
 * converts (`forward` only passes a signal on as it is; other types are left to their factory).
 */
function connectorIssues(pipelines: readonly Pipeline[], reach: ReturnType<typeof reaches>, references: readonly Reference[]): PipelineIssue[] {
  const reached = new Map(references.map((ref, index) => [ref, reach[index]]));
  const uses = (list: 'sources' | 'sinks') =>
    pipelines.flatMap((pipeline) =>
      pipeline[list].flatMap((ref) => {
        const found = reached.get(ref);
        const connector = found?.find((c) => c.role === 'connector');
        return connector ? [{ pipeline, ref, connector }] : [];
      }),
    );
  const exports = uses('sinks');
  const receives = uses('sources');
  const converts = (type: string, from: string, to: string) => type !== 'forward' || from === to;
  const issues: PipelineIssue[] = [];
  for (const use of exports) {
    if (receives.some((r) => r.connector === use.connector && converts(use.connector.type, use.pipeline.signal, r.pipeline.signal))) continue;
    issues.push({ messageId: 'connectorExports', data: { connector: use.connector.id, signal: use.pipeline.signal, pipeline: use.pipeline.name }, place: at.reference(use.ref) });
  }
  for (const use of receives) {
    if (exports.some((e) => e.connector === use.connector && converts(use.connector.type, e.pipeline.signal, use.pipeline.signal))) continue;
    issues.push({ messageId: 'connectorReceives', data: { connector: use.connector.id, signal: use.pipeline.signal, pipeline: use.pipeline.name }, place: at.reference(use.ref) });
  }
  return issues;
}
