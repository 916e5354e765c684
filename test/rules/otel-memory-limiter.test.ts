import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { lintSet } from './pipeline-model.js';

const file = 'otelcol.yaml';

ruleTester('otel-memory-limiter', {
  valid: [
    { name: 'memory_limiter first in every pipeline', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      processors:
        memory_limiter: { check_interval: 1s, limit_percentage: 80, spike_limit_percentage: 20 }
        batch:
      exporters: { otlp_grpc: { endpoint: "localhost:4317" } }
      service:
        pipelines:
          traces: { receivers: [otlp], processors: [memory_limiter, batch], exporters: [otlp_grpc] }
          logs/2: { receivers: [otlp], processors: [memory_limiter], exporters: [otlp_grpc] }
    ` },
    { name: 'a named memory limiter counts', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      processors:
        memory_limiter/gateway: { check_interval: 1s, limit_mib: 4000 }
      exporters: { otlp_grpc: { endpoint: "localhost:4317" } }
      service:
        pipelines:
          traces: { receivers: [otlp], processors: [memory_limiter/gateway], exporters: [otlp_grpc] }
    ` },
    { name: 'not a Collector config', code: 'groups: []\n' },
  ],
  invalid: [
    {
      name: 'a pipeline without processors, and one without a memory limiter: at the pipeline',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        processors: { batch: }
        exporters: { otlp_grpc: { endpoint: "localhost:4317" } }
        service:
          pipelines:
            traces:
              receivers: [otlp]
              exporters: [otlp_grpc]
            metrics/internal:
              receivers: [otlp]
              processors: [batch]
              exporters: [otlp_grpc]
      `,
      errors: [
        { line: 6, column: 5, endColumn: 11, message: 'Pipeline `traces` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.' },
        { line: 9, column: 5, message: 'Pipeline `metrics/internal` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.' },
      ],
    },
    {
      name: 'memory limiter after another processor: at its entry in the list',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        processors:
          memory_limiter: { check_interval: 1s, limit_mib: 400 }
          batch:
        exporters: { otlp_grpc: { endpoint: "localhost:4317" } }
        service:
          pipelines:
            traces:
              receivers: [otlp]
              processors: [batch, memory_limiter]
              exporters: [otlp_grpc]
      `,
      errors: [
        { line: 10, column: 27, endColumn: 41, message: 'Pipeline `traces` runs `memory_limiter` after `batch`; the memory limiter must be the first processor to refuse data before other processors hold it.' },
      ],
    },
    {
      name: 'in the OpenTelemetryCollector resource',
      file: 'collector.yaml',
      code: yaml`
        apiVersion: opentelemetry.io/v1beta1
        kind: OpenTelemetryCollector
        metadata: { name: gateway }
        spec:
          config:
            receivers: { otlp: { protocols: { grpc: } } }
            exporters: { otlp_grpc: { endpoint: "localhost:4317" } }
            service:
              pipelines:
                logs: { receivers: [otlp], exporters: [otlp_grpc] }
      `,
      errors: [{ line: 10, column: 9, message: /^Pipeline `logs` has no `memory_limiter` processor/ }],
    },
  ],
});

describe('otel-memory-limiter on a config split over two files (`configs:`)', () => {
  const files = {
    'base.yaml': yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      processors:
        memory_limiter: { check_interval: 1s, limit_mib: 400 }
        batch:
      exporters: { otlp_grpc: { endpoint: "localhost:4317" } }
      service:
        pipelines:
          traces: { receivers: [otlp], processors: [memory_limiter, batch], exporters: [otlp_grpc] }
          metrics: { receivers: [otlp], processors: [batch, memory_limiter], exporters: [otlp_grpc] }
    `,
    'override.yaml': yaml`
      exporters: { otlp_grpc/eu: { endpoint: "localhost:4318" } }
      service:
        pipelines:
          traces: { exporters: [otlp_grpc, otlp_grpc/eu] }
          logs: { receivers: [otlp], processors: [batch, memory_limiter], exporters: [otlp_grpc/eu] }
          logs/audit: { receivers: [otlp], exporters: [otlp_grpc/eu] }
    `,
  };
  const mine = (findings: string[]) => findings.filter((f) => f.includes(' otel-memory-limiter '));

  it('alone, the override\'s `traces` seems to have no memory limiter: it only replaces the exporters', async () => {
    expect(mine(await lintSet(files, []))).toContain(
      'override.yaml:4:5 otel-memory-limiter Pipeline `traces` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
    );
  });

  it('merged, `traces` keeps the base\'s processors; each finding is in the file that writes the pipeline or the entry', async () => {
    expect(mine(await lintSet(files, [{ kind: 'otel-collector', files: ['base.yaml', 'override.yaml'] }]))).toEqual([
      'base.yaml:9:55 otel-memory-limiter Pipeline `metrics` runs `memory_limiter` after `batch`; the memory limiter must be the first processor to refuse data before other processors hold it.',
      'override.yaml:5:52 otel-memory-limiter Pipeline `logs` runs `memory_limiter` after `batch`; the memory limiter must be the first processor to refuse data before other processors hold it.',
      'override.yaml:6:5 otel-memory-limiter Pipeline `logs/audit` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
    ]);
  });

  it('a later file that puts the limiter first fixes the earlier file\'s pipeline', async () => {
    const fix = 'service:\n  pipelines:\n    metrics: { processors: [memory_limiter, batch] }\n';
    const findings = await lintSet({ ...files, 'fix.yaml': fix }, [{ kind: 'otel-collector', files: ['base.yaml', 'fix.yaml'] }], { paths: ['base.yaml', 'fix.yaml'] });
    expect(mine(findings)).toEqual([]);
  });
});
