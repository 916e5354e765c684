import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load.js';
import type { Finding } from '../../src/core/findings.js';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import { otelCollector } from '../../src/kinds/otel-collector.js';
import { DEFAULT_SETTINGS } from '../../src/kinds/settings.js';
import { emptyModel, type Model } from '../../src/kinds/types.js';
import { vector } from '../../src/kinds/vector.js';
import { parseToml } from '../../src/vector/toml.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';

/** Files the loading program really refuses on their own, and why. */
const KNOWN_BROKEN: Record<string, string> = {
  'otel-collector/otel-demo__otelcol-config-full.yml':
    'one layer of the demo\'s three `--config` files: no exporters, and its pipeline names receivers defined in the base layer',
  'otel-collector/otel-demo__otelcol-config-observability.yml':
    'one layer of the demo\'s three `--config` files: no receivers, and its pipelines name `debug` and `span_metrics` from the base layer',
  'otel-collector/otelcol-contrib-demo__otel-collector-config.yaml': 'an older example with the `logging` exporter, which current Collectors refuse',
  'vector/vector-2022__agent.toml': 'a 2022 example with `api.playground`, an option current Vector refuses',
  'vector/vector-2022__aggregator.toml': 'a 2022 example with `api.playground`, an option current Vector refuses',
};

/** Files of these folders that are not a whole config of the kind, so no kind claims them. */
const NOT_CLAIMED: Record<string, string> = {
  'otel-collector/otel-demo__otelcol-config-extras.yml': 'comments only',
  'vector/vector-ns__vector.yaml': 'the global options of a namespaced config directory',
  'vector/vector-ns-sinks__es_cluster.yaml': 'one component of a namespaced config directory',
  'vector/vector-ns-transforms__apache_parser.yaml': 'one component of a namespaced config directory',
};

/** Files whose configs sit in ConfigMaps (under `otel-agent-config`, ...), one claim per config. */
const IN_CONFIGMAPS: Record<string, number> = {
  'otel-collector/otelcol-k8s__otel-config.yaml': 2,
};

const BLOCKING = new Set(['schema', 'yaml-syntax', 'toml-syntax', 'unreadable-file']);

interface Linted {
  file: string;
  kinds: string[];
  findings: Finding[];
  model: Model;
}

async function lintCorpusFile(file: string): Promise<Linted> {
  const text = readFileSync(path.join(CORPUS, file), 'utf8');
  const result = await lintText(path.basename(file), text, { root: os.tmpdir(), config: resolveConfig({}) }, true);
  // The model, built as the engine builds it for a file's own documents.
  const model = emptyModel();
  const { documents } = file.endsWith('.toml') ? parseToml(text) : await parseYaml(text);
  documents.forEach((document, index) => {
    const kind = [otelCollector, vector].find((k) => k.detect(document.value));
    kind?.extract(document.value, index, model, DEFAULT_SETTINGS);
  });
  return { file, kinds: result.kinds, findings: result.findings, model };
}

