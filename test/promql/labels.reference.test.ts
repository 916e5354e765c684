import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputLabels } from '../../src/promql/labels.js';
import { HAS_PROMTOOL, skipNote } from '../corpus-helpers.js';
import { CASES } from './labels-cases.js';

/**
 * Synthetic series (one sample a minute for 70 minutes) on which every checked case of the table
 * has a result at minute 60: promtool evaluates each case there, and each series it returns must
 * fit the labels the table expects (a fixed value holds, a closed result has no other label).
 */
const SERIES: [string, string][] = [
  ['up{job="api", instance="a:9090", namespace="prod", team="web"}', '1x70'],
  ['up{job="api", instance="b:9090", namespace="dev"}', '0x70'],
  ['up{job="db", instance="c:9090", namespace="prod", team="data", cluster="k1", service="db"}', '0x70'],
  ['up{job="solo", instance="d:9090"}', '1x70'],
  ['http_requests_total{job="api", instance="a:9090", namespace="prod", code="200", handler="/"}', '0+60x70'],
  ['http_requests_total{job="api", instance="a:9090", namespace="prod", code="500", handler="/"}', '0+6x70'],
  ['http_requests_total{job="db", instance="c:9090", namespace="prod", code="500", handler="/q"}', '0+1x70'],
  ['http_request_duration_seconds_bucket{job="api", instance="a:9090", le="0.1"}', '0+50x70'],
  ['http_request_duration_seconds_bucket{job="api", instance="a:9090", le="1"}', '0+90x70'],
  ['http_request_duration_seconds_bucket{job="api", instance="a:9090", le="+Inf"}', '0+100x70'],
  ['node_cpu_seconds_total{job="node", instance="a:9090", cpu="0", mode="idle"}', '0+30x70'],
  ['node_cpu_seconds_total{job="node", instance="a:9090", cpu="0", mode="user"}', '0+20x70'],
  ['node_uname_info{job="node", instance="a:9090", nodename="node-a"}', '1x70'],
  ['node_load1{job="node", instance="a:9090"}', '3x70'],
  ['process_start_time_seconds{job="api", instance="a:9090"}', '0x70'],
  ['node_filesystem_avail_bytes{job="node-exporter", instance="a:9090", fstype="ext4", mountpoint="/"}', '1000-10x70'],
  ['node_filesystem_size_bytes{job="node-exporter", instance="a:9090", fstype="ext4", mountpoint="/"}', '10000x70'],
  ['node_filesystem_readonly{job="node-exporter", instance="a:9090", fstype="ext4", mountpoint="/"}', '0x70'],
  ['build_info{job="api", version="1.2.3"}', '1x70'],
  ['kube_pod_info{job="kube-state-metrics", namespace="prod", pod="p1", node="n1"}', '1x70'],
  ['kube_pod_container_status_restarts_total{job="kube-state-metrics", namespace="prod", pod="p1", container="c"}', '0+1x70'],
  ['kube_pod_container_status_waiting_reason{job="kube-state-metrics", cluster="k1", namespace="prod", pod="p1", container="c", reason="CrashLoopBackOff"}', '1x70'],
  ['kube_deployment_spec_replicas{job="kube-state-metrics", namespace="prod", deployment="d1"}', '3x70'],
  ['kube_deployment_status_replicas_available{job="kube-state-metrics", namespace="prod", deployment="d1"}', '2x70'],
  ['kube_deployment_status_replicas_updated{job="kube-state-metrics", namespace="prod", deployment="d1"}', '2x70'],
  ['namespace_cpu:kube_pod_container_resource_requests:sum{cluster="k1", namespace="prod"}', '10x70'],
  ['kube_node_status_allocatable{job="kube-state-metrics", cluster="k1", node="n1", resource="cpu"}', '4x70'],
  ['kube_node_status_allocatable{job="kube-state-metrics", cluster="k1", node="n2", resource="cpu"}', '4x70'],
  ['apiserver_request:burnrate1h{verb="read"}', '0.5x70'],
  ['apiserver_request:burnrate5m{verb="read"}', '0.5x70'],
  ['slo:sli_error:ratio_rate5m{sloth_id="api-availability", sloth_service="api", sloth_slo="availability", sloth_window="5m"}', '0.1x70'],
  ['slo:sli_error:ratio_rate1h{sloth_id="api-availability", sloth_service="api", sloth_slo="availability", sloth_window="1h"}', '0.1x70'],
  ...(['container_cpu_cfs_throttled_periods_total', 'container_cpu_cfs_periods_total'] as const).map((metric, i): [string, string] => [
    `${metric}{job="cadvisor", cluster="k1", namespace="prod", pod="p1", container="c", instance="n1", node="n1", id="/x", image="img", name="n", endpoint="e", metrics_path="/m"}`,
    `0+${50 * (i + 1)}x70`,
  ]),
];

