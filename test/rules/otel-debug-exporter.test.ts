import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { lintSet } from './pipeline-model.js';

const file = 'otelcol.yaml';

ruleTester('otel-debug-exporter', {
  valid: [
    { name: 'defined but in no pipeline', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters:
        debug:
        otlp_grpc: { endpoint: "localhost:4317" }
      service:
        pipelines:
          traces: { receivers: [otlp], exporters: [otlp_grpc] }
    ` },
    { name: 'an exporter whose name, not type, says debug', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters:
        otlp_grpc/debug: { endpoint: "localhost:4317" }
      service:
        pipelines:
          traces: { receivers: [otlp], exporters: [otlp_grpc/debug] }
    ` },
  ],
  invalid: [
    {
      name: 'debug and logging exporters in pipelines: at each pipeline entry',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        exporters:
          debug/detailed: { verbosity: detailed }
          logging:
          otlp_grpc: { endpoint: "localhost:4317" }
        service:
          pipelines:
            traces: { receivers: [otlp], exporters: [otlp_grpc, debug/detailed] }
            logs:
              receivers: [otlp]
              exporters: [logging]
      `,
      errors: [
        { line: 8, column: 57, endColumn: 71, message: "Pipeline `traces` exports to `debug/detailed`, which writes every item to the Collector's log: noise and cost in production." },
        { line: 11, column: 19, message: "Pipeline `logs` exports to `logging`, which writes every item to the Collector's log: noise and cost in production." },
      ],
    },
  ],
});

describe('otel-debug-exporter on a config split over two files (`configs:`)', () => {
  const files = {
    'base.yaml': yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { debug:, otlp_grpc: { endpoint: "backend:4317" } }
      service:
        pipelines:
          traces: { receivers: [otlp], exporters: [debug] }
          metrics: { receivers: [otlp], exporters: [otlp_grpc, debug] }
    `,
    'production.yaml': yaml`
      service:
        pipelines:
          traces: { exporters: [otlp_grpc] }
          logs: { receivers: [otlp], exporters: [otlp_grpc, debug] }
    `,
  };
  const mine = (findings: string[]) => findings.filter((f) => f.includes(' otel-debug-exporter '));

  it('alone, only the base file exports to `debug` (the production file does not define it)', async () => {
    expect(mine(await lintSet(files, []))).toEqual([
      "base.yaml:5:46 otel-debug-exporter Pipeline `traces` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
      "base.yaml:6:58 otel-debug-exporter Pipeline `metrics` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
    ]);
  });

  it('merged, the production file replaces the exporters of `traces`, and its `logs` uses the base\'s `debug`', async () => {
    expect(mine(await lintSet(files, [{ kind: 'otel-collector', files: ['base.yaml', 'production.yaml'] }]))).toEqual([
      "base.yaml:6:58 otel-debug-exporter Pipeline `metrics` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
      "production.yaml:4:55 otel-debug-exporter Pipeline `logs` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
    ]);
  });
});
