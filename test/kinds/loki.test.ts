import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import { lintSource, yaml } from '../rule-tester.js';

const LOKI_FILES = { kinds: [{ files: 'loki/**', kind: 'loki-rules' }] };

async function lint(file: string, code: string, config: Record<string, unknown> = {}) {
  const job = { root: os.tmpdir(), config: resolveConfig(config) };
  return lintText(file, code, job, true);
}

/** `rule line:column message` of every finding. */
async function findings(file: string, code: string, config: Record<string, unknown> = {}): Promise<string[]> {
  return (await lintSource(code, { file, config })).map((f) => `${f.rule} ${f.start.line}:${f.start.column} ${f.message}`);
}

const lokiRuleFile = yaml`
  groups:
    - name: api
      rules:
        - alert: ApiErrors
          expr: sum by (app) (count_over_time({app="api"} |= "error" [5m])) > 10
          labels: { team: api, severity: warning }
          annotations: { runbook_url: https://runbooks.acme.dev/api }
`;

const namespaceFile = yaml`
  namespace: payments
  groups:
    - name: payments
      source_tenants: [tenant-a, tenant-b]
      evaluation_delay: 1m
      remote_write: [{ url: https://mimir.example.com/api/v1/push }]
      rules:
        - record: job:requests:rate5m
          expr: sum by (job) (rate(requests_total[5m]))
        - alert: PaymentLogErrors
          expr: count_over_time({app="payments"} | json | level="error" [5m]) > 0
          labels: { team: payments, severity: warning }
          annotations: { runbook_url: https://runbooks.acme.dev/payments }
`;

const alertingRule = yaml`
  apiVersion: loki.grafana.com/v1
  kind: AlertingRule
  metadata: { name: api-alerts, namespace: observability }
  spec:
    tenantID: application
    groups:
      - name: api
        interval: 1m
        rules:
          - alert: ApiErrors
            expr: sum(rate({app="api"} |= "error" [5m])) > 1
            for: 10m
            labels: { severity: critical }
            annotations: { summary: Errors }
`;

const recordingRule = yaml`
  apiVersion: loki.grafana.com/v1
  kind: RecordingRule
  metadata: { name: api-records }
  spec:
    tenantID: application
    groups:
      - name: api
        rules:
          - record: app:log_lines:rate5m
            expr: sum by (app) (rate({app="api"}[5m]))
`;

describe('detection', () => {
  it.each([
    ['a plain rule file', 'rules.yml', lokiRuleFile, {}, ['prometheus-rules']],
    ['a plain rule file selected as Loki rules', 'loki/rules.yml', lokiRuleFile, LOKI_FILES, ['loki-rules']],
    ['a namespace file of mimirtool, cortextool or lokitool', 'rules.yml', namespaceFile, {}, ['ruler-namespace']],
    ["the Loki operator's AlertingRule", 'alerts.yaml', alertingRule, {}, ['loki-alertingrule']],
    ["the Loki operator's RecordingRule", 'records.yaml', recordingRule, {}, ['loki-recordingrule']],
    ['an AlertingRule of another API group', 'other.yaml', alertingRule.replace('loki.grafana.com/v1', 'example.com/v1'), {}, []],
  ])('%s', async (_, file, code, config, kinds) => {
    expect((await lint(file, code, config)).kinds).toEqual(kinds);
  });
});

describe('expressions', () => {
  it('are all LogQL in a file selected as Loki rules, also those that read as PromQL', async () => {
    const code = 'groups:\n  - name: g\n    rules:\n      - record: a:b\n        expr: sum(rate({app="api"}[5m]))\n      - record: c:d\n        expr: rat({app="api"}[5m])\n';
    expect(await findings('loki/rules.yml', code, LOKI_FILES)).toEqual(['logql-syntax 7:15 Invalid LogQL: `rat` is not a LogQL function.']);
    // The same file read as Prometheus rules: both are PromQL, and `rat` is not a PromQL function either.
    expect(await findings('rules.yml', code)).toEqual(['promql-syntax 7:15 Invalid PromQL: `rat` is not a PromQL function.']);
  });

  it('are told apart one by one in a namespace file', async () => {
    expect(await findings('rules.yml', namespaceFile)).toEqual([]);
    const broken = namespaceFile.replace('[5m]) > 0', '[5 m]) > 0').replace('rate(requests_total[5m])', 'rate(requests_total)');
    expect(await findings('rules.yml', broken)).toEqual([
      'promql-syntax 9:34 Invalid PromQL: `rate` needs a range vector (such as `foo[5m]`) as its argument, not an instant vector.',
      'logql-syntax 11:71 Invalid LogQL: `[5 m]` is not a range Loki reads: write whole numbers with units from the largest to the smallest and nothing else, such as `[5m]` or `[1h30m]`.',
    ]);
  });

  it('are LogQL in the Loki operator resources, found at their place', async () => {
    expect(await findings('alerts.yaml', alertingRule)).toEqual([
      'alert-owner 13:11 Alert `ApiErrors` has no owner: add a label naming its team (`owner` or `team`).',
      'alert-runbook 14:11 Alert `ApiErrors` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).',
    ]);
    const broken = alertingRule.replace('sum(rate({app="api"} |= "error" [5m]))', 'sum(count_over_time({app="api"} |= "error" | unwrap x [5m]))');
    expect(await findings('alerts.yaml', broken)).toEqual([
      'logql-syntax 11:60 Invalid LogQL: `count_over_time` does not take `unwrap`: it counts log lines or bytes; aggregate an unwrapped value with `sum_over_time`, `avg_over_time`, ... instead.',
      'alert-owner 13:11 Alert `ApiErrors` has no owner: add a label naming its team (`owner` or `team`).',
      'alert-runbook 14:11 Alert `ApiErrors` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).',
    ]);
  });
});