type Series = Map<string, string>;

/** What promtool returned for each expression (absent: no series), or the error it stopped at. */
function evaluate(dir: string, exprs: string[]): Map<string, Series[] | { error: string }> {
  writeFileSync(path.join(dir, 'rules.yml'), 'groups: []\n');
  const series = SERIES.map(([labels, values]) => `      - series: ${JSON.stringify(labels)}\n        values: '${values}'\n`).join('');
  // A JSON string is a YAML double-quoted scalar: the expression comes back from promtool as written.
  const tests = exprs.map((expr) => `      - expr: ${JSON.stringify(expr)}\n        eval_time: 60m\n        exp_samples: []\n`).join('');
  writeFileSync(
    path.join(dir, 'test.yml'),
    `rule_files: [rules.yml]\ntests:\n  - interval: 1m\n    input_series:\n${series}    promql_expr_test:\n${tests}`,
  );
  const run = spawnSync('promtool', ['test', 'rules', 'test.yml'], { cwd: dir, encoding: 'utf8' });
  const results = new Map<string, Series[] | { error: string }>();
  // Each expression with a result fails against the empty expectation, and promtool prints what it got.
  for (const [, quoted, rest] of `${run.stdout}${run.stderr}`.matchAll(/expr: ("(?:[^"\\]|\\.)*"), time: [^,\n]*,(.*\n.*\n.*)/g)) {
    const error = /^ err: (.*)/.exec(rest);
    const got = /got: (.*)/.exec(rest);
    results.set(JSON.parse(quoted) as string, error ? { error: error[1] } : parseSeries(got?.[1] ?? ''));
  }
  return results;
}

/** `name{a="b", ...} 1E+00, {c="d"} 2E+00` as label maps, without `__name__` (alerts drop it). */
function parseSeries(text: string): Series[] {
  return [...text.matchAll(/\{([^}]*)\} \S+/g)].map(([, labels]) => {
    const pairs = [...labels.matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].filter(([, name]) => name !== '__name__');
    return new Map(pairs.map(([, name, value]) => [name, JSON.parse(`"${value}"`) as string]));
  });
}

/** How a series contradicts the expected labels; undefined when it fits them. */
function misfit(series: Series, { known, open }: OutputLabels): string | undefined {
  for (const [name, value] of Object.entries(known)) {
    if (value !== undefined && (series.get(name) ?? '') !== value) return `${name} is ${JSON.stringify(series.get(name) ?? '')}, not ${JSON.stringify(value)}`;
  }
  if (!open) {
    const extra = [...series.keys()].filter((name) => !(name in known));
    if (extra.length > 0) return `it has ${extra.join(', ')}, beyond the closed labels`;
  }
  return undefined;
}

describe.skipIf(!HAS_PROMTOOL)('agreement with promtool test rules (Prometheus 2.42)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'obslint-labels-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const checked = CASES.filter((c) => c.unchecked === undefined && c.labels !== undefined);
  const results = HAS_PROMTOOL ? evaluate(dir, checked.map((c) => c.expr)) : new Map();

  it.each(checked.map((c) => [c.expr.replace(/\s+/g, ' '), c] as const))('%s', (_, c) => {
    const result = results.get(c.expr);
    expect(result, 'no series on the synthetic data').toBeDefined();
    expect(result).toBeInstanceOf(Array);
    const misfits = (result as Series[]).map((series) => misfit(series, c.labels!)).filter((m) => m !== undefined);
    expect(misfits).toEqual([]);
  });

  it('checks most of the table', () => {
    console.info(`promtool 2.42: ${checked.length} of ${CASES.length} cases evaluated on synthetic series`);
    expect(checked.length).toBeGreaterThanOrEqual(80);
  });
});

if (!HAS_PROMTOOL) skipNote('PromQL label reference tests', 'promtool is not installed (scripts/install-reference-tools.sh installs it)');
