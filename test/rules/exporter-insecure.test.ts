import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { lintSet } from './pipeline-model.js';

const file = 'otelcol.yaml';
const collector = (exporters: string) =>
  ['receivers: { otlp: { protocols: { grpc: } } }', 'exporters:', exporters, 'service:', '  pipelines:', '    traces: { receivers: [otlp], exporters: [x] }', ''].join('\n');

ruleTester('exporter-insecure', {
  valid: [
    { name: 'TLS to a remote host', file, code: collector('  x: { endpoint: "backend.acme.dev:4317", tls: { ca_file: /etc/ca.pem } }') },
    { name: 'https', file, code: collector('  x: { endpoint: "https://otlp.acme.dev" }') },
    { name: 'https with tls.insecure, which an HTTP client ignores', file, code: collector('  x: { endpoint: "https://otlp.acme.dev", tls: { insecure: true } }') },
    { name: 'plain text on this machine', file, code: collector('  x: { endpoint: "http://localhost:4318", tls: { insecure: true, insecure_skip_verify: true } }') },
    { name: 'loopback addresses and a Unix socket', file, code: collector('  x: { endpoints: ["http://127.0.0.1:9200", "http://[::1]:9200", "unix:///var/run/otel.sock"] }') },
    { name: 'a host only known at start', file, code: collector('  x: { endpoint: "http://${env:BACKEND}:4318", tls: { insecure: true } }') },
    { name: 'a trusted host', file, options: { trustedHosts: ['*.svc.cluster.local'] }, code: collector('  x: { endpoint: "http://tempo.tracing.svc.cluster.local:4318" }') },
    { name: 'receivers are not exporters', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: { endpoint: "0.0.0.0:4317", tls: { insecure_skip_verify: true } } } } }
      exporters: { otlp_grpc: { endpoint: "backend:4317" } }
      service:
        pipelines:
          traces: { receivers: [otlp], exporters: [otlp_grpc] }
    ` },
    { name: 'Vector: https, and plain text on this machine', file: 'vector.toml', code: [
      '[sources.in]', 'type = "stdin"', '',
      '[sinks.es]', 'type = "elasticsearch"', 'inputs = ["in"]', 'endpoints = ["https://es.acme.dev:9200"]', '',
      '[sinks.local]', 'type = "http"', 'inputs = ["in"]', 'uri = "http://localhost:8080/ingest"', 'tls.verify_certificate = false', '',
    ].join('\n') },
  ],
  invalid: [
    {
      name: 'Collector: tls.insecure, an http endpoint, a skipped certificate check',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        exporters:
          otlp_grpc/jaeger:
            endpoint: jaeger:4317
            tls:
              insecure: true
          otlp_http:
            endpoint: http://prometheus:9090/api/v1/otlp
          opensearch:
            http:
              endpoint: https://opensearch.acme.dev:9200
              tls: { insecure_skip_verify: true }
        service:
          pipelines:
            traces: { receivers: [otlp], exporters: [otlp_grpc/jaeger] }
            metrics: { receivers: [otlp], exporters: [otlp_http] }
            logs: { receivers: [otlp], exporters: [opensearch] }
            logs/2: { receivers: [otlp], exporters: [opensearch] }
      `,
      errors: [
        { line: 6, column: 17, endColumn: 21, message: 'Exporter `otlp_grpc/jaeger` (pipeline `traces`) sends to `jaeger` without TLS (`tls.insecure: true`), unencrypted.' },
        { line: 8, column: 15, message: 'Exporter `otlp_http` (pipeline `metrics`) sends to `http://prometheus:9090/api/v1/otlp` over plain HTTP, unencrypted.' },
        {
          line: 12,
          column: 36,
          message: "Exporter `opensearch` (pipelines `logs` and `logs/2`) does not check the server's certificate (`tls.insecure_skip_verify: true`), so anyone on the path can pose as the server to `opensearch.acme.dev`.",
        },
      ],
    },
    {
      name: 'Collector: an exporter in no pipeline is still reported, without pipelines',
      file,
      code: collector('  x: { endpoint: "collector:4317" }\n  otlp_grpc/spare: { endpoint: "10.0.0.8:4317", tls: { insecure: true } }'),
      errors: [{ line: 4, column: 66, message: 'Exporter `otlp_grpc/spare` sends to `10.0.0.8` without TLS (`tls.insecure: true`), unencrypted.' }],
    },
    {
      name: 'Vector (TOML): an http endpoint and switched-off certificate checks',
      file: 'vector.toml',
      code: [
        '[sources.in]', 'type = "stdin"', '',
        '[sinks.es]', 'type = "elasticsearch"', 'inputs = ["in"]', 'endpoints = ["https://es.acme.dev:9200", "http://79.12.221.222:9200"]', 'tls.verify_certificate = false', '',
        '[sinks.loki]', 'type = "loki"', 'inputs = ["in"]', 'endpoint = "https://loki.acme.dev"', '[sinks.loki.tls]', 'verify_hostname = false', '',
      ].join('\n'),
      errors: [
        { line: 7, column: 42, endColumn: 69, message: 'Sink `es` sends to `http://79.12.221.222:9200` over plain HTTP, unencrypted.' },
        { line: 8, column: 26, message: "Sink `es` does not check the server's certificate (`tls.verify_certificate: false`), so anyone on the path can pose as the server to `es.acme.dev`." },
        { line: 15, column: 19, message: "Sink `loki` does not check the server's certificate (`tls.verify_hostname: false`), so anyone on the path can pose as the server to `loki.acme.dev`." },
      ],
    },
    {
      name: 'Vector (YAML)',
      file: 'vector.yaml',
      code: yaml`
        sources: { in: { type: stdin } }
        sinks:
          out: { type: http, inputs: [in], uri: "http://ingest.acme.dev/v1" }
      `,
      errors: [{ line: 3, column: 41, message: 'Sink `out` sends to `http://ingest.acme.dev/v1` over plain HTTP, unencrypted.' }],
    },
  ],
});

