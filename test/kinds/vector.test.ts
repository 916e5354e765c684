import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/locate.js';
import { LineIndex } from '../../src/core/source.js';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import { DEFAULT_SETTINGS } from '../../src/kinds/settings.js';
import { emptyModel } from '../../src/kinds/types.js';
import { vector } from '../../src/kinds/vector.js';
import { parseToml } from '../../src/vector/toml.js';
import { lintSource, yaml } from '../rule-tester.js';

async function findings(code: string, file: string, rule = 'schema'): Promise<string[]> {
  return (await lintSource(code, { file })).filter((f) => f.rule === rule).map((f) => `${f.start.line}:${f.start.column} ${f.message}`);
}

async function kindsOf(code: string, file: string): Promise<string[]> {
  return (await lintText(file, code, { root: os.tmpdir(), config: resolveConfig({}) })).kinds;
}

const TOML = `data_dir = "/var/lib/vector"

[sources.in]
type = "file"
include = ["/var/log/*.log"]

[sources.in.decoding]
codec = 'json'

[transforms.parse]
inputs = ["in"]
type = "remap"
source = """
.x = 1
"""

[[transforms.parse.metrics]]
type = "counter"

[[transforms.parse.metrics]]
type = "gauge"

[sinks.out]
inputs = ["parse"]
type = "console"
encoding.codec = "json"
buffer = { type = "memory", max_events = 500 }
`;

describe('vector: the TOML reader', () => {
  it('gives the data Vector reads', () => {
    const { documents, problems } = parseToml(TOML);
    expect(problems).toEqual([]);
    expect(documents[0].value).toEqual({
      data_dir: '/var/lib/vector',
      sources: { in: { type: 'file', include: ['/var/log/*.log'], decoding: { codec: 'json' } } },
      transforms: { parse: { inputs: ['in'], type: 'remap', source: '.x = 1\n', metrics: [{ type: 'counter' }, { type: 'gauge' }] } },
      sinks: { out: { inputs: ['parse'], type: 'console', encoding: { codec: 'json' }, buffer: { type: 'memory', max_events: 500 } } },
    });
  });

  it('places every path where it is written', () => {
    const { documents } = parseToml(TOML);
    const lines = new LineIndex(TOML);
    const at = (path: (string | number)[], target?: 'key' | 'value') => {
      const span = locate(documents[0].root, lines, path, target);
      return TOML.slice(span.start, span.end);
    };
    expect(at(['data_dir'])).toBe('"/var/lib/vector"');
    expect(at(['data_dir'], 'key')).toBe('data_dir');
    expect(at(['sources', 'in'])).toBe('[sources.in]');
    expect(at(['sources', 'in'], 'key')).toBe('in');
    expect(at(['sources', 'in', 'include', 0])).toBe('"/var/log/*.log"');
    expect(at(['sources', 'in', 'decoding', 'codec'])).toBe("'json'");
    expect(at(['transforms', 'parse', 'inputs', 0])).toBe('"in"');
    expect(at(['transforms', 'parse', 'metrics', 1])).toBe('[[transforms.parse.metrics]]');
    expect(at(['transforms', 'parse', 'metrics', 1, 'type'])).toBe('"gauge"');
    expect(at(['sinks', 'out', 'encoding'], 'key')).toBe('encoding');
    expect(at(['sinks', 'out', 'encoding', 'codec'])).toBe('"json"');
    expect(at(['sinks', 'out', 'buffer', 'max_events'])).toBe('500');
  });

  it('reads environment variables written where TOML wants a value, as Vector replaces them before reading', () => {
    const text = 'port = ${PORT}\nhosts = [$HOST_A, ${HOST_B:-b.local}]\nquoted = "${X}"\n';
    const { documents, problems } = parseToml(text);
    expect(problems).toEqual([]);
    expect(documents[0].value).toEqual({ port: '${PORT}', hosts: ['$HOST_A', '${HOST_B:-b.local}'], quoted: '${X}' });
    const lines = new LineIndex(text);
    const span = locate(documents[0].root, lines, ['hosts', 1]);
    expect(text.slice(span.start, span.end)).toBe('${HOST_B:-b.local}');
  });

  it.each([
    ['a = 1\na = 2\n', 6, 'TOML syntax error: Defining a key multiple times is invalid.'],
    ['[sources.in]\ntype = "file\n', 25, 'TOML syntax error: Unterminated string constant.'],
    ['port = $\n', 7, 'TOML syntax error: Unexpected character.'],
    ['x = { a = 1, }\n', 13, 'TOML syntax error: Trailing comma is not permitted in an inline table.'],
  ])('refuses %j at offset %i', (text, start, message) => {
    const { documents, problems } = parseToml(text);
    expect(documents).toEqual([]);
    expect(problems).toEqual([{ rule: 'toml-syntax', message, help: 'Fix the TOML so the file parses; nothing else in it was checked.', start, end: start + 1 }]);
  });
});

