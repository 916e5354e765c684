import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/engine/config.js';
import { runLint, type RunResult } from '../src/engine/run.js';
import { KINDS } from '../src/kinds/index.js';
import { BLOCKING, CORPUS, HAS_CORPUS, skipNote } from './corpus-helpers.js';

/**
 * Files of the corpus that really are wrong for the program that loads them, with the blocking
 * rules that say so and why. Every other file must lint without a blocking finding.
 */
const KNOWN_BROKEN: Record<string, { rules: string[]; why: string }> = {
  'prometheus-rules/victoriametrics__alerts-cluster.yml': {
    rules: ['schema'],
    why: 'vmalert group option `concurrency`, which Prometheus refuses ("field concurrency not found")',
  },
  'prometheus-rules/victoriametrics__alerts-single-node.yml': {
    rules: ['schema'],
    why: 'vmalert group option `concurrency`, which Prometheus refuses ("field concurrency not found")',
  },
  'prometheus-rules/victoriametrics__alerts-vmagent.yml': {
    rules: ['schema'],
    why: 'vmalert group option `concurrency`, which Prometheus refuses ("field concurrency not found")',
  },
  'alertmanager/kube-prometheus__alertmanager-config-with-template.yaml': {
    rules: ['yaml-syntax'],
    why: 'a Slack `text:` value with an unquoted `: ` (and a Jsonnet-style template), not valid YAML for Go either',
  },
  'alertmanager/kube-prometheus__alertmanager-config.yaml': {
    rules: ['alertmanager-config', 'schema'],
    why: '`slack_configs` at the top level (a misplaced receiver) and a placeholder Slack URL without a scheme',
  },
  ...Object.fromEntries(
    ['openslo-budgeting__ratio-timeslices.yaml', 'openslo-budgeting__timeslices-slo.yaml', 'openslo-lowtraffic__timeslices-slo.yaml', 'openslo-v1__slos.yaml'].map((file) => [
      `openslo/${file}`,
      { rules: ['schema'], why: '`op` on an objective of a ratio SLI, which the OpenSLO Go SDK refuses (see test/kinds/openslo.corpus.test.ts)' },
    ]),
  ),
  'otel-collector/otel-demo__otelcol-config-full.yml': { rules: ['schema'], why: 'one layer of three `--config` files: no exporters of its own' },
  'otel-collector/otel-demo__otelcol-config-observability.yml': { rules: ['schema'], why: 'one layer of three `--config` files: no receivers of its own' },
  'otel-collector/otelcol-contrib-demo__otel-collector-config.yaml': { rules: ['schema'], why: 'the `logging` exporter, which current Collectors refuse' },
  'vector/vector-2022__agent.toml': { rules: ['schema'], why: '`api.playground`, an option current Vector refuses' },
  'vector/vector-2022__aggregator.toml': { rules: ['schema'], why: '`api.playground`, an option current Vector refuses' },
  'fluent-bit/fb-cfgfmt__broken_plugin_variant.yaml': { rules: ['yaml-syntax'], why: 'Fluent Bit’s own negative fixture: `hi: *` is not valid YAML' },
  'fluent-bit/fb-cfgfmt__invalid_input_property.yaml': { rules: ['schema'], why: 'Fluent Bit’s own negative fixture: `log_level: thisdoesnotexist`' },
  'fluent-bit/fb-cfgfmt__test.yaml': { rules: ['schema'], why: 'the pre-2.0 YAML shape (plugins as mapping keys), which the current YAML reader refuses' },
  'fluent-bit/fb-conf__in_forward.conf': { rules: ['schema'], why: '`Buffer` is no longer a property of the forward input' },
  'alertmanager/rabbitmq-op__slack.yml': {
    rules: ['alertmanager-config'],
    why: 'a template to fill in: `api_url: ((SLACK_API_URL))` is not a URL until it is',
  },
};

/** Which kinds each folder of the corpus holds, for the kinds obslint has. */
const FOLDER_KINDS: Record<string, string[]> = {
  'prometheus-rules': ['prometheus-rules'],
  'prometheusrule-crd': ['prometheus-rule-crd'],
  alertmanager: ['alertmanager'],
  'grafana-alerting': ['grafana-alerting', 'grafana-alerting-crd'],
  'datadog-monitors': ['datadog-monitors', 'datadog-monitor-crd'],
  'fluent-bit': ['fluent-bit'],
};

describe.skipIf(!HAS_CORPUS)('every file of the corpus', () => {
  let result: RunResult;

  beforeAll(async () => {
    result = await runLint({ root: CORPUS, paths: ['.'], config: resolveConfig({}), threads: 1 });
  });

  it('lints without crashing and finds alerts without owners and runbooks', () => {
    const counts: Record<string, number> = {};
    for (const f of result.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    const byKind: Record<string, number> = {};
    for (const { kinds } of result.kinds) for (const kind of kinds) byKind[kind] = (byKind[kind] ?? 0) + 1;
    console.info(`corpus: ${result.filesLinted} files linted, files per kind ${JSON.stringify(byKind)}, ${result.alerts + result.recordingRules} rules, findings by rule: ${JSON.stringify(counts)}`);
    expect(counts['alert-owner']).toBeGreaterThan(500);
    expect(counts['alert-runbook']).toBeGreaterThan(300);
  });

  it('reports blocking findings only on the files known to be broken, and the rules that say why', () => {
    const byFile: Record<string, Set<string>> = {};
    for (const f of result.findings) if (BLOCKING.has(f.rule) && f.severity === 'error') (byFile[f.file] ??= new Set()).add(f.rule);
    const found = Object.fromEntries(Object.entries(byFile).map(([file, rules]) => [file, [...rules].sort()]));
    expect(found).toEqual(Object.fromEntries(Object.entries(KNOWN_BROKEN).map(([file, { rules }]) => [file, [...rules].sort()])));
  });

  it.each(Object.entries(FOLDER_KINDS).filter(([, kinds]) => kinds.every((k) => KINDS.some((kind) => kind.id === k))))(
    'recognizes every file of %s as its kind',
    (folder, kinds) => {
      const files = readdirSync(`${CORPUS}/${folder}`).map((f) => `${folder}/${f}`);
      const seen = new Map(result.kinds.map((k) => [k.file, k.kinds]));
      const broken = new Set(Object.keys(KNOWN_BROKEN));
      const missed = files.filter((file) => !broken.has(file) && !(seen.get(file) ?? []).some((k) => kinds.includes(k)));
      expect(missed).toEqual([]);
    },
  );
});

if (!HAS_CORPUS) skipNote('corpus tests', `${CORPUS} does not exist (it sits beside the repository in development only)`);
