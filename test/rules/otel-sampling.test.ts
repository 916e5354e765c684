import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../rule-tester.js';
import { lintSet } from './pipeline-model.js';

const file = 'otelcol.yaml';
/** A Collector config whose `processors:` section is `processors` (lines indented by two). */
const collector = (processors: string, used = 'sampler') =>
  [
    'receivers: { otlp: { protocols: { grpc: } } }',
    'exporters: { otlp_grpc: { endpoint: "backend:4317" } }',
    'processors:',
    processors,
    'service:',
    '  pipelines:',
    `    traces: { receivers: [otlp], processors: [${used}], exporters: [otlp_grpc] }`,
    '',
  ].join('\n');

ruleTester('otel-sampling', {
  valid: [
    { name: 'a probabilistic sampler keeping 10%', file, code: collector('  probabilistic_sampler: { sampling_percentage: 10 }', 'probabilistic_sampler') },
    { name: 'a percentage from the environment', file, code: collector('  probabilistic_sampler: { sampling_percentage: ${env:SAMPLE_PCT} }', 'probabilistic_sampler') },
    { name: 'tail sampling with named, typed policies', file, code: collector(
      [
        '  tail_sampling:',
        '    decision_wait: 10s',
        '    policies:',
        '      - { name: errors, type: status_code, status_code: { status_codes: [ERROR] } }',
        '      - { name: rest, type: probabilistic, probabilistic: { sampling_percentage: 5 } }',
        '      - name: slow-and-sampled',
        '        type: and',
        '        and: { and_sub_policy: [{ name: slow, type: latency, latency: { threshold_ms: 500 } }, { name: some, type: rate_limiting, rate_limiting: { spans_per_second: 100 } }] }',
      ].join('\n'),
      'tail_sampling',
    ) },
  ],
  invalid: [
    {
      name: 'probabilistic sampler: no percentage, 0, negative, too small, bad precision',
      file,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        exporters: { otlp_grpc: { endpoint: "backend:4317" } }
        processors:
          probabilistic_sampler:
          probabilistic_sampler/zero: { sampling_percentage: 0 }
          probabilistic_sampler/negative: { sampling_percentage: -5 }
          probabilistic_sampler/tiny: { sampling_percentage: 1e-16, sampling_precision: 15 }
        service:
          pipelines:
            traces: { receivers: [otlp], processors: [probabilistic_sampler, probabilistic_sampler/zero], exporters: [otlp_grpc] }
            traces/2: { receivers: [otlp], processors: [probabilistic_sampler], exporters: [otlp_grpc] }
      `,
      errors: [
        { line: 4, column: 3, message: 'Processor `probabilistic_sampler` in pipelines `traces` and `traces/2` samples 0%, so it drops all data (`sampling_percentage` defaults to 0).' },
        { line: 5, column: 54, message: 'Processor `probabilistic_sampler/zero` in pipeline `traces` samples 0%, so it drops all data (`sampling_percentage` defaults to 0).' },
        { line: 6, column: 58, message: 'Processor `probabilistic_sampler/negative` has `sampling_percentage` -5; the Collector refuses a negative or infinite percentage.' },
        { line: 7, column: 54, message: 'Processor `probabilistic_sampler/tiny` has `sampling_percentage` 1e-16, below the smallest probability the sampler can express; the Collector refuses it.' },
        { line: 7, column: 81, message: 'Processor `probabilistic_sampler/tiny` has `sampling_precision` 15; the Collector refuses it (1 to 14 hex digits).' },
      ],
    },
    {
      name: 'tail sampling without policies',
      file,
      code: collector('  tail_sampling: { decision_wait: 10s }', 'tail_sampling'),
      errors: [{ line: 4, column: 3, message: 'Processor `tail_sampling` in pipeline `traces` has no sampling policies, so it drops every trace.' }],
    },
    {
      name: 'tail sampling policies: no name, a name twice, no type, sampling nothing (also inside `and`)',
      file,
      code: collector(
        [
          '  tail_sampling:',
          '    policies:',
          '      - { type: always_sample }',
          '      - { name: p, type: probabilistic, probabilistic: { sampling_percentage: 0 } }',
          '      - { name: p, type: latency, latency: { threshold_ms: 100 } }',
          '      - { name: untyped }',
          '      - { name: limited, type: rate_limiting }',
          '      - name: both',
          '        type: and',
          '        and: { and_sub_policy: [{ name: none, type: probabilistic, probabilistic: {} }] }',
        ].join('\n'),
        'tail_sampling',
      ),
      errors: [
        { line: 6, column: 9, message: 'A policy of `tail_sampling` in pipeline `traces` has no `name`; the Collector refuses it.' },
        { line: 7, column: 79, message: 'Policy `p` of `tail_sampling` in pipeline `traces` samples nothing: `probabilistic.sampling_percentage` is 0 or not set.' },
        { line: 8, column: 17, message: 'Policy name `p` is used twice in `tail_sampling` in pipeline `traces`; the Collector refuses it.' },
        { line: 9, column: 9, message: 'Policy `untyped` of `tail_sampling` in pipeline `traces` has no `type`; the Collector refuses it.' },
        { line: 10, column: 9, message: 'Policy `limited` of `tail_sampling` in pipeline `traces` samples nothing: `rate_limiting.spans_per_second` is 0 or not set.' },
        { line: 13, column: 33, message: 'Policy `none` of `tail_sampling` in pipeline `traces` samples nothing: `probabilistic.sampling_percentage` is 0 or not set.' },
      ],
    },
  ],
});

describe('otel-sampling on a config split over two files (`configs:`)', () => {
  const files = {
    'base.yaml': yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { otlp_grpc: { endpoint: "backend:4317" } }
      processors:
        probabilistic_sampler:
        tail_sampling:
          policies:
            - { name: errors, type: status_code, status_code: { status_codes: [ERROR] } }
      service:
        pipelines:
          traces: { receivers: [otlp], processors: [probabilistic_sampler], exporters: [otlp_grpc] }
          traces/tail: { receivers: [otlp], processors: [tail_sampling], exporters: [otlp_grpc] }
    `,
    'sampling.yaml': yaml`
      processors:
        probabilistic_sampler: { sampling_percentage: 15 }
        tail_sampling:
          policies:
            - { name: slow, type: latency, latency: { threshold_ms: 500 } }
            - { type: probabilistic, probabilistic: { sampling_percentage: 10 } }
    `,
  };
  const mine = (findings: string[]) => findings.filter((f) => f.includes(' otel-sampling '));

  it('alone, the base file\'s sampler keeps nothing (a file of processors only is not taken for a Collector config)', async () => {
    expect(mine(await lintSet(files, []))).toEqual([
      'base.yaml:4:3 otel-sampling Processor `probabilistic_sampler` in pipeline `traces` samples 0%, so it drops all data (`sampling_percentage` defaults to 0).',
    ]);
  });

  it('merged, the later file sets the percentage and replaces the policies: the policy without a name is in it', async () => {
    expect(mine(await lintSet(files, [{ kind: 'otel-collector', files: ['base.yaml', 'sampling.yaml'] }]))).toEqual([
      'sampling.yaml:6:9 otel-sampling A policy of `tail_sampling` in pipeline `traces/tail` has no `name`; the Collector refuses it.',
    ]);
  });
});
