import { ruleTester, yaml } from '../rule-tester.js';

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
