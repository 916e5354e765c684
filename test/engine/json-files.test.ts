import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import { lintSource } from '../rule-tester.js';

/**
 * A `.json` file is read by its program's JSON parser when that program is the Datadog API,
 * kubectl or Vector: what Go's YAML reader would say about it does not apply. The Collector and
 * Prometheus read any file with their YAML reader, `.json` included.
 */
const monitor = ['{', '\t"name": "Pod restarts",', '\t"type": "query alert",', '\t"query": "max(last_5m):max:kubernetes.restarts{*} >= 1",', '\t"message": "It restarts.",', '\t"tags": [', '\t\t"team:payments"', '\t]', '}', ''].join('\n');

const collector = [
  '{',
  '\t"receivers": { "otlp": { "protocols": { "grpc": {} } } },',
  '\t"processors": { "memory_limiter": { "check_interval": "1s", "limit_percentage": 80 }, "batch": {} },',
  '\t"exporters": { "otlp": { "endpoint": "collector:4317" } },',
  '\t"service": { "pipelines": { "traces": { "receivers": ["otlp"], "processors": ["memory_limiter", "batch"], "exporters": ["otlp"] } } }',
  '}',
  '',
].join('\n');

const vector = ['{', '\t"sources": { "in": { "type": "stdin" } },', '\t"sinks": { "out": { "type": "console", "inputs": ["in"], "encoding": { "codec": "json" } } }', '}', ''].join('\n');

const NOTICE = 'The flow collection continues on a line that is not indented past its key.';

describe('Go-YAML notices on tab-indented JSON', () => {
  it.each([
    { name: 'a Datadog monitor (the monitors API reads JSON)', file: 'monitor.json', code: monitor, kind: 'datadog-monitors', notices: [] },
    { name: 'a Vector config (read with serde_json)', file: 'vector.json', code: vector, kind: 'vector', notices: [] },
    { name: 'a Collector config (read by its YAML provider)', file: 'otelcol.json', code: collector, kind: 'otel-collector', notices: [[2, 2, NOTICE]] },
    { name: 'a Datadog monitor in a .yaml file (read as YAML)', file: 'monitor.yaml', code: monitor, kind: 'datadog-monitors', notices: [[2, 2, NOTICE]] },
  ])('$name', async ({ file, code, kind, notices }) => {
    const { kinds, findings } = await lintText(file, code, { root: os.tmpdir(), config: resolveConfig({}) }, true);
    expect(kinds).toEqual([kind]);
    expect(findings.filter((f) => f.rule === 'yaml-strict' || f.rule === 'yaml-syntax').map((f) => [f.start.line, f.start.column, f.message])).toEqual(notices);
  });

  it('a monitor that is not valid JSON keeps what the YAML reader says', async () => {
    const findings = await lintSource(monitor.replace('"tags"', 'tags'), { file: 'monitor.json' });
    expect(findings.filter((f) => f.rule === 'yaml-strict').map((f) => [f.start.line, f.start.column])).toEqual([[2, 2]]);
  });
});
