import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load.js';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import { DEFAULT_SETTINGS } from '../../src/kinds/settings.js';
import { otelCollector } from '../../src/kinds/otel-collector.js';
import { emptyModel } from '../../src/kinds/types.js';
import { parseComponentId, parsePipelineId } from '../../src/otel/ids.js';
import { lintSource, yaml } from '../rule-tester.js';

/** The `schema` findings of a text, as `line:column message`. */
async function schemaFindings(code: string, file = 'otelcol.yaml'): Promise<string[]> {
  const findings = await lintSource(code, { file });
  return findings.filter((f) => f.rule === 'schema').map((f) => `${f.start.line}:${f.start.column} ${f.message}`);
}

async function kindsOf(code: string, file = 'otelcol.yaml'): Promise<string[]> {
  return (await lintText(file, code, { root: os.tmpdir(), config: resolveConfig({}) })).kinds;
}

const MINIMAL = yaml`
  receivers:
    otlp:
      protocols:
        grpc:
  exporters:
    otlp_grpc:
      endpoint: collector:4317
  service:
    pipelines:
      traces:
        receivers: [otlp]
        exporters: [otlp_grpc]
`;

describe('otel-collector: ids as component.ID and pipeline.ID read them', () => {
  it.each([
    ['otlp', { type: 'otlp', name: '', id: 'otlp' }],
    ['otlp/internal', { type: 'otlp', name: 'internal', id: 'otlp/internal' }],
    [' otlp / a/b ', { type: 'otlp', name: 'a/b', id: 'otlp/a/b' }],
    ['http_check/frontend-proxy', { type: 'http_check', name: 'frontend-proxy', id: 'http_check/frontend-proxy' }],
    ['otlp/é', { type: 'otlp', name: 'é', id: 'otlp/é' }],
  ])('%j is valid', (written, expected) => {
    expect(parseComponentId(written)).toEqual(expected);
  });

  it.each([
    ['', 'is empty'],
    ['/x', 'has nothing before the `/`'],
    ['otlp/', 'has nothing after the `/`'],
    ['1otlp', 'has an invalid type: it must start with a letter and hold only letters, digits and `_`'],
    ['otlp-http', 'has an invalid type: it must start with a letter and hold only letters, digits and `_`'],
    [`a${'b'.repeat(63)}`, 'has a type longer than 63 characters'],
    ['otlp/a b', 'has a space in its name, which the Collector refuses (no spaces, control characters or symbols)'],
    ['otlp/a+b', 'has `+` in its name, which the Collector refuses (no spaces, control characters or symbols)'],
    ['otlp/a\u200bb', 'has the character U+200B in its name, which the Collector refuses (no spaces, control characters or symbols)'],
    [`otlp/${'x'.repeat(1025)}`, 'has a name longer than 1024 bytes'],
  ])('%j is refused', (written, error) => {
    expect(parseComponentId(written).error).toBe(error);
  });

  it('takes the four signals, with a name', () => {
    for (const id of ['traces', 'metrics', 'logs', 'profiles', 'traces/2', 'logs/otlp-in']) expect(parsePipelineId(id).error).toBeUndefined();
    expect(parsePipelineId('spans').error).toBe(
      'has the unknown signal `spans`: a pipeline is named `traces`, `metrics`, `logs` or `profiles`, optionally followed by `/name`',
    );
    expect(parsePipelineId('Traces').error).toMatch(/unknown signal `Traces`/);
  });
});