describe('exporter-insecure never echoes credentials', () => {
  it('shows an endpoint with a user and password as ***', async () => {
    const { lintSource } = await import('../rule-tester.js');
    const code = 'receivers:\n  otlp:\n    protocols: { grpc: {} }\nexporters:\n  otlphttp:\n    endpoint: http://admin:s3cretPassw0rd@collector.acme.dev:4318\nservice:\n  pipelines:\n    traces: { receivers: [otlp], exporters: [otlphttp] }\n';
    const findings = (await lintSource(code, { file: 'otel.yaml' })).filter((f) => f.rule === 'exporter-insecure');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('`http://***@collector.acme.dev:4318`')]);
    expect(JSON.stringify(findings)).not.toContain('s3cret');
  });
});

describe('exporter-insecure on configs split over two files (`configs:`)', () => {
  const collector = {
    'base.yaml': yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters:
        otlp_grpc/backend: { endpoint: "backend.acme.dev:4317" }
        otlp_http: { endpoint: "http://collector.acme.dev:4318" }
      service:
        pipelines:
          traces: { receivers: [otlp], exporters: [otlp_grpc/backend, otlp_http] }
    `,
    'tls.yaml': yaml`
      exporters:
        otlp_grpc/backend:
          tls:
            insecure: true
        otlp_http: { endpoint: "https://collector.acme.dev:4318" }
    `,
  };
  const mine = (findings: string[]) => findings.filter((f) => f.includes(' exporter-insecure '));

  it('alone, the base file\'s http endpoint is reported, and the tls file\'s setting without its endpoint or pipeline', async () => {
    expect(mine(await lintSet(collector, []))).toEqual([
      'base.yaml:4:26 exporter-insecure Exporter `otlp_http` (pipeline `traces`) sends to `http://collector.acme.dev:4318` over plain HTTP, unencrypted.',
      'tls.yaml:4:17 exporter-insecure Exporter `otlp_grpc/backend` sends without TLS (`tls.insecure: true`), unencrypted.',
    ]);
  });

  it('merged, at the setting in the file that writes it, with the endpoint and pipeline of the other file', async () => {
    expect(mine(await lintSet(collector, [{ kind: 'otel-collector', files: ['base.yaml', 'tls.yaml'] }]))).toEqual([
      'tls.yaml:4:17 exporter-insecure Exporter `otlp_grpc/backend` (pipeline `traces`) sends to `backend.acme.dev` without TLS (`tls.insecure: true`), unencrypted.',
    ]);
  });

  it('merged, `trustedHosts` holds for the merged endpoint', async () => {
    const findings = await lintSet(collector, [{ kind: 'otel-collector', files: ['base.yaml', 'tls.yaml'] }], { rules: { 'exporter-insecure': { trustedHosts: ['*.acme.dev'] } } });
    expect(mine(findings)).toEqual([]);
  });

  it('a Vector config directory: each sink is reported in its own file', async () => {
    const vector = {
      'vector/sources.yaml': 'sources: { in: { type: stdin } }\n',
      'vector/sinks.toml': ['[sinks.es]', 'type = "elasticsearch"', 'inputs = ["in"]', 'endpoints = ["http://es.acme.dev:9200"]', ''].join('\n'),
      'vector/local.yaml': 'sinks: { out: { type: http, inputs: [in], uri: "http://localhost:8080", encoding: { codec: json } } }\n',
    };
    expect(mine(await lintSet(vector, [{ kind: 'vector', files: ['vector/*'] }]))).toEqual([
      'vector/sinks.toml:4:14 exporter-insecure Sink `es` sends to `http://es.acme.dev:9200` over plain HTTP, unencrypted.',
    ]);
  });
});
