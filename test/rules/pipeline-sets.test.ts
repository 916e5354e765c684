import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/kinds/settings.js';
import type { PartDocument } from '../../src/pipelines/merge.js';
import { placeKey, placesOf } from '../../src/pipelines/places.js';
import { RULES } from '../../src/rules/index.js';
import type { ProjectReport } from '../../src/rules/types.js';
import { yaml } from '../rule-tester.js';
import { fluentBit, lintSet } from './pipeline-model.js';

const BASE = yaml`
  receivers:
    otlp: { protocols: { grpc: } }
  processors:
    batch:
  exporters:
    debug:
  service:
    pipelines:
      traces:
        receivers: [otlp]
        processors: [batch]
        exporters: [debug]
`;

const OVERRIDE = yaml`
  exporters:
    otlp_grpc/backend: { endpoint: "backend:4317", auth: { authenticator: oauth2client } }
  service:
    pipelines:
      traces:
        exporters: [otlp_grpc/backend, zipkin]
`;

const wiring = (findings: string[]) => findings.filter((f) => / (pipeline-[\w-]+|schema) /.test(f));

describe('a Collector config split over several files (`configs:`)', () => {
  it('lints each file alone without a set: each layer is refused', async () => {
    const findings = await lintSet({ 'base.yaml': BASE, 'override.yaml': OVERRIDE }, []);
    expect(wiring(findings)).toEqual([
      'override.yaml:1:1 schema This Collector config defines no receivers; the Collector refuses to start without one.',
      'override.yaml:2:73 pipeline-undefined-component `otlp_grpc/backend` uses extension `oauth2client`, which is not defined under `extensions`; the Collector cannot start `otlp_grpc/backend`.',
      'override.yaml:5:5 schema Pipeline `traces` has no receivers; the Collector refuses a pipeline without at least one.',
      'override.yaml:6:38 schema Pipeline `traces` names exporter `zipkin`, which is not defined under `exporters` or `connectors`; the Collector refuses it.',
    ]);
  });

  it('merges the files in order, as the Collector does: maps key by key, a later list replacing the earlier one whole', async () => {
    const findings = await lintSet({ 'base.yaml': BASE, 'override.yaml': OVERRIDE }, [{ kind: 'otel-collector', files: ['base.yaml', 'override.yaml'] }]);
    expect(wiring(findings)).toEqual([
      // `debug` was listed by the base file's pipeline, whose `exporters` the override replaced.
      'base.yaml:6:3 pipeline-unused-component Exporter `debug` is in no pipeline, so the Collector does not start it.',
      'override.yaml:2:73 pipeline-undefined-component `otlp_grpc/backend` uses extension `oauth2client`, which is not defined under `extensions`; the Collector cannot start `otlp_grpc/backend`.',
      'override.yaml:6:38 pipeline-undefined-component Pipeline `traces` names exporter `zipkin`, which no file of this config defines; the Collector refuses it.',
    ]);
  });

  it('in the other order, the base file wins', async () => {
    const findings = await lintSet({ 'base.yaml': BASE, 'override.yaml': OVERRIDE }, [{ kind: 'otel-collector', files: ['override.yaml', 'base.yaml'] }]);
    expect(wiring(findings)).toEqual([
      'override.yaml:2:3 pipeline-unused-component Exporter `otlp_grpc/backend` is in no pipeline, so the Collector does not start it.',
      'override.yaml:2:73 pipeline-undefined-component `otlp_grpc/backend` uses extension `oauth2client`, which is not defined under `extensions`; the Collector cannot start `otlp_grpc/backend`.',
    ]);
  });

  it('a later file\'s value wins inside a component too, and a file completing another\'s component is not checked alone', async () => {
    const extensions = 'extensions: { oauth2client: { client_id: app, token_url: "https://idp/token" } }\nservice:\n  extensions: [oauth2client]\n';
    const noAuth = 'exporters:\n  otlp_grpc/backend: { auth: { authenticator: basicauth } }\n';
    const findings = await lintSet(
      { 'base.yaml': BASE, 'override.yaml': OVERRIDE, 'extensions.yaml': extensions, 'auth.yaml': noAuth },
      [{ kind: 'otel-collector', files: ['base.yaml', 'override.yaml', 'extensions.yaml', 'auth.yaml'] }],
    );
    expect(wiring(findings)).toEqual([
      'auth.yaml:2:47 pipeline-undefined-component `otlp_grpc/backend` uses extension `basicauth`, which is not defined under `extensions`; the Collector cannot start `otlp_grpc/backend`.',
      'base.yaml:6:3 pipeline-unused-component Exporter `debug` is in no pipeline, so the Collector does not start it.',
      'override.yaml:6:38 pipeline-undefined-component Pipeline `traces` names exporter `zipkin`, which no file of this config defines; the Collector refuses it.',
    ]);
  });

  it('a file may be in several sets; a glob\'s files are taken in path order', async () => {
    const findings = await lintSet(
      { 'otel/10-base.yaml': BASE, 'otel/20-override.yaml': OVERRIDE.replace(', zipkin', ''), 'dev.yaml': 'exporters: { debug: }\n' },
      [
        { kind: 'otel-collector', files: ['otel/*.yaml'] },
        { kind: 'otel-collector', files: ['otel/10-base.yaml', 'dev.yaml'] },
      ],
    );
    expect(wiring(findings)).toEqual([
      'otel/10-base.yaml:6:3 pipeline-unused-component Exporter `debug` is in no pipeline, so the Collector does not start it.',
      'otel/20-override.yaml:2:73 pipeline-undefined-component `otlp_grpc/backend` uses extension `oauth2client`, which is not defined under `extensions`; the Collector cannot start `otlp_grpc/backend`.',
    ]);
  });

  it('is not merged when only some of its files are linted (`obslint base.yaml`): nothing is known about the others', async () => {
    const findings = await lintSet({ 'base.yaml': BASE, 'override.yaml': OVERRIDE }, [{ kind: 'otel-collector', files: ['base.yaml', 'override.yaml'] }], { paths: ['override.yaml'] });
    expect(wiring(findings)).toEqual([]);
  });

  it('takes a file with no document (comments only) as an empty layer', async () => {
    const findings = await lintSet(
      { 'base.yaml': BASE, 'extras.yaml': '# Add exporters for your backend here.\n' },
      [{ kind: 'otel-collector', files: ['base.yaml', 'extras.yaml'] }],
    );
    expect(wiring(findings)).toEqual([]);
  });
});