describe('otel-collector: detection', () => {
  it('claims a Collector config, in YAML and JSON', async () => {
    expect(await kindsOf(MINIMAL)).toEqual(['otel-collector']);
    expect(await kindsOf('{"receivers": {"otlp": {"protocols": {"grpc": null}}}, "exporters": {"debug": null}}', 'otelcol.json')).toEqual(['otel-collector']);
  });

  it('claims a config whose only section is service.pipelines (a layer of several --config files)', async () => {
    expect(await kindsOf('service:\n  pipelines:\n    traces:\n      exporters: [debug]\n')).toEqual(['otel-collector']);
  });

  it('sniffs `exporters:` or `pipelines:`, not the `receivers:` every Alertmanager config has', () => {
    expect(otelCollector.sniff('exporters:\n  debug:\n')).toBe(true);
    expect(otelCollector.sniff('data:\n  c.yaml: |\n    service:\n      pipelines: {}\n')).toBe(true);
    expect(otelCollector.sniff('{"exporters":{}}')).toBe(true);
    expect(otelCollector.sniff('route:\n  receiver: team\nreceivers:\n  - name: team\n')).toBe(false);
  });

  it('leaves an Alertmanager config (its receivers are a list) to its own kind, a rule file or a Kubernetes resource', async () => {
    expect(await kindsOf('route:\n  receiver: team\nreceivers:\n  - name: team\n')).toEqual(['alertmanager']);
    expect(await kindsOf('groups:\n  - name: g\n    rules: []\n')).toEqual(['prometheus-rules']);
    expect(await kindsOf('apiVersion: v1\nkind: Service\nmetadata: { name: receivers }\nspec:\n  receivers: {}\n')).toEqual([]);
  });

  it('claims the config in a ConfigMap and in the operator resource', async () => {
    const configMap = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: collector }
      data:
        collector.yaml: |
          receivers:
            otlp:
              protocols: { grpc: }
          exporters:
            debug:
          service:
            pipelines:
              logs: { receivers: [otlp], exporters: [debug] }
    `;
    expect(await kindsOf(configMap)).toEqual(['otel-collector']);
    const resource = yaml`
      apiVersion: opentelemetry.io/v1beta1
      kind: OpenTelemetryCollector
      metadata: { name: gateway }
      spec:
        config:
          receivers:
            otlp:
              protocols: { grpc: }
          exporters:
            debug:
          service:
            pipelines:
              logs: { receivers: [otlp], exporters: [nope] }
    `;
    expect(await kindsOf(resource)).toEqual(['otel-collector']);
    expect(await schemaFindings(resource)).toEqual([
      '13:48 Pipeline `logs` names exporter `nope`, which is not defined under `exporters` or `connectors`; the Collector refuses it.',
    ]);
  });
});

describe('otel-collector: an undefined component named in a pipeline', () => {
  it.each([
    ['a misspelt exporter', 'exporters: [prometheus_remote_write]', 'Did you mean `prometheusremotewrite`? It is defined; ids must match exactly.'],
    ['a misspelt extension', 'exporters: [prometheusremotewrite]', 'Did you mean `health_check`? It is defined; ids must match exactly.', 'health_chek'],
    ['a name far from every defined one', 'exporters: [kafka]', 'Define it under `exporters:`, or fix the name (ids are `type` or `type/name`).'],
  ])('%s: the help names the closest defined id, or says how to define it', async (_name, exporters, help, extension = 'health_check') => {
    const code = yaml`
      extensions: { health_check: }
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { prometheusremotewrite: { endpoint: https://prom.acme.dev/api/v1/write } }
      service:
        extensions: [${extension}]
        pipelines:
          metrics: { receivers: [otlp], ${exporters} }
    `;
    const findings = (await lintSource(code, { file: 'otelcol.yaml' })).filter((f) => f.rule === 'schema');
    expect(findings.map((f) => f.help)).toEqual([help]);
  });
});

describe('otel-collector: schema', () => {
  it('accepts the shapes the Collector reads', async () => {
    const code = yaml`
      receivers:
        otlp:
          protocols:
            grpc:
              endpoint: \${env:HOST}:4317
              max_recv_msg_size_mib: \${env:MAX_MIB}
              tls: { cert_file: /tls/cert.pem, key_file: /tls/key.pem }
            http:
              endpoint: 0.0.0.0:4318
              cors: { allowed_origins: ["https://*.acme.dev"] }
        kafka/in:
          anything: [goes, here]
      processors:
        memory_limiter:
          check_interval: 1s
          limit_percentage: 80
          spike_limit_percentage: \${env:SPIKE}
        batch:
          timeout: 200ms
          send_batch_size: 1024
        batch/ns:
          timeout: 5000000
      exporters:
        otlp_grpc:
          endpoint: collector:4317
          tls: { insecure: \${env:INSECURE} }
          headers: { x-api-key: \${env:KEY} }
          sending_queue: { batch: , queue_size: 5000 }
          retry_on_failure: { enabled: true, max_elapsed_time: 5m, multiplier: 1.5 }
        otlp_http/eu:
          endpoint: https://otlp.eu.acme.dev
          headers:
            - { name: x-tenant, value: eu }
          encoding: json
        debug:
          verbosity: Detailed
      extensions:
        health_check:
      service:
        extensions: health_check
        telemetry:
          logs: { level: debug }
          metrics: { level: detailed }
        pipelines:
          traces:
            receivers: otlp,kafka/in
            processors: [memory_limiter, batch]
            exporters: [otlp_grpc, otlp_http/eu]
          profiles:
            receivers: [otlp]
            exporters: [debug]
    `;
    expect(await schemaFindings(code)).toEqual([]);
  });

  it('refuses unknown keys where the Collector does, and wrong types in core components', async () => {
    const code = yaml`
      receivers:
        otlp:
          protocol:
            grpc:
      exporter:
        debug:
      exporters:
        debug:
          verbosity: loud
        otlp_grpc:
          endpoint: 4317
          tls:
            insecure: "yes"
            insecure_skip_verfy: true
      processors:
        batch:
          timeout: 5x
        memory_limiter:
          check_interval: 1s
          limit_mib: "400"
      service:
        pipeline: {}
        pipelines:
          traces:
            receivers: [otlp]
            exporter: [debug]
            exporters: [debug]
    `;
    expect(await schemaFindings(code)).toEqual([
      '5:1 Unknown key `exporter`. Did you mean `exporters`?',
      '3:5 Unknown key `protocol` in `otlp`. Did you mean `protocols`?',
      '17:14 `timeout` must be a Go duration such as `200ms`, `5s` or `1m30s` (units ns, us, ms, s, m, h) (or a `${env:NAME}` reference).',
      '20:16 `limit_mib` must be a whole number, 0 or more (or a `${env:NAME}` reference).',
      '11:15 `endpoint` must be text (quote a number, as in `"4317"`).',
      '14:7 Unknown key `insecure_skip_verfy` in `tls`. Did you mean `insecure_skip_verify`?',
      '13:17 `insecure` must be `true` or `false` (or a `${env:NAME}` reference).',
      '9:16 `verbosity` must be `basic`, `normal` or `detailed`.',
      '22:3 Unknown key `pipeline` in `service`. Did you mean `pipelines`?',
      '26:7 Unknown key `exporter` in `traces`. Did you mean `exporters`?',
      '2:3 Receiver `otlp` enables no protocol; the Collector refuses an OTLP receiver without `protocols.grpc` or `protocols.http`.',
    ]);
  });
});

describe('otel-collector: what the Collector refuses at load', () => {
  const cases: { name: string; code: string; findings: string[] }[] = [
    {
      name: 'a pipeline naming components that are not defined, in each list',
      code: yaml`
        receivers:
          otlp: { protocols: { grpc: } }
        processors:
          batch:
        exporters:
          debug:
        service:
          pipelines:
            traces:
              receivers: [otlp, jaeger]
              processors: [batch, memory_limiter]
              exporters: [debug, otlp_grpc/backend]
      `,
      findings: [
        '10:25 Pipeline `traces` names receiver `jaeger`, which is not defined under `receivers` or `connectors`; the Collector refuses it.',
        '11:27 Pipeline `traces` names processor `memory_limiter`, which is not defined under `processors`; the Collector refuses it.',
        '12:26 Pipeline `traces` names exporter `otlp_grpc/backend`, which is not defined under `exporters` or `connectors`; the Collector refuses it.',
      ],
    },
    {
      name: 'ids are compared once trimmed, and a comma-separated string is a list',
      code: yaml`
        receivers:
          "otlp ": { protocols: { grpc: } }
        exporters:
          debug/a:
        service:
          pipelines:
            logs:
              receivers: " otlp"
              exporters: "debug / a, debug/b"
      `,
      findings: ['9:18 Pipeline `logs` names exporter `debug/b`, which is not defined under `exporters` or `connectors`; the Collector refuses it.'],
    },
    {
      name: 'pipelines without receivers or exporters, and no pipeline at all',
      code: yaml`
        receivers:
          otlp: { protocols: { grpc: } }
        exporters:
          debug:
        service:
          pipelines:
            traces:
              receivers: [otlp]
            metrics:
      `,
      findings: [
        '7:5 Pipeline `traces` has no exporters; the Collector refuses a pipeline without at least one.',
        '9:5 Pipeline `metrics` has no receivers; the Collector refuses a pipeline without at least one.',
        '9:5 Pipeline `metrics` has no exporters; the Collector refuses a pipeline without at least one.',
      ],
    },
    {
      name: 'no pipelines, no exporters',
      code: 'receivers:\n  otlp: { protocols: { grpc: } }\nservice:\n  extensions: [zpages]\n',
      findings: [
        '1:1 This Collector config defines no exporters; the Collector refuses to start without one.',
        '4:16 `service.extensions` names extension `zpages`, which is not defined under `extensions`; the Collector refuses it.',
        '3:1 This Collector config has no pipeline under `service.pipelines`; the Collector refuses to start without one.',
      ],
    },
    {
      name: 'bad ids: component, pipeline and reference',
      code: yaml`
        receivers:
          otlp/: {}
          otlp-http: {}
          otlp: { protocols: { grpc: } }
          "otlp ": { protocols: { grpc: } }
        exporters:
          debug:
        service:
          pipelines:
            spans:
              receivers: [otlp]
              exporters: [debug]
            logs:
              receivers: [otlp/a b]
              exporters: [debug]
      `,
      findings: [
        '2:3 Receiver id `otlp/` has nothing after the `/`.',
        '3:3 Receiver id `otlp-http` has an invalid type: it must start with a letter and hold only letters, digits and `_`.',
        '5:3 Receiver id `otlp ` is the same id as `otlp` once spaces are trimmed; the Collector refuses the duplicate.',
        '10:5 Pipeline id `spans` has the unknown signal `spans`: a pipeline is named `traces`, `metrics`, `logs` or `profiles`, optionally followed by `/name`.',
        '14:19 Receiver id `otlp/a b` has a space in its name, which the Collector refuses (no spaces, control characters or symbols).',
      ],
    },
    {
      name: 'the removed logging exporter, a processor listed twice',
      code: yaml`
        receivers:
          otlp: { protocols: { grpc: } }
        processors:
          batch:
        exporters:
          logging:
            loglevel: debug
        service:
          pipelines:
            metrics:
              receivers: [otlp]
              processors: [batch, batch]
              exporters: [logging]
      `,
      findings: [
        '6:3 The `logging` exporter (`logging`) was removed from the Collector, which refuses to load it.',
        '12:27 Pipeline `metrics` lists processor `batch` twice; the Collector refuses it.',
      ],
    },
    {
      name: 'connectors: used one way only, between signals forward cannot join, with an ambiguous id',
      code: yaml`
        receivers:
          otlp: { protocols: { grpc: } }
        exporters:
          debug:
          count:
        connectors:
          spanmetrics:
          forward:
          count:
        service:
          pipelines:
            traces:
              receivers: [otlp]
              exporters: [spanmetrics, forward]
            metrics:
              receivers: [forward]
              exporters: [debug]
      `,
      findings: [
        '9:3 Connector `count` has the same id as an exporter, so pipelines cannot tell them apart; the Collector refuses it.',
        '14:19 Connector `spanmetrics` is used as an exporter in pipeline `traces` but never as a receiver; the Collector refuses it.',
        '14:32 Connector `forward` is used as an exporter in traces pipeline `traces` but as a receiver only in pipelines of a signal it cannot convert to or from; the Collector refuses it.',
        '16:19 Connector `forward` is used as a receiver in metrics pipeline `metrics` but as an exporter only in pipelines of a signal it cannot convert to or from; the Collector refuses it.',
      ],
    },
    {
      name: 'settings the core components validate',
      code: yaml`
        receivers:
          otlp:
        processors:
          memory_limiter:
            limit_percentage: 120
            spike_limit_percentage: 130
          memory_limiter/mib:
            check_interval: 0s
            limit_mib: 100
            spike_limit_mib: 100
          batch:
            send_batch_size: 1000
            send_batch_max_size: 10
        exporters:
          otlp_grpc:
            tls: { insecure: true }
          otlp_http:
            compression: gzip
        service:
          pipelines:
            traces:
              receivers: [otlp]
              exporters: [otlp_grpc, otlp_http]
      `,
      findings: [
        '2:3 Receiver `otlp` enables no protocol; the Collector refuses an OTLP receiver without `protocols.grpc` or `protocols.http`.',
        '4:3 Processor `memory_limiter` needs a `check_interval` greater than zero; the Collector refuses it without one.',
        '5:23 `limit_percentage` is over 100; the Collector refuses it.',
        '6:29 `spike_limit_percentage` is over 100; the Collector refuses it.',
        '6:29 `spike_limit_percentage` (130) must be smaller than `limit_percentage` (120); the Collector refuses it.',
        '8:21 Processor `memory_limiter/mib` needs a `check_interval` greater than zero; the Collector refuses it without one.',
        '10:22 `spike_limit_mib` (100) must be smaller than `limit_mib` (100); the Collector refuses it.',
        '13:26 `send_batch_max_size` (10) is smaller than `send_batch_size` (1000); the Collector refuses it.',
        '15:3 Exporter `otlp_grpc` has no `endpoint`; the Collector refuses it.',
        '17:3 Exporter `otlp_http` has no `endpoint` (nor a per-signal endpoint); the Collector refuses it.',
      ],
    },
  ];
  it.each(cases)('$name', async ({ code, findings }) => {
    expect(await schemaFindings(code)).toEqual(findings);
  });

  it('accepts a connector joining two pipelines, and references written as ${env:...}', async () => {
    const code = yaml`
      receivers:
        otlp: { protocols: { grpc: { endpoint: "\${env:HOST}:4317" } } }
      processors:
        memory_limiter: { check_interval: \${env:INTERVAL}, limit_mib: \${env:LIMIT} }
      exporters:
        otlp_grpc: { endpoint: \${env:BACKEND} }
      connectors:
        spanmetrics:
        forward/copy:
      service:
        pipelines:
          traces:
            receivers: [otlp]
            processors: [memory_limiter]
            exporters: [spanmetrics, forward/copy]
          traces/copy:
            receivers: [forward/copy]
            exporters: [otlp_grpc]
          metrics:
            receivers: [spanmetrics]
            exporters: [otlp_grpc]
    `;
    expect(await schemaFindings(code)).toEqual([]);
  });
});

describe('otel-collector: extraction into the pipeline model', () => {
  it('gives every component with its role and site, every reference, and each pipeline', async () => {
    const code = yaml`
      receivers:
        otlp: { protocols: { grpc: { auth: { authenticator: oidc } } } }
        "filelog ":
          storage: file_storage
      processors:
        batch:
      exporters:
        otlp_grpc/backend:
          endpoint: backend:4317
          sending_queue: { storage: file_storage/queue }
      connectors:
        spanmetrics:
      extensions:
        oidc:
        file_storage:
      service:
        extensions: [oidc, file_storage]
        pipelines:
          traces:
            receivers: [otlp]
            processors: [batch]
            exporters: [otlp_grpc/backend, spanmetrics]
          metrics/red:
            receivers: [spanmetrics, "filelog"]
            exporters: [otlp_grpc/backend]
    `;
    const { documents } = await parseYaml(code);
    const model = emptyModel();
    otelCollector.extract(documents[0].value, 0, model, DEFAULT_SETTINGS);
    const site = (...path: (string | number)[]) => ({ doc: 0, path });
    expect(model.pipelines).toHaveLength(1);
    const config = model.pipelines[0];
    expect(config.kind).toBe('otel-collector');
    expect(config.acyclic).toBe(true);
    expect(config.site).toEqual(site());
    expect(config.components.map(({ id, type, role, site }) => ({ id, type, role, site }))).toEqual([
      { id: 'otlp', type: 'otlp', role: 'source', site: site('receivers', 'otlp') },
      { id: 'filelog', type: 'filelog', role: 'source', site: site('receivers', 'filelog ') },
      { id: 'batch', type: 'batch', role: 'processor', site: site('processors', 'batch') },
      { id: 'otlp_grpc/backend', type: 'otlp_grpc', role: 'sink', site: site('exporters', 'otlp_grpc/backend') },
      { id: 'spanmetrics', type: 'spanmetrics', role: 'connector', site: site('connectors', 'spanmetrics') },
      { id: 'oidc', type: 'oidc', role: 'extension', site: site('extensions', 'oidc') },
      { id: 'file_storage', type: 'file_storage', role: 'extension', site: site('extensions', 'file_storage') },
    ]);
    expect(config.components[3].settings).toEqual({ endpoint: 'backend:4317', sending_queue: { storage: 'file_storage/queue' } });
    expect(config.components[2].settings).toEqual({});
    const traces = { source: ['source', 'connector'], sink: ['sink', 'connector'] };
    expect(config.references).toEqual([
      { target: 'oidc', roles: ['extension'], from: 'otlp', site: site('receivers', 'otlp', 'protocols', 'grpc', 'auth', 'authenticator') },
      { target: 'file_storage', roles: ['extension'], from: 'filelog', site: site('receivers', 'filelog ', 'storage') },
      { target: 'file_storage/queue', roles: ['extension'], from: 'otlp_grpc/backend', site: site('exporters', 'otlp_grpc/backend', 'sending_queue', 'storage') },
      { target: 'oidc', roles: ['extension'], from: 'service', site: site('service', 'extensions', 0) },
      { target: 'file_storage', roles: ['extension'], from: 'service', site: site('service', 'extensions', 1) },
      { target: 'otlp', roles: traces.source, from: 'traces', site: site('service', 'pipelines', 'traces', 'receivers', 0) },
      { target: 'batch', roles: ['processor'], from: 'traces', site: site('service', 'pipelines', 'traces', 'processors', 0) },
      { target: 'otlp_grpc/backend', roles: traces.sink, from: 'traces', site: site('service', 'pipelines', 'traces', 'exporters', 0) },
      { target: 'spanmetrics', roles: traces.sink, from: 'traces', site: site('service', 'pipelines', 'traces', 'exporters', 1) },
      { target: 'spanmetrics', roles: traces.source, from: 'metrics/red', site: site('service', 'pipelines', 'metrics/red', 'receivers', 0) },
      { target: 'filelog', roles: traces.source, from: 'metrics/red', site: site('service', 'pipelines', 'metrics/red', 'receivers', 1) },
      { target: 'otlp_grpc/backend', roles: traces.sink, from: 'metrics/red', site: site('service', 'pipelines', 'metrics/red', 'exporters', 0) },
    ]);
    expect(config.pipelines.map((p) => ({ name: p.name, signal: p.signal, site: p.site, sources: p.sources.map((r) => r.target), processors: p.processors.map((r) => r.target), sinks: p.sinks.map((r) => r.target) }))).toEqual([
      { name: 'traces', signal: 'traces', site: site('service', 'pipelines', 'traces'), sources: ['otlp'], processors: ['batch'], sinks: ['otlp_grpc/backend', 'spanmetrics'] },
      { name: 'metrics/red', signal: 'metrics', site: site('service', 'pipelines', 'metrics/red'), sources: ['spanmetrics', 'filelog'], processors: [], sinks: ['otlp_grpc/backend'] },
    ]);
  });

  it('leaves out ids the Collector cannot parse, and copes with any shape of data', () => {
    const model = emptyModel();
    otelCollector.extract({ receivers: { 'bad id': {} }, service: { pipelines: { traces: { receivers: ['bad id', 7] }, 'no/': {} } } }, 0, model, DEFAULT_SETTINGS);
    expect(model.pipelines[0].components).toEqual([]);
    expect(model.pipelines[0].references).toEqual([]);
    expect(model.pipelines[0].pipelines.map((p) => p.name)).toEqual(['traces']);
    for (const value of [null, 3, 'text', [], { service: 'x', receivers: [1] }]) {
      expect(() => otelCollector.checkStructure!(value, DEFAULT_SETTINGS)).not.toThrow();
      expect(() => otelCollector.extract(value, 0, emptyModel(), DEFAULT_SETTINGS)).not.toThrow();
    }
  });
});
