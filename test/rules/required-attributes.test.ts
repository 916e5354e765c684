import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { lintSet } from './pipeline-model.js';

const file = 'otelcol.yaml';
const required = { attributes: ['service.name', 'deployment.environment'] };

const PROCESSORS = yaml`
  receivers: { otlp: { protocols: { grpc: } } }
  exporters: { otlp_grpc: { endpoint: "backend:4317" } }
  processors:
    resource/env:
      attributes: [{ key: deployment.environment, value: prod, action: upsert }, { key: service.name, action: update, value: x }]
    attributes/service:
      actions: [{ key: service.name, value: checkout, action: insert }]
    attributes/some:
      include: { match_type: strict, services: [api] }
      actions: [{ key: service.name, value: api, action: upsert }]
    transform: { log_statements: ['set(resource.attributes["service.name"], "x")'] }
`;

ruleTester('required-attributes', {
  valid: [
    { name: 'nothing is required by default', file, code: `${PROCESSORS}service: { pipelines: { logs: { receivers: [otlp], exporters: [otlp_grpc] } } }\n` },
    { name: 'set by a resource and an attributes processor (insert, upsert); other signals are not checked', file, options: required, code: yaml`
      ${PROCESSORS}
      service:
        pipelines:
          logs: { receivers: [otlp], processors: [resource/env, attributes/service], exporters: [otlp_grpc] }
          traces: { receivers: [otlp], exporters: [otlp_grpc] }
    ` },
  ],
  invalid: [
    {
      name: 'not set, set only on some logs, only updated, or set by another kind of processor',
      file,
      options: required,
      code: `${PROCESSORS}service:\n  pipelines:\n    logs: { receivers: [otlp], exporters: [otlp_grpc] }\n    logs/api: { receivers: [otlp], processors: [resource/env, attributes/some, transform], exporters: [otlp_grpc] }\n`,
      errors: [
        { line: 14, column: 5, endColumn: 9, message: 'Logs pipeline `logs` does not set `service.name` or `deployment.environment`: no `resource` or `attributes` processor in it inserts or upserts them.' },
        { line: 15, column: 5, message: 'Logs pipeline `logs/api` does not set `service.name`: no `resource` or `attributes` processor in it inserts or upserts it.' },
      ],
    },
  ],
});

describe('required-attributes on a Collector config split over files', () => {
  it('sees the processors another file adds to the pipeline, and reports at the last file that writes the pipeline', async () => {
    const files = {
      'base.yaml': `${PROCESSORS}service:\n  pipelines:\n    logs: { receivers: [otlp], exporters: [otlp_grpc] }\n`,
      'prod.yaml': 'service:\n  pipelines:\n    logs: { processors: [resource/env] }\n',
    };
    const sets = [{ kind: 'otel-collector', files: ['base.yaml', 'prod.yaml'] }];
    const findings = await lintSet(files, sets, { rules: { 'required-attributes': required } });
    expect(findings.filter((f) => f.includes('required-attributes'))).toEqual([
      'prod.yaml:3:5 required-attributes Logs pipeline `logs` does not set `service.name`: no `resource` or `attributes` processor in it inserts or upserts it.',
    ]);
  });
});
