import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { lintSet } from './pipeline-model.js';

const file = 'otelcol.yaml';

ruleTester('otel-batch', {
  valid: [
    { name: 'a batch processor', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      processors: { batch/big: { send_batch_size: 10000 } }
      exporters: { otlp_grpc: { endpoint: "backend:4317" } }
      service:
        pipelines:
          traces: { receivers: [otlp], processors: [batch/big], exporters: [otlp_grpc] }
    ` },
    { name: 'exporters that batch in their sending queue (empty `batch:` takes the defaults)', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters:
        otlp_grpc: { endpoint: "backend:4317", sending_queue: { batch: } }
        otlp_http: { endpoint: "https://backend:4318", sending_queue: { batch: { flush_timeout: 1s } } }
      service:
        pipelines:
          traces: { receivers: [otlp], exporters: [otlp_grpc, otlp_http] }
    ` },
    { name: 'exporters that send nothing over the network, and connectors', file, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { debug:, prometheus: { endpoint: "0.0.0.0:8889" } }
      connectors: { forward: }
      service:
        pipelines:
          metrics: { receivers: [otlp], exporters: [debug, prometheus, forward] }
          metrics/out: { receivers: [forward], exporters: [debug] }
    ` },
  ],
  invalid: [
    {
      name: 'no batch processor, one exporter without batching: at the pipeline, naming it',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        processors: { memory_limiter: { check_interval: 1s, limit_mib: 400 } }
        exporters:
          otlp_grpc: { endpoint: "backend:4317", sending_queue: { batch: } }
          otlp_http/eu: { endpoint: "https://eu:4318" }
          otlp_http/us: { endpoint: "https://us:4318", sending_queue: { enabled: false, batch: } }
        service:
          pipelines:
            logs:
              receivers: [otlp]
              processors: [memory_limiter]
              exporters: [otlp_grpc, otlp_http/eu, otlp_http/us]
            traces:
              receivers: [otlp]
              exporters: [otlp_http/eu]
      `,
      errors: [
        { line: 9, column: 5, endColumn: 9, message: 'Pipeline `logs` sends to `otlp_http/eu` and `otlp_http/us` without batching: no `batch` processor, and no `sending_queue.batch` on them.' },
        { line: 13, column: 5, message: 'Pipeline `traces` sends to `otlp_http/eu` without batching: no `batch` processor, and no `sending_queue.batch` on it.' },
      ],
    },
    {
      name: 'batching switched off in the queue',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        exporters: { otlp_grpc: { endpoint: "backend:4317", sending_queue: { batch: { enabled: false } } } }
        service:
          pipelines:
            metrics: { receivers: [otlp], exporters: [otlp_grpc] }
      `,
      errors: [{ line: 5, column: 5, message: /^Pipeline `metrics` sends to `otlp_grpc` without batching/ }],
    },
    {
      name: 'a profiles pipeline: the help names only the exporter\'s own batching',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        exporters: { otlp_grpc: { endpoint: "backend:4317" } }
        service:
          pipelines:
            profiles: { receivers: [otlp], exporters: [otlp_grpc] }
      `,
      errors: [
        {
          line: 5,
          column: 5,
          message: 'Pipeline `profiles` sends to `otlp_grpc` without batching: no `sending_queue.batch` on it.',
          help: 'Add `sending_queue: { batch: {} }` to the exporter; the `batch` processor does not take profiles.',
        },
      ],
    },
  ],
});

describe('otel-batch on a config split over two files (`configs:`)', () => {
  const files = {
    'base.yaml': yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      processors: { batch: }
      exporters:
        otlp_grpc: { endpoint: "backend:4317" }
        otlp_http: { endpoint: "https://backend:4318" }
      service:
        pipelines:
          traces: { receivers: [otlp], exporters: [otlp_grpc] }
          logs: { receivers: [otlp], processors: [batch], exporters: [otlp_http] }
    `,
    'queue.yaml': yaml`
      exporters:
        otlp_grpc: { sending_queue: { batch: } }
      service:
        pipelines:
          logs: { processors: [] }
    `,
  };
  const mine = (findings: string[]) => findings.filter((f) => f.includes(' otel-batch '));

  it('alone, the base\'s `traces` sends unbatched', async () => {
    expect(mine(await lintSet(files, []))).toEqual([
      'base.yaml:8:5 otel-batch Pipeline `traces` sends to `otlp_grpc` without batching: no `batch` processor, and no `sending_queue.batch` on it.',
    ]);
  });

  it('merged, the queue file batches `otlp_grpc`, and empties the processors of `logs`, which it now writes', async () => {
    expect(mine(await lintSet(files, [{ kind: 'otel-collector', files: ['base.yaml', 'queue.yaml'] }]))).toEqual([
      'queue.yaml:5:5 otel-batch Pipeline `logs` sends to `otlp_http` without batching: no `batch` processor, and no `sending_queue.batch` on it.',
    ]);
  });
});
