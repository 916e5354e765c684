import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';

const POLICY_RULES = /^(otel-memory-limiter|otel-batch|otel-debug-exporter|exporter-insecure|otel-sampling)$/;

/** The demo's layers, in the order its compose files pass them to `--config`. */
const LAYERS = ['', '-observability', '-extras'].map((layer) => `otel-collector/otel-demo__otelcol-config${layer}.yml`);

const lint = async (sets: { kind: string; files: string[] }[]) =>
  (await runLint({ root: CORPUS, paths: LAYERS, config: resolveConfig({ configs: sets }), threads: 1 })).findings
    .filter((f) => POLICY_RULES.test(f.rule))
    .map((f) => `${f.file.replace('otel-collector/', '')}:${f.start.line}:${f.start.column} ${f.rule} ${f.message}`);

describe.skipIf(!HAS_CORPUS)('the policy rules on the OpenTelemetry demo\'s Collector config, three layers of one config', () => {
  it('each layer alone: the observability layer\'s pipelines, which only list exporters, seem to have no memory limiter', async () => {
    expect((await lint([])).filter((f) => f.startsWith('otel-demo__otelcol-config-observability.yml:') && f.includes(' has no `memory_limiter` '))).toEqual([
      'otel-demo__otelcol-config-observability.yml:67:5 otel-memory-limiter Pipeline `traces` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
      'otel-demo__otelcol-config-observability.yml:69:5 otel-memory-limiter Pipeline `metrics` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
      'otel-demo__otelcol-config-observability.yml:71:5 otel-memory-limiter Pipeline `logs` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
      'otel-demo__otelcol-config-observability.yml:73:5 otel-memory-limiter Pipeline `profiles` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
    ]);
  });

  it('merged: exactly these, each checked by hand against the layers', async () => {
    expect(await lint([{ kind: 'otel-collector', files: LAYERS }])).toEqual([
      // The exporters the observability layer adds: in-cluster hosts, in plain text.
      'otel-demo__otelcol-config-observability.yml:23:17 exporter-insecure Exporter `otlp_grpc/jaeger` (pipeline `traces`) sends to `jaeger` without TLS (`tls.insecure: true`), unencrypted.',
      'otel-demo__otelcol-config-observability.yml:27:15 exporter-insecure Exporter `otlp_http/prometheus` (pipeline `metrics`) sends to `http://prometheus:9090/api/v1/otlp` over plain HTTP, unencrypted.',
      'otel-demo__otelcol-config-observability.yml:36:17 exporter-insecure Exporter `opensearch` (pipeline `logs`) sends to `http://opensearch:9200` over plain HTTP, unencrypted.',
      'otel-demo__otelcol-config-observability.yml:44:17 exporter-insecure Exporter `otlp_grpc/firepit` (pipeline `profiles`) sends to `firepit` without TLS (`tls.insecure: true`), unencrypted.',
      // The observability layer's lists of exporters replace the base's, and keep `debug`: the findings are in it.
      "otel-demo__otelcol-config-observability.yml:68:19 otel-debug-exporter Pipeline `traces` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
      "otel-demo__otelcol-config-observability.yml:70:19 otel-debug-exporter Pipeline `metrics` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
      "otel-demo__otelcol-config-observability.yml:72:19 otel-debug-exporter Pipeline `logs` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
      // The base's processors have no `batch` (which has no profiles support anyway), and `otlp_grpc/firepit`, unlike the other three, has no `sending_queue.batch`.
      'otel-demo__otelcol-config-observability.yml:73:5 otel-batch Pipeline `profiles` sends to `otlp_grpc/firepit` without batching: no `sending_queue.batch` on it.',
      "otel-demo__otelcol-config-observability.yml:74:19 otel-debug-exporter Pipeline `profiles` exports to `debug`, which writes every item to the Collector's log: noise and cost in production.",
      // The base's processors, which the merged pipelines keep, run `resource_detection` first.
      'otel-demo__otelcol-config.yml:241:40 otel-memory-limiter Pipeline `traces` runs `memory_limiter` after `resource_detection`; the memory limiter must be the first processor to refuse data before other processors hold it.',
      'otel-demo__otelcol-config.yml:245:40 otel-memory-limiter Pipeline `metrics` runs `memory_limiter` after `resource_detection`; the memory limiter must be the first processor to refuse data before other processors hold it.',
      'otel-demo__otelcol-config.yml:249:40 otel-memory-limiter Pipeline `logs` runs `memory_limiter` after `resource_detection`; the memory limiter must be the first processor to refuse data before other processors hold it.',
      'otel-demo__otelcol-config.yml:253:66 otel-memory-limiter Pipeline `profiles` runs `memory_limiter` after `resource_detection`; the memory limiter must be the first processor to refuse data before other processors hold it.',
    ]);
  });
});

if (!HAS_CORPUS) skipNote('the policy rules on the corpus', `${CORPUS} does not exist (it sits beside the repository in development only)`);
