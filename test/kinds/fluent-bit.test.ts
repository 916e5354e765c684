import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load.js';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import { unknownPlugins } from '../../src/fluent-bit/unknown-plugins.js';
import { fluentBit } from '../../src/kinds/fluent-bit.js';
import { lintSource, ruleTester, yaml } from '../rule-tester.js';

async function kindsOf(file: string, code: string, named = false): Promise<string[]> {
  return (await lintText(file, code, { root: os.tmpdir(), config: resolveConfig({}) }, named)).kinds;
}

const OURS: [string, string][] = [
  ['fluent-bit.yaml', 'pipeline:\n  inputs:\n    - name: cpu\n  outputs:\n    - name: stdout\n      match: "*"\n'],
  ['pipeline-capitalized.yaml', 'Pipeline:\n  Inputs:\n    - name: cpu\n'],
  ['service.yaml', 'service:\n  flush: 1\n  log_level: info\nextensions:\n  opamp:\n    endpoint: 127.0.0.1:4318\n'],
  ['split.yaml', 'env:\n  observability: calyptia\nincludes:\n  - test/nested.yaml\n'],
  ['parsers.yaml', 'parsers:\n  - name: json\n    format: json\n'],
  ['multiline.yaml', 'multiline_parsers:\n  - name: ml\n    type: regex\n    rules:\n      - state: start_state\n        regex: "/^a/"\n        next_state: start_state\n'],
  ['fluent-bit.conf', '[INPUT]\n    Name cpu\n[OUTPUT]\n    Name stdout\n    Match *\n'],
  ['parsers.conf', '[PARSER]\n    Name   json\n    Format json\n'],
  ['main.conf', '@INCLUDE inputs.conf\n@INCLUDE outputs.conf\n'],
  ['upstream.conf', '[UPSTREAM]\n    name forward-balancing\n[NODE]\n    name node-1\n    host 127.0.0.1\n    port 43000\n'],
];