describe.skipIf(!HAS_CORPUS)('OTel Collector and Vector configs of the corpus', () => {
  const linted: Linted[] = [];

  beforeAll(async () => {
    for (const dir of ['otel-collector', 'vector']) {
      for (const name of readdirSync(path.join(CORPUS, dir)).sort()) linted.push(await lintCorpusFile(`${dir}/${name}`));
    }
  });

  it('claims every file that is a whole config, as its kind', () => {
    for (const { file, kinds } of linted) {
      const expected = file in NOT_CLAIMED ? [] : Array<string>(IN_CONFIGMAPS[file] ?? 1).fill(file.startsWith('vector/') ? 'vector' : 'otel-collector');
      expect(kinds, file).toEqual(expected);
    }
  });

  it('crashes on nothing', () => {
    const crashes = linted.flatMap(({ file, findings }) => findings.filter((f) => /could not be checked|rule failed/.test(f.message)).map((f) => `${file}: ${f.message}`));
    expect(crashes).toEqual([]);
  });

  it('reports schema and syntax findings only on the files known to be broken', () => {
    const broken = [...new Set(linted.filter(({ findings }) => findings.some((f) => BLOCKING.has(f.rule))).map(({ file }) => file))];
    expect(broken).toEqual(Object.keys(KNOWN_BROKEN));
  });

  it('finds the components and pipelines of every claimed file', () => {
    const stats: Record<string, { files: number; components: number; pipelines: number; references: number }> = {};
    for (const { model } of linted) {
      for (const config of model.pipelines) {
        const entry = (stats[config.kind] ??= { files: 0, components: 0, pipelines: 0, references: 0 });
        entry.files++;
        entry.components += config.components.length;
        entry.pipelines += config.pipelines.length;
        entry.references += config.references.length;
        // Every reference is found where it is written.
        for (const ref of config.references) expect(ref.site.path.length).toBeGreaterThan(0);
      }
    }
    const counts: Record<string, number> = {};
    for (const { findings } of linted) for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    console.info(`pipelines corpus: ${JSON.stringify(stats)}; findings by rule: ${JSON.stringify(counts)}`);
    // The unit-test configs (`tests`, no sources nor sinks) are not topologies of their own.
    expect(stats.vector.files).toBe(linted.filter((l) => l.kinds.includes('vector')).length - 2);
    // The model above reads a file's own documents, not the configs in its ConfigMaps.
    expect(stats['otel-collector'].files).toBe(linted.filter((l) => l.kinds.includes('otel-collector') && !(l.file in IN_CONFIGMAPS)).length);
  });

  it('checks some findings by hand', () => {
    const at = (file: string, rule: string) =>
      linted.find((l) => l.file === file)!.findings.filter((f) => f.rule === rule).map((f) => `${f.start.line}:${f.start.column} ${f.message}`);
    expect(at('vector/vector__docs_example.yaml', 'exporter-insecure')).toEqual([
      '30:17 Sink `es_cluster` sends to `http://79.12.221.222:9200` over plain HTTP, unencrypted.',
    ]);
    expect(at('otel-collector/otel-demo__otelcol-config.yml', 'otel-memory-limiter')[0]).toBe(
      '241:40 Pipeline `traces` runs `memory_limiter` after `resource_detection`; the memory limiter must be the first processor to refuse data before other processors hold it.',
    );
    expect(at('otel-collector/otelcol-contrib-ftlogs__otel-col-config.yaml', 'otel-batch')).toEqual([
      '15:5 Pipeline `logs` sends to `otlp_grpc/custom` without batching: no `batch` processor, and no `sending_queue.batch` on it.',
    ]);
    expect(at('otel-collector/vector-e2e__collector-source.yaml', 'exporter-insecure')).toEqual([
      '15:17 Exporter `otlp/grpc` (pipeline `logs`) sends to `vector` without TLS (`tls.insecure: true`), unencrypted.',
      '17:15 Exporter `otlphttp/vector` (pipeline `logs`) sends to `http://vector:4318` over plain HTTP, unencrypted.',
    ]);
    expect(at('otel-collector/otelcol-k8s__otel-config.yaml', 'exporter-insecure')).toEqual([
      '22:21 Exporter `otlp_grpc` (pipeline `traces`) sends to `otel-collector.default` without TLS (`tls.insecure: true`), unencrypted.',
      '126:19 Exporter `otlp_grpc` (pipeline `traces/1`) sends to `http://someotlp.target.com:4317` over plain HTTP, unencrypted.',
    ]);
    expect(at('vector/vector-2022__agent.toml', 'schema')).toEqual(['22:1 Unknown key `playground` in `api`. Allowed here: `enabled`, `address`.']);
  });

  it('reads each file quickly', async () => {
    const started = performance.now();
    for (const { file } of linted) await lintCorpusFile(file);
    const perFile = (performance.now() - started) / linted.length;
    console.info(`pipelines corpus: ${perFile.toFixed(2)} ms per file (lint and model)`);
    expect(perFile).toBeLessThan(50);
  });
});

if (!HAS_CORPUS) skipNote('OTel and Vector corpus tests', `${CORPUS} does not exist (it sits beside the repository in development only)`);
