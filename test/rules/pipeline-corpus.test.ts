import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.js';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';

const NEW_RULES = /^(pipeline-[\w-]+|secret-in-config|log-format|required-attributes)$/;

const shown = (findings: readonly Finding[], rule: RegExp) =>
  findings.filter((f) => rule.test(f.rule)).map((f) => `${f.file}:${f.start.line}:${f.start.column} ${f.rule} ${f.message}`);

/** The demo's layers, in the order its compose files pass them to `--config`. */
const DEMO = (layers: string[]) => layers.map((layer) => `otel-collector/otel-demo__otelcol-config${layer}.yml`);

describe.skipIf(!HAS_CORPUS)('pipeline rules on the OTel Collector and Vector configs of the corpus', () => {
  let findings: Finding[];

  beforeAll(async () => {
    const files = ['otel-collector', 'vector'].flatMap((dir) => readdirSync(path.join(CORPUS, dir)).map((name) => `${dir}/${name}`));
    ({ findings } = await runLint({ root: CORPUS, paths: files, config: resolveConfig({}), threads: 1 }));
  });

  it('reports exactly these, each checked by hand against the file', () => {
    expect(shown(findings, NEW_RULES)).toEqual([
      // Kept for debugging: the pipelines list them only in comments.
      'otel-collector/otel-lgtm__otelcol-config.yaml:44:3 pipeline-unused-component Exporter `debug/metrics` is in no pipeline, so the Collector does not start it.',
      'otel-collector/otel-lgtm__otelcol-config.yaml:46:3 pipeline-unused-component Exporter `debug/traces` is in no pipeline, so the Collector does not start it.',
      'otel-collector/otel-lgtm__otelcol-config.yaml:48:3 pipeline-unused-component Exporter `debug/logs` is in no pipeline, so the Collector does not start it.',
      // Its one pipeline (metrics) takes `otlp` and `prometheus` and exports to `logging` and `file`; the rest is left over.
      'otel-collector/otelcol-contrib-demo__otel-collector-config.yaml:2:3 pipeline-unused-component Receiver `hostmetrics` is in no pipeline, so the Collector does not start it.',
      'otel-collector/otelcol-contrib-demo__otel-collector-config.yaml:15:3 pipeline-unused-component Receiver `file` is in no pipeline, so the Collector does not start it.',
      'otel-collector/otelcol-contrib-demo__otel-collector-config.yaml:19:3 pipeline-unused-component Receiver `file/2` is in no pipeline, so the Collector does not start it.',
      'otel-collector/otelcol-contrib-demo__otel-collector-config.yaml:30:3 pipeline-unused-component Exporter `file/2` is in no pipeline, so the Collector does not start it.',
    ]);
  });
});

describe.skipIf(!HAS_CORPUS)('the OpenTelemetry demo\'s Collector config, three layers of one config', () => {
  const lint = async (files: string[]) =>
    (await runLint({ root: CORPUS, paths: files, config: resolveConfig({ configs: [{ kind: 'otel-collector', files }] }), threads: 1 })).findings;

  it('linted merged (base, observability, extras), no layer is refused and nothing is left unwired', async () => {
    const findings = await lint(DEMO(['', '-observability', '-extras']));
    expect(shown(findings, /^(schema|pipeline-[\w-]+)$/)).toEqual([]);
  });

  it('with the full layer too, the receiver its metrics pipeline forgot to repeat is unused', async () => {
    const findings = await lint(DEMO(['', '-full', '-observability', '-extras']));
    expect(shown(findings, /^(schema|pipeline-[\w-]+)$/)).toEqual([
      'otel-collector/otel-demo__otelcol-config.yml:78:3 pipeline-unused-component Receiver `prometheus/ad` is in no pipeline, so the Collector does not start it.',
    ]);
  });

  it('each layer alone is refused, as the Collector would', async () => {
    const findings = (await runLint({ root: CORPUS, paths: DEMO(['-full', '-observability']), config: resolveConfig({}), threads: 1 })).findings;
    expect(shown(findings, /^schema$/).length).toBeGreaterThan(0);
  });
});

if (!HAS_CORPUS) skipNote('pipeline rules on the corpus', `${CORPUS} does not exist (it sits beside the repository in development only)`);
