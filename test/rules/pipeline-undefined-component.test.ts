import { describe, expect, it } from 'vitest';
import { lintSource, ruleTester, yaml } from '../rule-tester.js';
import { fluentBit, reportsOn } from './pipeline-model.js';

const collector = 'otelcol.yaml';
const vector = 'vector.yaml';

ruleTester('pipeline-undefined-component', {
  valid: [
    { name: 'Collector: everything named is defined', file: collector, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { otlp_grpc: { endpoint: "backend:4317", auth: { authenticator: oauth2client } } }
      extensions: { oauth2client: { client_id: app, token_url: "https://idp/token" }, file_storage: }
      service:
        extensions: [oauth2client, file_storage]
        pipelines:
          traces: { receivers: [otlp], exporters: [otlp_grpc] }
    ` },
    { name: 'Collector: a pipeline naming nothing is the kind\'s `schema` finding in one file, not this rule\'s', file: collector, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { debug: }
      service:
        extensions: [health_check]
        pipelines:
          traces: { receivers: [otlp, jaeger], exporters: [debug] }
    ` },
    { name: 'Vector: names, a named output, globs over components and over named outputs', file: vector, code: yaml`
      sources:
        app_logs: { type: file, include: [/var/log/app.log] }
        app_audit: { type: file, include: [/var/log/audit.log] }
        otel: { type: opentelemetry, grpc: { address: "0.0.0.0:4317" }, http: { address: "0.0.0.0:4318" } }
      transforms:
        router: { type: route, inputs: [app_logs], route: { errors: '.level == "error"' } }
        parse: { type: remap, inputs: ["app_*", otel.logs], source: ".x = 1", reroute_dropped: true }
      sinks:
        errors: { type: console, inputs: [router.errors, "parse.drop*"], encoding: { codec: json } }
        rest: { type: console, inputs: ["router.*", parse], encoding: { codec: json } }
    ` },
    { name: 'Vector: a pattern may match nothing with `wildcard_matching: relaxed`', file: vector, code: yaml`
      wildcard_matching: relaxed
      sources: { in: { type: stdin } }
      sinks: { out: { type: console, inputs: [in, "later_*"], encoding: { codec: json } } }
    ` },
  ],
  invalid: [
    {
      name: 'Vector: an input naming nothing, a sink as input, a pattern matching nothing, a pattern matching only its own component',
      file: vector,
      code: yaml`
        sources: { in: { type: stdin } }
        transforms:
          apps: { type: remap, inputs: [in, "apps*"], source: "." }
        sinks:
          out: { type: console, inputs: [apps, missing], encoding: { codec: json } }
          copy: { type: console, inputs: [out, "web_*"], encoding: { codec: json } }
      `,
      errors: [
        { line: 3, column: 37, endColumn: 44, message: 'Transform `apps` lists input pattern `apps*`, which matches no source or transform; Vector refuses it.' },
        { line: 5, column: 40, message: 'Sink `out` lists input `missing`, which is no source or transform of this config; Vector refuses it.' },
        { line: 6, column: 35, message: 'Sink `copy` lists input `out`, which is no source or transform of this config; Vector refuses it.' },
        { line: 6, column: 40, message: 'Sink `copy` lists input pattern `web_*`, which matches no source or transform; Vector refuses it.' },
      ],
    },
    {
      name: 'Vector (TOML): a typo in inputs; a named output of a source that has none is not checked beyond its component',
      file: 'vector.toml',
      code: ['[sources.syslog]', 'type = "syslog"', 'mode = "tcp"', 'address = "0.0.0.0:514"', '', '[sinks.loki]', 'type = "loki"', 'inputs = ["sylog"]', 'endpoint = "https://loki.acme.dev"', 'encoding.codec = "json"', 'labels.job = "syslog"', ''].join('\n'),
      errors: [{ line: 8, column: 11, endColumn: 18, message: 'Sink `loki` lists input `sylog`, which is no source or transform of this config; Vector refuses it.' }],
    },
    {
      name: 'Collector: a component using an extension that is not defined, in one file too (the kind does not check it)',
      file: collector,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: { auth: { authenticator: basicauth/server } } } } }
        exporters: { otlp_grpc: { endpoint: "backend:4317", sending_queue: { storage: file_storage } } }
        service:
          pipelines:
            traces: { receivers: [otlp], exporters: [otlp_grpc] }
      `,
      errors: [
        { line: 1, column: 66, message: '`otlp` uses extension `basicauth/server`, which is not defined under `extensions`; the Collector cannot start `otlp`.' },
        { line: 2, column: 79, message: '`otlp_grpc` uses extension `file_storage`, which is not defined under `extensions`; the Collector cannot start `otlp_grpc`.' },
      ],
    },
  ],
});

describe('pipeline-undefined-component on Fluent Bit (the model its kind fills)', () => {
  const tail = { name: 'tail', path: '/var/log/app.log', tag: 'app.log' };
  it.each([
    ['an exact tag', { inputs: [tail], outputs: [{ name: 'stdout', match: 'app.log' }] }],
    ['a pattern', { inputs: [tail], outputs: [{ name: 'stdout', match: 'app.*' }] }],
    ['`*`', { inputs: [tail], outputs: [{ name: 'stdout', match: '*' }] }],
    ['a tail tag with `*`, which the file path fills', { inputs: [{ name: 'tail', tag: 'kube.*' }], outputs: [{ name: 'es', match: 'kube.var.log.containers.*' }] }],
    ['an input without a tag is tagged with its instance name', { inputs: [{ name: 'cpu' }, { name: 'mem' }], outputs: [{ name: 'stdout', match: 'mem.1' }] }],
    ['records re-emitted by rewrite_tag', { inputs: [tail], filters: [{ name: 'rewrite_tag', match: 'app.log', rule: '$level ^error$ errors false' }], outputs: [{ name: 'stdout', match: 'errors' }] }],
    ['an input whose tags come from its senders', { inputs: [tail, { name: 'forward' }], outputs: [{ name: 'stdout', match: 'from.fluentd.*' }] }],
    ['a rewrite_tag rule whose tag comes from the record', { inputs: [tail], filters: [{ name: 'rewrite_tag', match: 'app.log', rule: ['$ns ^ ns.$ns false'] }], outputs: [{ name: 'stdout', match: 'ns.payments' }] }],
    ['a Match written as the tail tag is', { inputs: [{ name: 'tail', tag: 'app.*' }], filters: [{ name: 'modify', match: '*', add: 'k v' }], outputs: [{ name: 'es', match: 'app.*' }] }],
    ['a Match_Regex', { inputs: [tail], outputs: [{ name: 'stdout', match_regex: '^app\\.(log|err)$' }] }],
    ['a route to an output by alias, instance name or plugin name', { inputs: [{ name: 'dummy', routes: { logs: [{ name: 'all', condition: { default: true }, to: { outputs: ['main', 'stdout.1', { name: 'missing', fallback: 'null' }] } }] } }], outputs: [{ name: 'es', alias: 'main' }, { name: 'stdout' }, { name: 'null' }] }],
  ])('valid: %s', (_name, sections) => {
    expect(reportsOn('pipeline-undefined-component', { pipelines: [fluentBit(sections)] })).toEqual([]);
  });

  it('reports a route to an output the config does not define (Fluent Bit warns and drops the route)', () => {
    const config = fluentBit({ inputs: [{ name: 'dummy', routes: { logs: [{ name: 'all', condition: { default: true }, to: { outputs: ['tempo'] } }] } }], outputs: [{ name: 'stdout', match: '*' }] });
    expect(reportsOn('pipeline-undefined-component', { pipelines: [config] })).toEqual([
      { message: 'Input `dummy.0` routes records to output `tempo`, which this config does not define, so Fluent Bit drops the route (with a warning).', path: 'pipeline.inputs.0.routes.logs.0.to.outputs.0' },
    ]);
  });

  it('reports filters and outputs whose Match matches no tag, case and all, at the Match', () => {
    const config = fluentBit({
      inputs: [tail, { name: 'cpu' }],
      filters: [{ name: 'grep', match: 'nginx.*', regex: 'log x' }],
      outputs: [{ name: 'es', match: 'App.log' }, { name: 'stdout', match: 'cpu' }, { name: 'null', match: 'cpu.1' }],
    });
    expect(reportsOn('pipeline-undefined-component', { pipelines: [config] })).toEqual([
      { message: 'Filter `grep.0` matches `nginx.*`, which is no input\'s tag, so it gets no records.', path: 'pipeline.filters.0.match' },
      { message: 'Output `es.0` matches `App.log`, which is no input\'s tag, so it gets no records.', path: 'pipeline.outputs.0.match' },
      { message: 'Output `stdout.1` matches `cpu`, which is no input\'s tag, so it gets no records.', path: 'pipeline.outputs.1.match' },
    ]);
  });
});

describe('pipeline-undefined-component does not repeat the kind', () => {
  it('a Collector pipeline naming an undefined receiver is one `schema` finding', async () => {
    const findings = await lintSource('receivers: { otlp: { protocols: { grpc: } } }\nexporters: { debug: }\nservice:\n  pipelines:\n    traces: { receivers: [jaeger], exporters: [debug] }\n', { file: collector });
    expect(findings.filter((f) => f.start.line === 5 && f.start.column === 27).map((f) => f.rule)).toEqual(['schema']);
  });
});
