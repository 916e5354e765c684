import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { fluentBit, reportsOn } from './pipeline-model.js';

const collector = 'otelcol.yaml';
const vector = 'vector.yaml';

ruleTester('pipeline-cycle', {
  valid: [
    { name: 'Vector: a chain, and a pattern that would match its own component', file: vector, code: yaml`
      sources: { in: { type: stdin } }
      transforms:
        a: { type: remap, inputs: [in], source: "." }
        b: { type: remap, inputs: ["*"], source: "." }
      sinks: { out: { type: console, inputs: [b], encoding: { codec: json } } }
    ` },
    { name: 'Collector: pipelines joined by connectors one way', file: collector, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { debug: }
      connectors: { forward:, spanmetrics: }
      service:
        pipelines:
          traces/in: { receivers: [otlp], exporters: [forward] }
          traces/out: { receivers: [forward], exporters: [spanmetrics] }
          metrics: { receivers: [spanmetrics], exporters: [debug] }
    ` },
  ],
  invalid: [
    {
      name: 'Vector: two transforms reading each other, and one reading itself; each loop once, where it closes',
      file: vector,
      code: yaml`
        sources: { in: { type: stdin } }
        transforms:
          a: { type: remap, inputs: [in, c], source: "." }
          b: { type: remap, inputs: [a], source: "." }
          c: { type: remap, inputs: [b], source: "." }
          self: { type: remap, inputs: [in, self], source: "." }
        sinks: { out: { type: console, inputs: [c, self], encoding: { codec: json } } }
      `,
      errors: [
        { line: 3, column: 34, endColumn: 35, message: 'Data flows in a circle: `a` → `b` → `c` → `a`; Vector refuses it.' },
        { line: 6, column: 37, message: 'Data flows in a circle: `self` → `self`; Vector refuses it.' },
      ],
    },
    {
      name: 'Vector: a loop closed by a pattern',
      file: vector,
      code: yaml`
        sources: { in: { type: stdin } }
        transforms:
          stage_1: { type: remap, inputs: [in, "stage_2*"], source: "." }
          stage_2: { type: remap, inputs: [stage_1], source: "." }
        sinks: { out: { type: console, inputs: [stage_2], encoding: { codec: json } } }
      `,
      errors: [{ line: 3, column: 40, message: 'Data flows in a circle: `stage_1` → `stage_2` → `stage_1`; Vector refuses it.' }],
    },
    {
      name: 'Collector: pipelines feeding each other through connectors, and a pipeline feeding itself',
      file: collector,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        exporters: { debug: }
        connectors: { forward/a:, forward/b:, forward/self: }
        service:
          pipelines:
            traces/1: { receivers: [otlp, forward/b], exporters: [forward/a] }
            traces/2: { receivers: [forward/a], exporters: [forward/b, debug] }
            logs: { receivers: [otlp, forward/self], exporters: [forward/self, debug] }
      `,
      errors: [
        { line: 6, column: 35, message: 'Data flows in a circle: pipeline `traces/1` → connector `forward/a` → pipeline `traces/2` → connector `forward/b` → pipeline `traces/1`; the Collector refuses it.' },
        { line: 8, column: 31, message: 'Data flows in a circle: pipeline `logs` → connector `forward/self` → pipeline `logs`; the Collector refuses it.' },
      ],
    },
  ],
});

describe('pipeline-cycle on Fluent Bit', () => {
  it('reports a rewrite_tag filter that matches the tag it emits', () => {
    const config = fluentBit({ inputs: [{ name: 'tail', tag: 'app.log' }], filters: [{ name: 'rewrite_tag', match: 'app.*', rule: '$level ^error$ app.errors false' }], outputs: [{ name: 'stdout', match: 'app.*' }] });
    expect(reportsOn('pipeline-cycle', { pipelines: [config] })).toEqual([
      {
        message: 'Records flow in a circle: `rewrite_tag.0` → `emitter_for_rewrite_tag.0` → `rewrite_tag.0`; the re-emitted records are matched again, so Fluent Bit re-emits them without end.',
        path: expect.any(String),
      },
    ]);
  });

  it('reports nothing for an input that routes to an output matching it (data flows one way)', () => {
    const config = fluentBit({ inputs: [{ name: 'dummy', routes: { logs: [{ name: 'r', condition: { default: true }, to: { outputs: ['out'] } }] } }], outputs: [{ name: 'null', alias: 'out', match: '*' }] });
    expect(reportsOn('pipeline-cycle', { pipelines: [config] })).toEqual([]);
  });

  it('reports nothing when the new tag is outside the Match', () => {
    const config = fluentBit({ inputs: [{ name: 'tail', tag: 'app.log' }], filters: [{ name: 'rewrite_tag', match: 'app.*', rule: '$level ^error$ errors.app false' }], outputs: [{ name: 'stdout', match: '*' }] });
    expect(reportsOn('pipeline-cycle', { pipelines: [config] })).toEqual([]);
  });
});