describe('schema and structure', () => {
  it("takes the group keys of mimirtool, cortextool and lokitool in a namespace file, not Thanos's", async () => {
    const thanos = namespaceFile.replace('source_tenants: [tenant-a, tenant-b]', 'partial_response_strategy: warn');
    expect(await findings('rules.yml', thanos)).toEqual([
      'schema 4:5 Unknown key `partial_response_strategy` in this group. Allowed here: `name`, `interval`, `query_offset`, `evaluation_delay`, `align_evaluation_time_on_interval`, `limit`, `labels`, `source_tenants`, `remote_write`, `rules`.',
    ]);
  });

  it("takes Loki's group keys in a Loki rule file, and checks names by the legacy rules as Loki's ruler does", async () => {
    const code = yaml`
      namespace: logs
      groups:
        - name: a
          source_tenants: [t]
          remote_write: [{ url: https://loki.acme.dev }]
          rules:
            - record: "a:b"
              expr: count_over_time({a="b"}[5m])
              labels: { "x.y": z }
    `;
    expect(await findings('loki/rules.yml', code, LOKI_FILES)).toEqual([
      'schema 4:5 Unknown key `source_tenants` in this group. Allowed here: `name`, `interval`, `query_offset`, `limit`, `labels`, `remote_write`, `rules`.',
      'schema 9:19 `x.y` is not a label name Loki accepts: use letters, digits and `_`, not starting with a digit.',
    ]);
  });

  it("checks the Loki operator's RecordingRule: tenant, rule keys, group names, metric and label names", async () => {
    const code = yaml`
      apiVersion: loki.grafana.com/v1
      kind: RecordingRule
      metadata: { name: api-records }
      spec:
        groups:
          - name: api
            rules:
              - record: app-log-lines
                expr: sum by (app) (rate({app="api"}[5m]))
                for: 5m
                labels: { "app.name": x }
          - name: api
            rules: []
    `;
    expect(await findings('records.yaml', code)).toEqual([
      'schema 4:1 `tenantID` is required in `spec`.',
      'schema 10:11 Unknown key `for` in this rule. Allowed here: `record`, `expr`, `labels`.',
      'schema 12:13 Group name `api` is used twice in this file; Prometheus refuses to load it.',
      'schema 8:19 `app-log-lines` is not a metric name Loki accepts: use letters, digits, `_` and `:`, not starting with a digit.',
      'schema 11:21 `app.name` is not a label name Loki accepts: use letters, digits and `_`, not starting with a digit.',
    ]);
  });

  it("reads Thanos's partial_response_strategy as Thanos does: warn or abort in any letter case", async () => {
    const code = yaml`
      groups:
        - name: a
          partial_response_strategy: WARN
          rules: [{ record: a, expr: up }]
        - name: b
          partial_response_strategy: sometimes
          rules: [{ record: b, expr: up }]
    `;
    expect(await findings('rules.yml', code)).toEqual(['schema 6:32 `partial_response_strategy` must be `warn` or `abort` (Thanos reads any letter case).']);
  });
});

describe('alert-owner and alert-runbook on Loki formats', () => {
  it('read the labels and annotations of a Loki rule file and of an AlertingRule', async () => {
    const noOwner = lokiRuleFile.replace('labels: { team: api, severity: warning }', 'labels: { severity: critical }');
    expect(await findings('loki/rules.yml', noOwner, LOKI_FILES)).toEqual([
      'alert-owner 6:9 Alert `ApiErrors` has no owner: add a label naming its team (`owner` or `team`).',
    ]);
    expect(await findings('loki/rules.yml', lokiRuleFile, LOKI_FILES)).toEqual([]);
    const owned = alertingRule.replace('labels: { severity: critical }', 'labels: { severity: critical, team: api }').replace('annotations: { summary: Errors }', 'annotations: { summary: Errors, runbook_url: https://runbooks.acme.dev/api }');
    expect(await findings('alerts.yaml', owned)).toEqual([]);
  });
});