describe('a Vector config split over several files', () => {
  it('resolves inputs across the files, and finds loops across them', async () => {
    const findings = await lintSet(
      {
        'vector/sources.yaml': 'sources: { in: { type: stdin } }\nwildcard_matching: relaxed\n',
        'vector/transforms.toml': '[transforms.a]\ntype = "remap"\ninputs = ["in", "b"]\nsource = "."\n',
        'vector/sinks.yaml': 'transforms: { b: { type: remap, inputs: [a], source: "." } }\nsinks: { out: { type: console, inputs: [b, "later_*"], encoding: { codec: json } } }\n',
      },
      [{ kind: 'vector', files: ['vector/*'] }],
    );
    expect(wiring(findings)).toEqual(['vector/sinks.yaml:1:42 pipeline-cycle Data flows in a circle: `b` → `a` → `b`; Vector refuses it.']);
  });
});

describe('a Fluent Bit config and its includes (the model its kind fills, merged by the project stage)', () => {
  const part = (config: ReturnType<typeof fluentBit>): PartDocument => ({
    kind: 'fluent-bit',
    config,
    relaxedPatterns: false,
    // Every place on its own line, so the test can tell where a finding went.
    ranges: Object.fromEntries(placesOf(config).map((place, i) => [placeKey(place.site.path, place.target), { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } }])),
  });
  const run = async (ruleId: string) => {
    const rule = RULES.find((r) => r.meta.id === ruleId)!;
    const reports: ProjectReport[] = [];
    await rule.checkProject!({
      options: {},
      settings: { ...DEFAULT_SETTINGS, configSets: [{ kind: 'fluent-bit', files: ['fluent-bit.conf', 'outputs.conf'] }] },
      collected: [
        { file: 'fluent-bit.conf', data: [part(fluentBit({ inputs: [{ name: 'tail', tag: 'app' }, { name: 'cpu' }] }))] },
        { file: 'outputs.conf', data: [part(fluentBit({ outputs: [{ name: 'es', match: 'app' }, { name: 'stdout', match: 'mem' }] }))] },
      ],
      report: (report) => reports.push(report),
    });
    return reports.map((r) => `${r.file}:${r.range.start.line} ${r.messageId}`);
  };

  it('matches outputs in one file against inputs in another', async () => {
    // Places: 1 the config, 2 and 3 the components, 4 and 5 the references.
    expect(await run('pipeline-undefined-component')).toEqual(['outputs.conf:5 fluentBitMatch']);
    expect(await run('pipeline-unused-component')).toEqual(['fluent-bit.conf:3 fluentBit']);
    expect(await run('pipeline-incomplete')).toEqual([]);
  });
});
