import { describe, expect, it } from 'vitest';
import { lintSource, yaml } from '../rule-tester.js';
import { fluentBitPipelines, lintSet, reportsOn } from './pipeline-model.js';

describe('pipeline-incomplete, one file', () => {
  it('leaves what the Collector\'s kind refuses to the `schema` rule', async () => {
    const findings = await lintSource('receivers: { otlp: { protocols: { grpc: } } }\nservice:\n  pipelines:\n    traces: { receivers: [otlp] }\n', { file: 'otelcol.yaml' });
    expect(findings.filter((f) => f.rule === 'schema').map((f) => `${f.start.line}:${f.start.column} ${f.message}`)).toEqual([
      '1:1 This Collector config defines no exporters; the Collector refuses to start without one.',
      '4:5 Pipeline `traces` has no exporters; the Collector refuses a pipeline without at least one.',
    ]);
    expect(findings.filter((f) => f.rule === 'pipeline-incomplete')).toEqual([]);
  });

  it('leaves what Vector\'s kind refuses to the `schema` rule', async () => {
    const findings = await lintSource('sources: { in: { type: stdin } }\n', { file: 'vector.yaml' });
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'schema This Vector config defines no sinks; Vector refuses to start without one.',
      'pipeline-unused-component Source `in` has no consumers: no transform or sink lists it in `inputs`, so Vector drops its events.',
    ]);
  });
});

describe('pipeline-incomplete on Fluent Bit (the model its kind fills), which starts without an input or an output', () => {
  it.each([
    ['an input and an output', { inputs: [{ name: 'cpu' }], outputs: [{ name: 'stdout', match: '*' }] }, []],
    ['a file with no section (parsers, service)', {}, []],
    ['no output', { inputs: [{ name: 'cpu' }], filters: [{ name: 'grep', match: '*', regex: 'a b' }] }, ['This Fluent Bit config has no output, so the records it collects go nowhere.']],
    ['no input', { outputs: [{ name: 'stdout', match: '*' }] }, ['This Fluent Bit config has no input, so it collects nothing.']],
  ])('%s', (_name, sections, messages) => {
    const reports = reportsOn('pipeline-incomplete', { pipelines: fluentBitPipelines(sections) });
    expect(reports).toEqual(messages.map((message) => ({ message, path: '' })));
  });

  it('waits for the other files when the file has no service section and lacks an input or an output', () => {
    for (const sections of [{ inputs: [{ name: 'cpu' }] }, { outputs: [{ name: 'stdout', match: '*' }] }]) {
      expect(reportsOn('pipeline-incomplete', { pipelines: fluentBitPipelines(sections, { fragment: true }) })).toEqual([]);
    }
  });
});

describe('pipeline-incomplete on a declared set, merged', () => {
  const sets = (kind: string, files: string[]) => [{ kind, files }];

  it('Collector: no receivers, exporters or pipelines in any file; a pipeline missing an end; one-sided connectors', async () => {
    const findings = await lintSet(
      {
        'otel/a.yaml': 'processors: { batch: }\nconnectors: { forward/in:, forward/out:, count: }\n',
        'otel/b.yaml': yaml`
          service:
            pipelines:
              traces: { processors: [batch], exporters: [forward/out] }
              metrics: { receivers: [forward/in, count] }
              logs: { receivers: [count] }
        `,
      },
      sets('otel-collector', ['otel/a.yaml', 'otel/b.yaml']),
    );
    expect(findings.filter((f) => / (pipeline-incomplete|schema) /.test(f))).toEqual([
      'otel/a.yaml:1:1 pipeline-incomplete No file of this Collector config defines `receivers`; the Collector refuses to start without one.',
      'otel/a.yaml:1:1 pipeline-incomplete No file of this Collector config defines `exporters`; the Collector refuses to start without one.',
      'otel/b.yaml:3:5 pipeline-incomplete Pipeline `traces` has no receivers in any file of this config; the Collector refuses a pipeline without one.',
      'otel/b.yaml:3:48 pipeline-incomplete Connector `forward/out` is an exporter of traces pipeline `traces`, but no pipeline it can pass that data to lists it under `receivers`; the Collector refuses it.',
      'otel/b.yaml:4:5 pipeline-incomplete Pipeline `metrics` has no exporters in any file of this config; the Collector refuses a pipeline without one.',
      'otel/b.yaml:4:28 pipeline-incomplete Connector `forward/in` is a receiver of metrics pipeline `metrics`, but no pipeline it can take that data from lists it under `exporters`; the Collector refuses it.',
      'otel/b.yaml:4:40 pipeline-incomplete Connector `count` is a receiver of metrics pipeline `metrics`, but no pipeline it can take that data from lists it under `exporters`; the Collector refuses it.',
      'otel/b.yaml:5:5 pipeline-incomplete Pipeline `logs` has no exporters in any file of this config; the Collector refuses a pipeline without one.',
      'otel/b.yaml:5:25 pipeline-incomplete Connector `count` is a receiver of logs pipeline `logs`, but no pipeline it can take that data from lists it under `exporters`; the Collector refuses it.',
    ]);
  });

  it('Collector: `forward` passes a signal on as it is, other connectors convert', async () => {
    const findings = await lintSet(
      {
        'a.yaml': 'receivers: { otlp: { protocols: { grpc: } } }\nexporters: { debug: }\nconnectors: { forward:, spanmetrics: }\n',
        'b.yaml': yaml`
          service:
            pipelines:
              traces: { receivers: [otlp], exporters: [forward, spanmetrics] }
              metrics: { receivers: [forward, spanmetrics], exporters: [debug] }
        `,
      },
      sets('otel-collector', ['a.yaml', 'b.yaml']),
    );
    expect(findings.filter((f) => f.includes(' pipeline-incomplete '))).toEqual([
      'b.yaml:3:46 pipeline-incomplete Connector `forward` is an exporter of traces pipeline `traces`, but no pipeline it can pass that data to lists it under `receivers`; the Collector refuses it.',
      'b.yaml:4:28 pipeline-incomplete Connector `forward` is a receiver of metrics pipeline `metrics`, but no pipeline it can take that data from lists it under `exporters`; the Collector refuses it.',
    ]);
  });

  it('Vector: no sources or no sinks in any file of a config directory', async () => {
    const findings = await lintSet(
      { 'vector/transforms.yaml': 'transforms: { parse: { type: remap, inputs: [in], source: "." } }\n', 'vector/sources.toml': '[sources.in]\ntype = "stdin"\n' },
      sets('vector', ['vector/*']),
    );
    expect(findings).toEqual([
      'vector/sources.toml:1:1 pipeline-incomplete No file of this Vector config defines `sinks`; Vector refuses to start without one.',
      'vector/transforms.yaml:1:15 pipeline-unused-component Transform `parse` has no consumers: no transform or sink lists it in `inputs`, so Vector drops its events.',
    ]);
  });

  it('a complete set is not reported', async () => {
    const findings = await lintSet(
      { 'vector/in.yaml': 'sources: { in: { type: stdin } }\n', 'vector/out.yaml': 'sinks: { out: { type: console, inputs: [in], encoding: { codec: json } } }\n' },
      sets('vector', ['vector/*.yaml']),
    );
    expect(findings).toEqual([]);
  });
});
