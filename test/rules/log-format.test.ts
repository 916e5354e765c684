import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { fluentBit, reportsOn } from './pipeline-model.js';

const vector = 'vector.yaml';
const json = { formats: ['json'] };

const sinks = (encodings: string) => yaml`
  sources: { in: { type: stdin } }
  sinks:
${encodings}
`;

ruleTester('log-format', {
  valid: [
    { name: 'nothing is checked until `formats` is set', file: vector, code: sinks('    out: { type: console, inputs: [in], encoding: { codec: text } }') },
    { name: 'Vector: JSON codecs, and sinks without a codec of their own', file: vector, options: json, code: sinks([
      '    a: { type: file, inputs: [in], path: /tmp/a.log, encoding: { codec: json } }',
      '    b: { type: http, inputs: [in], uri: "https://x", encoding: { codec: native_json } }',
      '    c: { type: elasticsearch, inputs: [in], endpoints: ["https://es"] }',
    ].join('\n')) },
    { name: 'Vector: a format the team accepts', file: vector, options: { formats: ['json', 'logfmt'] }, code: sinks('    out: { type: console, inputs: [in], encoding: { codec: logfmt } }') },
    { name: 'Collector exporters send structured records', file: 'otelcol.yaml', options: json, code: 'receivers: { otlp: { protocols: { grpc: } } }\nexporters: { file: { path: /tmp/x, format: proto } }\nservice: { pipelines: { logs: { receivers: [otlp], exporters: [file] } } }\n' },
  ],
  invalid: [
    {
      name: 'Vector: text and raw messages where JSON is asked for, at the codec',
      file: vector,
      options: json,
      code: sinks([
        '    loki: { type: loki, inputs: [in], endpoint: "https://loki", labels: { app: x }, encoding: { codec: text } }',
        '    kafka: { type: kafka, inputs: [in], bootstrap_servers: "k:9092", topic: logs, encoding: { codec: raw_message } }',
      ].join('\n')),
      errors: [
        { line: 3, column: 102, endColumn: 106, message: 'Sink `loki` ships logs as `text`, which is not one of the formats this repository accepts (`json`).' },
        { line: 4, column: 100, message: 'Sink `kafka` ships logs as `raw_message`, which is not one of the formats this repository accepts (`json`).' },
      ],
    },
    {
      name: 'Vector (TOML)',
      file: 'vector.toml',
      options: { formats: ['json', 'gelf'] },
      code: ['[sources.in]', 'type = "stdin"', '', '[sinks.out]', 'type = "socket"', 'inputs = ["in"]', 'mode = "tcp"', 'address = "logs:5000"', 'encoding.codec = "csv"', 'encoding.csv.fields = ["message"]', ''].join('\n'),
      errors: [{ line: 9, column: 18, message: 'Sink `out` ships logs as `csv`, which is not one of the formats this repository accepts (`json` or `gelf`).' }],
    },
  ],
});

describe('log-format on Fluent Bit (the model its kind fills)', () => {
  it('http and file outputs: the format written or defaulted, and JSON without its time', () => {
    const config = fluentBit({
      inputs: [{ name: 'tail', tag: 'app' }],
      outputs: [
        { name: 'http', match: '*', host: 'a' },
        { name: 'http', match: '*', host: 'b', Format: 'json_lines' },
        { name: 'http', match: '*', host: 'c', format: 'msgpack' },
        { name: 'http', match: '*', host: 'd', json_date_key: 'false' },
        { name: 'file', match: '*', path: '/var/log/out' },
        { name: 'file', match: '*', path: '/var/log/out', format: 'plain' },
        { name: 'file', match: '*', path: '/var/log/out', format: 'template', template: '{time} {log}' },
        { name: 'stdout', match: '*', format: 'msgpack' },
      ],
    });
    expect(reportsOn('log-format', { pipelines: [config] }, json)).toEqual([
      { message: 'Output `http.2` ships logs as `msgpack`, which is not one of the formats this repository accepts (`json`).', path: 'pipeline.outputs.2.format', target: 'value' },
      { message: 'Output `http.3` ships JSON logs without their time: `json_date_key` is `false`.', path: 'pipeline.outputs.3.json_date_key' },
      { message: 'Output `file.4` ships logs as `out_file` (its default), which is not one of the formats this repository accepts (`json`).', path: 'pipeline.outputs.4', target: 'key' },
      { message: 'Output `file.6` ships logs as `template`, which is not one of the formats this repository accepts (`json`).', path: 'pipeline.outputs.6.format', target: 'value' },
    ]);
    expect(reportsOn('log-format', { pipelines: [config] })).toEqual([]);
  });
});