const NOT_OURS: [string, string][] = [
  ['otel.yaml', 'receivers:\n  otlp:\n    protocols:\n      grpc:\nexporters:\n  debug:\nservice:\n  pipelines:\n    logs:\n      receivers: [otlp]\n      exporters: [debug]\n'],
  ['compose.yaml', 'services:\n  app:\n    image: nginx\n    environment:\n      - A=1\n'],
  ['deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: A\n              value: "1"\n'],
  ['rules.yaml', 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n'],
  ['vector.yaml', 'sources:\n  in:\n    type: stdin\nsinks:\n  out:\n    type: console\n    inputs: [in]\n'],
  ['ci.yaml', 'pipeline: build\nservice: web\n'],
  ['tool.yaml', 'parsers:\n  - name: markdown\n    extensions: [md]\n'],
  ['nginx.conf', 'user nginx;\nhttp {\n    server {\n        listen 80;\n        location / { proxy_pass http://app; }\n    }\n}\n'],
  ['override.conf', '[Service]\nEnvironment=LOG_LEVEL=info\nExecStart=/usr/bin/app --flag\n'],
  ['www.conf', '[www]\nuser = www-data\nlisten = /run/php/php-fpm.sock\n'],
];

describe('detecting Fluent Bit configs', () => {
  it.each(OURS)('claims %s', async (file, code) => {
    expect(await kindsOf(file, code)).toEqual(['fluent-bit']);
  });

  it.each(NOT_OURS)('leaves %s alone', async (file, code) => {
    expect(await kindsOf(file, code, true)).not.toContain('fluent-bit');
    // And reports nothing about it in Fluent Bit's name.
    const findings = await lintSource(code, { file });
    expect(findings.filter((f) => f.rule === 'fluent-bit-syntax')).toEqual([]);
  });

  it('sniffs both formats cheaply, and a classic config inside a ConfigMap', () => {
    for (const [, code] of OURS) expect(fluentBit.sniff(code)).toBe(true);
    expect(fluentBit.sniff('data:\n  fluent-bit.conf: |\n    [INPUT]\n        Name tail\n')).toBe(true);
    for (const file of ['nginx.conf', 'override.conf', 'www.conf', 'compose.yaml', 'rules.yaml', 'vector.yaml']) {
      expect(fluentBit.sniff(NOT_OURS.find(([name]) => name === file)![1])).toBe(false);
    }
  });
});

describe('a Fluent Bit config in a ConfigMap', () => {
  it('is linted as its own kind, in both formats, with findings placed in the outer file', async () => {
    const code = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: fluent-bit
      data:
        fluent-bit.conf: |
          [INPUT]
              Name tail
              Path /var/log/containers/*.log
              Read_From_Head ture
            Tag kube.*
        parsers.conf: |
          [PARSER]
              Name   docker
              Format jsonn
        fluent-bit.yaml: |
          pipeline:
            outputs:
              - name: stdout
                match: "*"
                log_level: loud
    `;
    expect(await kindsOf('configmap.yaml', code)).toEqual(['fluent-bit', 'fluent-bit', 'fluent-bit']);
    // The reader's and the schema's findings; the two configs' wiring is the pipeline rules' (tested there).
    const findings = (await lintSource(code, { file: 'configmap.yaml' })).filter((f) => f.rule === 'fluent-bit-syntax' || f.rule === 'schema');
    expect(findings.map((f) => `${f.rule} ${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column}`)).toEqual([
      'fluent-bit-syntax 11:7-11:17',
      'schema 10:24-10:28',
      'schema 15:16-15:21',
      'schema 21:22-21:26',
    ]);
  });
});

ruleTester('fluent-bit-syntax', {
  valid: [
    { file: 'fluent-bit.conf', code: '[SERVICE]\n    Flush 1\n\n[INPUT]\n    Name cpu\n    # a comment\n    Tag  cpu.local\n' },
    // YAML is the YAML reader's to judge.
    { file: 'fluent-bit.yaml', code: 'pipeline:\n  inputs:\n    - name: cpu\n' },
  ],
  invalid: [
    {
      file: 'fluent-bit.conf',
      code: '[INPUT]\n    Name cpu\n  Tag cpu.local\n[OUTPUT\n    Name stdout\n',
      errors: [
        { line: 3, column: 3, endColumn: 16, message: "This line is indented with 2 spaces, less than the file's key lines (4 spaces); Fluent Bit refuses it." },
        { line: 4, column: 1, endColumn: 8, message: 'Section header `[OUTPUT` has no closing `]`; Fluent Bit refuses the file.' },
      ],
    },
  ],
});

describe('plugins Fluent Bit does not ship', () => {
  it('are listed for a notice, with the closest plugin suggested', async () => {
    const parsed = await parseYaml(
      yaml`
        pipeline:
          inputs:
            - name: tial
              processors:
                logs:
                  - name: content_modifer
                  - name: record_modifier
          outputs:
            - name: gstdout
            - name: \${OUTPUT}
            - name: es
      `,
    );
    expect(unknownPlugins(parsed.documents[0].value)).toEqual([
      {
        path: ['pipeline', 'inputs', 0, 'name'],
        kind: 'input',
        name: 'tial',
        message: 'Fluent Bit 5.1.1 has no input plugin `tial`; it refuses to start unless the plugin is loaded from a plugins file.',
        help: 'Did you mean `tail`?',
      },
      {
        path: ['pipeline', 'inputs', 0, 'processors', 'logs', 0, 'name'],
        kind: 'processor',
        name: 'content_modifer',
        message: 'Fluent Bit 5.1.1 has no processor plugin `content_modifer`; it refuses to start unless the plugin is loaded from a plugins file.',
        help: 'Did you mean `content_modifier`?',
      },
      {
        path: ['pipeline', 'outputs', 0, 'name'],
        kind: 'output',
        name: 'gstdout',
        message: 'Fluent Bit 5.1.1 has no output plugin `gstdout`; it refuses to start unless the plugin is loaded from a plugins file.',
        help: 'Did you mean `stdout`?',
      },
    ]);
  });

  it('may be plugins a config loads itself', async () => {
    const parsed = await parseYaml('plugins:\n  - /path/to/out_gstdout.so\npipeline:\n  outputs:\n    - name: gstdout\n');
    expect(unknownPlugins(parsed.documents[0].value).map((p) => p.help)).toEqual(['This config loads plugins of its own: if one of them is this plugin, all is well.']);
  });
});
