import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { fluentBit, reportsOn } from './pipeline-model.js';

const collector = 'otelcol.yaml';
const vector = 'vector.yaml';

ruleTester('pipeline-unused-component', {
  valid: [
    { name: 'Collector: every component in a pipeline, connectors on both sides, extensions started', file: collector, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      processors: { batch: }
      exporters: { otlp_grpc: { endpoint: "backend:4317", auth: { authenticator: oauth2client } } }
      connectors: { spanmetrics: }
      extensions: { health_check:, oauth2client: { client_id: app, token_url: "https://idp/token" } }
      service:
        extensions: [health_check, oauth2client]
        pipelines:
          traces: { receivers: [otlp], processors: [batch], exporters: [otlp_grpc, spanmetrics] }
          metrics: { receivers: [spanmetrics], exporters: [otlp_grpc] }
    ` },
    { name: 'Vector: every source and transform read, by name, named output or pattern', file: vector, code: yaml`
      sources: { app_1: { type: stdin }, app_2: { type: stdin } }
      transforms:
        router: { type: route, inputs: ["app_*"], route: { errors: '.level == "error"' } }
      sinks:
        errors: { type: console, inputs: [router.errors], encoding: { codec: json } }
    ` },
  ],
  invalid: [
    {
      name: 'Collector: a receiver, processor, exporter and connector in no pipeline; extensions not started',
      file: collector,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } }, jaeger: { protocols: { grpc: } } }
        processors: { batch: }
        exporters:
          debug:
          otlp_grpc: { endpoint: "backend:4317", auth: { authenticator: oauth2client } }
        connectors: { count: }
        extensions: { zpages:, oauth2client: { client_id: app, token_url: "https://idp/token" } }
        service:
          pipelines:
            traces: { receivers: [otlp], exporters: [debug] }
      `,
      errors: [
        { line: 1, column: 46, endColumn: 52, message: 'Receiver `jaeger` is in no pipeline, so the Collector does not start it.' },
        { line: 2, column: 15, message: 'Processor `batch` is in no pipeline, so the Collector does not start it.' },
        { line: 5, column: 3, message: 'Exporter `otlp_grpc` is in no pipeline, so the Collector does not start it.' },
        { line: 6, column: 15, message: 'Connector `count` is in no pipeline, so the Collector does not start it.' },
        { line: 7, column: 15, message: 'Extension `zpages` is not listed in `service.extensions`, so the Collector does not start it.' },
        { line: 7, column: 24, message: 'Extension `oauth2client` is used by `otlp_grpc` but not listed in `service.extensions`, so the Collector does not start it and cannot start them.' },
      ],
    },
    {
      name: 'Vector: a source and a transform nobody reads; a pattern does not read its own component',
      file: vector,
      code: yaml`
        sources:
          in: { type: stdin }
          metrics: { type: internal_metrics }
        transforms:
          parse: { type: remap, inputs: [in], source: ". = parse_json!(.message)" }
          all: { type: remap, inputs: ["*"], source: "." }
        sinks:
          out: { type: console, inputs: [parse], encoding: { codec: json } }
      `,
      errors: [{ line: 6, column: 3, endColumn: 6, message: 'Transform `all` has no consumers: no transform or sink lists it in `inputs`, so Vector drops its events.' }],
    },
    {
      name: 'Vector (TOML): an unread source',
      file: 'vector.toml',
      code: ['[sources.in]', 'type = "stdin"', '', '[sources.host]', 'type = "host_metrics"', '', '[sinks.out]', 'type = "console"', 'inputs = ["in"]', 'encoding.codec = "json"', ''].join('\n'),
      errors: [{ line: 4, column: 10, message: 'Source `host` has no consumers: no transform or sink lists it in `inputs`, so Vector drops its events.' }],
    },
  ],
});

describe('pipeline-unused-component on Fluent Bit (the model its kind fills)', () => {
  it.each([
    ['an output matching every tag', { inputs: [{ name: 'tail', tag: 'app' }, { name: 'cpu' }], outputs: [{ name: 'stdout', match: '*' }] }],
    ['a rewrite_tag filter that takes the records and re-emits them', { inputs: [{ name: 'tail', tag: 'raw' }], filters: [{ name: 'rewrite_tag', match: 'raw', rule: '$log . clean false' }], outputs: [{ name: 'stdout', match: 'clean' }] }],
    ['an input whose tags come from its senders', { inputs: [{ name: 'forward' }], outputs: [{ name: 'stdout', match: 'app.*' }] }],
    ['a log_to_metrics filter that turns the records into metrics', { inputs: [{ name: 'dummy', tag: 'nginx' }], filters: [{ name: 'log_to_metrics', match: 'nginx', tag: 'metrics', metric_mode: 'counter', metric_name: 'n', metric_description: 'n' }], outputs: [{ name: 'prometheus_exporter', match: 'metrics' }] }],
    ['an input whose routes name an output', { inputs: [{ name: 'dummy', routes: { logs: [{ name: 'all', condition: { default: true }, to: { outputs: ['stdout'] } }] } }], outputs: [{ name: 'stdout' }] }],
  ])('valid: %s', (_name, sections) => {
    expect(reportsOn('pipeline-unused-component', { pipelines: [fluentBit(sections)] })).toEqual([]);
  });

  it('reports inputs no output matches (a filter matching them does not count), at the input', () => {
    const config = fluentBit({
      inputs: [{ name: 'tail', tag: 'app.log' }, { name: 'cpu' }, { name: 'mem', tag: 'host.mem' }],
      filters: [{ name: 'grep', match: 'host.*', regex: 'x y' }],
      outputs: [{ name: 'es', match: 'app.*' }],
    });
    expect(reportsOn('pipeline-unused-component', { pipelines: [config] })).toEqual([
      { message: 'Input `cpu.1` is tagged `cpu.1`, which no output matches, so Fluent Bit drops its records.', path: 'pipeline.inputs.1', target: 'key' },
      { message: 'Input `mem.2` is tagged `host.mem`, which no output matches, so Fluent Bit drops its records.', path: 'pipeline.inputs.2', target: 'key' },
    ]);
  });
});
