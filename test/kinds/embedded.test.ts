import { describe, expect, it } from 'vitest';
import { embeddedConfigs } from '../../src/kinds/embedded.js';
import { lintSource, yaml } from '../rule-tester.js';

const configMap = (data: Record<string, string>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm' }, data });

describe('which ConfigMap keys may hold a config', () => {
  it.each([
    ['relay', true],
    ['config', true],
    ['otel-collector-config', true],
    ['otel-agent-config', true],
    ['collector.yaml', true],
    ['alertmanager.yaml', true],
    ['alertmanager', true],
    ['fluent-bit.conf', true],
    ['custom_parsers.conf', true],
    ['alerts.rules', true],
    ['vector.toml', true],
    ['ca.crt', false],
    ['tls.key', false],
    ['entrypoint.sh', false],
    ['README.md', false],
    ['configure', false],
    ['index.html', false],
  ])('`%s`: %s', (key, taken) => {
    expect(embeddedConfigs(configMap({ [key]: 'receivers: {}\n' })).map((e) => e.name)).toEqual(taken ? [key] : []);
  });
});

describe('a Collector config under a key that is not a file name', () => {
  it('is linted, with findings placed in the ConfigMap', async () => {
    const code = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: otel-agent-conf
      data:
        ca.crt: |
          -----BEGIN CERTIFICATE-----
        otel-agent-config: |
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
                exporters: [otlp_grpc, debug]
    `;
    const findings = await lintSource(code, { file: 'otel-agent.yaml' });
    expect(findings.map((f) => [f.rule, f.start.line, f.start.column])).toEqual([
      ['schema', 20, 34],
      ['otel-memory-limiter', 18, 9],
      ['otel-batch', 18, 9],
    ]);
    expect(findings[0].message).toBe('Pipeline `traces` names exporter `debug`, which is not defined under `exporters` or `connectors`; the Collector refuses it.');
  });
});