describe('vector: detection', () => {
  it('claims Vector configs in TOML, YAML and JSON', async () => {
    expect(await kindsOf(TOML, 'vector.toml')).toEqual(['vector']);
    expect(await kindsOf('sources:\n  in: { type: stdin }\nsinks:\n  out: { type: console, inputs: [in] }\n', 'vector.yaml')).toEqual(['vector']);
    expect(await kindsOf('{"transforms": {"t": {"type": "remap", "inputs": [], "source": "."}}, "tests": []}', 'vector.json')).toEqual(['vector']);
  });

  it('sniffs the component sections in each syntax', () => {
    for (const text of ['sources:\n  in: {}\n', '[sources.in]\n', '[[ sinks.out.x ]]\n', 'sinks.out.type = "console"\n', '{"transforms":{}}']) expect(vector.sniff(text), text).toBe(true);
    for (const text of ['[package]\nname = "sources"\n', 'groups: []\n']) expect(vector.sniff(text), text).toBe(false);
  });

  it('leaves other TOML and YAML alone', async () => {
    expect(await kindsOf('[package]\nname = "x"\n[dependencies]\nserde = "1"\n', 'Cargo.toml')).toEqual([]);
    expect(await kindsOf('receivers:\n  otlp: {}\nexporters:\n  debug: {}\n', 'otel.yaml')).toEqual(['otel-collector']);
    // A component file of a namespaced config directory is only part of a config.
    expect(await kindsOf('type: remap\ninputs: [in]\nsource: .\n', 'transforms/parse.yaml')).toEqual([]);
  });

  it('claims a TOML config in a ConfigMap, with findings placed in the outer file', async () => {
    const code = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: vector }
      data:
        vector.toml: |
          [sources.in]
          type = "stdin"
          [sinks.out]
          type = "console"
          inputs = ["in", "in"]
    `;
    expect(await kindsOf(code, 'configmap.yaml')).toEqual(['vector']);
    expect(await findings(code, 'configmap.yaml')).toEqual(['10:21 Sink `out` lists input `in` twice; Vector refuses it.']);
  });

  it('reports a TOML syntax error under toml-syntax, where it is', async () => {
    expect(await findings('[sources.in]\ntype = "file\n', 'vector.toml', 'toml-syntax')).toEqual(['2:13 TOML syntax error: Unterminated string constant.']);
  });
});

describe('vector: schema', () => {
  it('accepts what Vector reads, environment variables included', async () => {
    const code = yaml`
      data_dir: /var/lib/vector
      wildcard_matching: relaxed
      expire_metrics_secs: \${EXPIRE}
      api: { enabled: \${API_ENABLED:-false}, address: "127.0.0.1:8686" }
      schema: { log_namespace: true }
      healthchecks: { require_healthy: true }
      enrichment_tables:
        hosts: { type: file, file: { path: /etc/hosts.csv, encoding: { type: csv } } }
      sources:
        in: { type: demo_logs, format: json, anything: goes }
      transforms:
        parse: { type: remap, inputs: [in], source: . }
      sinks:
        out:
          type: console
          inputs: ["parse", "in*"]
          healthcheck: false
          buffer: [{ type: memory }, { type: disk, max_size: 268435488 }]
      tests:
        - name: parses
          inputs: [{ insert_at: parse, value: "x" }]
          outputs: [{ extract_from: parse, conditions: [] }]
    `;
    expect(await findings(code, 'vector.yaml')).toEqual([]);
  });

  it('refuses unknown top-level keys, a missing type or inputs, and what api and tests refuse', async () => {
    const code = yaml`
      data_dirs: /tmp
      api: { enabled: true, playground: false }
      sources:
        in: { format: json }
      transforms:
        parse: { type: remap, source: . }
      sinks:
        out: { type: console, inputs: in }
      tests:
        - name: t
          input: { value: x }
    `;
    expect(await findings(code, 'vector.yaml')).toEqual([
      '1:1 Unknown key `data_dirs`. Did you mean `data_dir`?',
      '2:23 Unknown key `playground` in `api`. Allowed here: `enabled`, `address`.',
      '4:3 `type` is required in `in`.',
      '6:3 `inputs` is required in `parse`.',
      '8:33 `inputs` must be a list of component ids, such as `["my_source"]`.',
      '11:5 `insert_at` is required in `input`.',
    ]);
  });
});

describe('vector: what Vector refuses when it builds the config', () => {
  it.each([
    {
      name: 'a dot in a name, one name twice, no inputs, an input twice',
      file: 'vector.yaml',
      code: yaml`
        sources:
          app.logs: { type: stdin }
          in: { type: stdin }
        transforms:
          in: { type: remap, inputs: [], source: . }
        sinks:
          out: { type: console, inputs: [in, in] }
      `,
      expected: [
        '2:3 Component name `app.logs` holds a `.`; Vector refuses it (a dot separates a component from its named output, as in `route.errors`).',
        '5:3 `in` names both a source and a transform; Vector refuses two components with one name.',
        '5:30 Transform `in` has no inputs; Vector refuses it.',
        '7:38 Sink `out` lists input `in` twice; Vector refuses it.',
      ],
    },
    {
      name: 'no sink (TOML)',
      file: 'vector.toml',
      code: '[sources.in]\ntype = "stdin"\n\n[transforms.t]\ntype = "remap"\ninputs = ["in"]\nsource = "."\n',
      expected: ['1:1 This Vector config defines no sinks; Vector refuses to start without one.'],
    },
    {
      name: 'no source',
      file: 'vector.yaml',
      code: 'sinks:\n  out: { type: console, inputs: [nothing] }\n',
      expected: ['1:1 This Vector config defines no sources; Vector refuses to start without one.'],
    },
  ])('$name', async ({ code, file, expected }) => {
    expect(await findings(code, file)).toEqual(expected);
  });

  it('takes a unit-test config without sources, sinks or inputs', async () => {
    const code = yaml`
      transforms:
        t: { type: remap, inputs: [], source: . }
      tests:
        - name: t
          inputs: [{ insert_at: t, value: x }]
          outputs: [{ extract_from: t }]
    `;
    expect(await findings(code, 'vector.yaml')).toEqual([]);
  });
});

describe('vector: extraction into the pipeline model', () => {
  it('gives components with roles, every input as a reference, globs as patterns', () => {
    const { documents } = parseToml(`
[sources.app_in]
type = "kubernetes_logs"

[sources.agent]
type = "datadog_agent"
multiple_outputs = true

[transforms.split]
type = "route"
inputs = ["app_*", "agent.logs"]
route.errors = '.level == "error"'

[sinks.es]
type = "elasticsearch"
inputs = ["split.errors", "split._unmatched"]
endpoints = ["https://es:9200"]

[enrichment_tables.cache]
type = "memory"
inputs = ["split.errors"]
source_config.source_key = "cache_out"

[enrichment_tables.hosts]
type = "file"
`);
    const model = emptyModel();
    vector.extract(documents[0].value, 0, model, DEFAULT_SETTINGS);
    const config = model.pipelines[0];
    const site = (...path: (string | number)[]) => ({ doc: 0, path });
    expect(config.kind).toBe('vector');
    expect(config.acyclic).toBe(true);
    expect(config.pipelines).toEqual([]);
    expect(config.components.map(({ id, type, role, site }) => ({ id, type, role, site }))).toEqual([
      { id: 'app_in', type: 'kubernetes_logs', role: 'source', site: site('sources', 'app_in') },
      { id: 'agent', type: 'datadog_agent', role: 'source', site: site('sources', 'agent') },
      { id: 'split', type: 'route', role: 'processor', site: site('transforms', 'split') },
      { id: 'es', type: 'elasticsearch', role: 'sink', site: site('sinks', 'es') },
      { id: 'cache', type: 'memory', role: 'sink', site: site('enrichment_tables', 'cache') },
      { id: 'cache_out', type: 'memory', role: 'source', site: site('enrichment_tables', 'cache', 'source_config', 'source_key') },
    ]);
    expect(config.components[3].settings).toMatchObject({ endpoints: ['https://es:9200'] });
    const roles = ['source', 'processor'];
    expect(config.references).toEqual([
      { target: 'app_*', pattern: 'glob', roles, from: 'split', site: site('transforms', 'split', 'inputs', 0) },
      { target: 'agent', roles, from: 'split', site: site('transforms', 'split', 'inputs', 1) },
      { target: 'split', roles, from: 'es', site: site('sinks', 'es', 'inputs', 0) },
      { target: 'split', roles, from: 'es', site: site('sinks', 'es', 'inputs', 1) },
      { target: 'split', roles, from: 'cache', site: site('enrichment_tables', 'cache', 'inputs', 0) },
    ]);
  });

  it('makes no topology of a unit-test config, and copes with any shape of data', () => {
    const model = emptyModel();
    vector.extract({ transforms: { t: { type: 'remap', inputs: ['x'] } }, tests: [] }, 0, model, DEFAULT_SETTINGS);
    expect(model.pipelines).toEqual([]);
    for (const value of [null, 'x', [], { sources: [], sinks: { s: 'x' } }, { transforms: { t: { inputs: 'a' } } }]) {
      expect(() => vector.checkStructure!(value, DEFAULT_SETTINGS)).not.toThrow();
      expect(() => vector.extract(value, 0, emptyModel(), DEFAULT_SETTINGS)).not.toThrow();
    }
  });
});
