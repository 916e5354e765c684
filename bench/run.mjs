#!/usr/bin/env node
// obslint benchmark: generates realistic Prometheus rule files, times the built CLI on them,
// and times `promtool check rules` on the same files for comparison.
// Usage: node bench/run.mjs [--files N] [--rules M] [--preset small|repo|medium|large|legacy|corpus|all]
//                           [--keep] [--no-promtool]
// Plain Node, no dependencies: it must run before (and without) `npm install`.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
// OBSLINT_CLI points the benchmark at another build (e.g. a copy of main's) to compare.
const CLI = path.resolve(ROOT, process.env.OBSLINT_CLI ?? path.join('dist', 'cli', 'index.js'));
const GNU_TIME = '/usr/bin/time';
const SEED = 0x0b511e7;
// Real public files, one folder per kind, beside the repository in development (read-only).
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

// `repo` is a small team repository: 10 rule files beside config no kind claims (a JSON
// dashboard, Kubernetes manifests). `legacy` is a first run over a repository that never had
// owners: every alert lacks its team, a quarter their runbook (about 100,000 findings).
const PRESETS = {
  small: { files: 1, rules: 100 },
  repo: { files: 10, rules: 10, extras: true },
  medium: { files: 100, rules: 100 },
  large: { files: 1000, rules: 100 },
  legacy: { files: 1000, rules: 100, missingTeam: 1, missingRunbook: 0.25 },
};

// Targets for obslint; `ratio` is obslint wall / promtool wall.
const TARGETS = {
  small: [{ label: 'obslint wall ≤ 0.25 s', value: (r) => r.obslint?.wallS, max: 0.25, unit: ' s' }],
  medium: [{ label: 'obslint ≤ 0.5× promtool', value: (r) => r.ratio, max: 0.5, unit: '×' }],
  repo: [{ label: "obslint wall ≤ Node's own start + 0.1 s", value: (r) => r.obslint && r.obslint.wallS - r.nodeStartS, max: 0.1, unit: ' s over' }],
  large: [
    { label: 'obslint ≤ 0.25× promtool', value: (r) => r.ratio, max: 0.25, unit: '×' },
    { label: 'obslint peak RSS ≤ 150 MB', value: (r) => r.obslint?.rssMB, max: 150, unit: ' MB' },
  ],
  legacy: [
    { label: 'obslint ≤ 0.25× promtool', value: (r) => r.ratio, max: 0.25, unit: '×' },
    { label: 'obslint peak RSS ≤ 150 MB', value: (r) => r.obslint?.rssMB, max: 150, unit: ' MB' },
  ],
};

const LINTER_RUNS = 3;
// A start-up figure is a few tens of milliseconds on a machine whose noise is as large: small
// runs (and Node's own start) are measured more often.
const SMALL_RUNS = 11;
const runsFor = (set) => (set.rules !== undefined && set.rules <= 1_000 ? SMALL_RUNS : LINTER_RUNS);

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: every file gets its own stream derived from (SEED, file index), so
// file 7 is byte-identical in every preset and on every machine.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  return {
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What the rules are about: services owned by teams.

const DOMAINS = [
  ['checkout', 'payments'], ['payments', 'payments'], ['billing', 'payments'], ['ledger', 'payments'],
  ['search', 'search'], ['catalog', 'search'], ['recommendations', 'search'],
  ['auth', 'identity'], ['users', 'identity'], ['sessions', 'identity'],
  ['orders', 'fulfilment'], ['inventory', 'fulfilment'], ['shipping', 'fulfilment'],
  ['notifications', 'messaging'], ['email', 'messaging'], ['gateway', 'platform'],
  ['media', 'storefront'], ['reports', 'data'],
];
const COMPONENTS = ['api', 'worker', 'frontend', 'consumer', 'scheduler'];
const SERVICES = DOMAINS.flatMap(([domain, team]) =>
  COMPONENTS.map((component) => service(`${domain}-${component}`, domain, team)),
);

function service(name, namespace, team) {
  const pascal = name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return { name, job: name, namespace, team, pascal, snake: name.replaceAll('-', '_') };
}

// `count` distinct services; past the pool size they get a numeric suffix to stay unique.
function pickServices(random, count) {
  const picked = [];
  for (let round = 0; picked.length < count; round++) {
    for (const s of random.shuffle(SERVICES)) {
      if (picked.length === count) break;
      picked.push(round === 0 ? s : service(`${s.name}-${round + 1}`, s.namespace, s.team));
    }
  }
  return picked;
}

// ---------------------------------------------------------------------------------------------
// Rule templates. An alert template returns { name, expr: string[] (lines), for, severity,
// summary, description, runbook }; a recording template returns { record, expr: string[] }.
// Annotations use Go templates that promtool really parses, so they must stay valid.

const ALERTS = [
  (s, r) => {
    const w = r.pick(['5m', '10m']);
    return {
      name: 'HighErrorRate',
      expr: [
        `sum by (job, instance) (rate(http_requests_total{job="${s.job}", code=~"5.."}[${w}]))`,
        '  /',
        `sum by (job, instance) (rate(http_requests_total{job="${s.job}"}[${w}]))`,
        `  > ${r.pick(['0.01', '0.02', '0.05'])}`,
      ],
      for: r.pick(['5m', '10m']),
      severity: 'critical',
      summary: `High 5xx error rate on {{ $labels.instance }}`,
      description: `{{ $labels.job }} on {{ $labels.instance }} answers {{ $value | humanizePercentage }} of requests with a 5xx status.`,
      runbook: 'high-error-rate',
    };
  },
  (s, r) => {
    const q = r.pick(['0.99', '0.95']);
    return {
      name: q === '0.99' ? 'HighLatencyP99' : 'HighLatencyP95',
      expr: [
        `histogram_quantile(${q},`,
        `  sum by (job, le) (rate(http_request_duration_seconds_bucket{job="${s.job}"}[5m]))`,
        `) > ${r.pick(['0.5', '1', '2.5'])}`,
      ],
      for: r.pick(['10m', '15m']),
      severity: 'warning',
      summary: `${s.name} p${q.slice(2)} latency is high`,
      description: `The p${q.slice(2)} latency of {{ $labels.job }} has been {{ $value | humanizeDuration }} for the last 10 minutes.`,
      runbook: 'high-latency',
    };
  },
  (s) => ({
    name: 'Absent',
    expr: [`absent(up{job="${s.job}"} == 1)`],
    for: '10m',
    severity: 'critical',
    summary: `${s.name} has disappeared from service discovery`,
    description: `No target of job ${s.job} has been scraped successfully for 10 minutes, so its alerts cannot fire either.`,
    runbook: 'absent',
  }),
  (s, r) => ({
    name: 'InstanceDown',
    expr: [`up{job="${s.job}"} == 0`],
    for: r.pick(['5m', '10m']),
    severity: 'warning',
    summary: `{{ $labels.instance }} of ${s.name} is down`,
    description: `{{ $labels.instance }} of job {{ $labels.job }} has been unreachable for more than 5 minutes.`,
    runbook: 'instance-down',
  }),
  (s, r) => ({
    name: 'HighMemoryUsage',
    expr: [
      `sum by (namespace, pod) (container_memory_working_set_bytes{namespace="${s.namespace}", container="${s.name}"})`,
      '  /',
      `sum by (namespace, pod) (kube_pod_container_resource_limits{namespace="${s.namespace}", container="${s.name}", resource="memory"})`,
      `  > ${r.pick(['0.85', '0.9'])}`,
    ],
    for: '15m',
    severity: 'warning',
    summary: `{{ $labels.pod }} is close to its memory limit`,
    description: `{{ $labels.namespace }}/{{ $labels.pod }} uses {{ $value | humanizePercentage }} of its memory limit and may be OOM-killed soon.`,
    runbook: 'high-memory-usage',
  }),
  (s) => ({
    name: 'CPUThrottlingHigh',
    expr: [
      `sum by (namespace, pod) (increase(container_cpu_cfs_throttled_periods_total{namespace="${s.namespace}", container="${s.name}"}[5m]))`,
      '  /',
      `sum by (namespace, pod) (increase(container_cpu_cfs_periods_total{namespace="${s.namespace}", container="${s.name}"}[5m]))`,
      '  > 0.25',
    ],
    for: '15m',
    severity: 'info',
    summary: `{{ $labels.pod }} is CPU throttled`,
    description: `{{ $value | humanizePercentage }} of CPU periods of {{ $labels.namespace }}/{{ $labels.pod }} were throttled in the last 5 minutes.`,
    runbook: 'cpu-throttling-high',
  }),
  (s, r) => {
    const hours = r.pick([4, 12, 24]);
    return {
      name: `DiskWillFillIn${hours}Hours`,
      expr: [
        `predict_linear(node_filesystem_avail_bytes{job="${s.job}", fstype!~"tmpfs|overlay"}[6h], ${hours} * 3600) < 0`,
        `  and node_filesystem_readonly{job="${s.job}"} == 0`,
      ],
      for: '30m',
      severity: hours === 4 ? 'critical' : 'warning',
      summary: `Disk {{ $labels.mountpoint }} on {{ $labels.instance }} fills up within ${hours} hours`,
      description: `Filesystem {{ $labels.device }} mounted on {{ $labels.mountpoint }} at {{ $labels.instance }} is predicted to run out of space within ${hours} hours.`,
      runbook: 'disk-will-fill',
    };
  },
  (s) => ({
    name: 'PodCrashLooping',
    expr: [`increase(kube_pod_container_status_restarts_total{namespace="${s.namespace}", container="${s.name}"}[15m]) > 3`],
    for: '5m',
    severity: 'warning',
    summary: `{{ $labels.pod }} is crash looping`,
    description: `Container {{ $labels.container }} in {{ $labels.namespace }}/{{ $labels.pod }} restarted {{ printf "%.0f" $value }} times in 15 minutes.`,
    runbook: 'pod-crash-looping',
  }),
  (s, r) => ({
    name: 'QueueBacklog',
    expr: [`sum by (job, queue) (queue_messages_ready{job="${s.job}"}) > ${r.pick(['1000', '5000', '20000'])}`],
    for: '20m',
    severity: 'warning',
    summary: `Queue {{ $labels.queue }} of ${s.name} is backing up`,
    description: `{{ $value | humanize }} messages are waiting in {{ $labels.queue }}; consumers of {{ $labels.job }} are not keeping up.`,
    runbook: 'queue-backlog',
  }),
  (s, r) => ({
    name: 'CertificateExpiresSoon',
    expr: [`(probe_ssl_earliest_cert_expiry{job="blackbox", service="${s.name}"} - time()) / 86400 < ${r.pick(['14', '21', '30'])}`],
    for: '1h',
    severity: 'warning',
    summary: `TLS certificate of {{ $labels.instance }} expires soon`,
    description: `The certificate served by {{ $labels.instance }} expires in {{ printf "%.1f" $value }} days; renew it before clients start failing.`,
    runbook: 'certificate-expiry',
  }),
  (s) => ({
    name: 'ErrorBudgetBurn',
    expr: [
      '(',
      `  sum(rate(http_requests_total{job="${s.job}", code=~"5.."}[1h]))`,
      `    / sum(rate(http_requests_total{job="${s.job}"}[1h])) > (14.4 * 0.001)`,
      ')',
      'and',
      '(',
      `  sum(rate(http_requests_total{job="${s.job}", code=~"5.."}[5m]))`,
      `    / sum(rate(http_requests_total{job="${s.job}"}[5m])) > (14.4 * 0.001)`,
      ')',
    ],
    for: '2m',
    severity: 'critical',
    summary: `${s.name} is burning its error budget fast`,
    description: `At the current error rate the 30-day error budget of ${s.name} is gone in less than two days.`,
    runbook: 'error-budget-burn',
  }),
  (s) => ({
    name: 'ReplicasMismatch',
    expr: [
      `kube_deployment_spec_replicas{namespace="${s.namespace}", deployment="${s.name}"}`,
      '  !=',
      `kube_deployment_status_replicas_available{namespace="${s.namespace}", deployment="${s.name}"}`,
    ],
    for: '15m',
    severity: 'warning',
    summary: `Deployment {{ $labels.deployment }} has unavailable replicas`,
    description: `{{ $labels.namespace }}/{{ $labels.deployment }} has not matched its desired number of replicas for 15 minutes.`,
    runbook: 'replicas-mismatch',
  }),
  (s, r) => ({
    name: 'GRPCSlowCalls',
    expr: [
      'histogram_quantile(0.99,',
      `  sum by (grpc_service, grpc_method, le) (rate(grpc_server_handling_seconds_bucket{job="${s.job}", grpc_type="unary"}[5m]))`,
      `) > ${r.pick(['0.25', '0.5', '1'])}`,
    ],
    for: '10m',
    severity: 'warning',
    summary: `Slow gRPC calls to {{ $labels.grpc_service }}/{{ $labels.grpc_method }}`,
    description: `99th percentile of {{ $labels.grpc_method }} on ${s.name} is {{ $value | humanizeDuration }}.`,
    runbook: 'grpc-slow-calls',
  }),
  (s, r) => ({
    name: 'ConnectionPoolSaturated',
    expr: [
      `max by (job, instance, pool) (db_pool_connections_in_use{job="${s.job}"} / db_pool_connections_max{job="${s.job}"})`,
      `  > ${r.pick(['0.8', '0.9'])}`,
    ],
    for: '10m',
    severity: 'warning',
    summary: `Database pool {{ $labels.pool }} on {{ $labels.instance }} is saturated`,
    description: `{{ $labels.instance }} uses {{ $value | humanizePercentage }} of connection pool {{ $labels.pool }}; requests will queue.`,
    runbook: 'connection-pool-saturated',
  }),
];

const RECORDINGS = [
  (s) => ({ record: 'job:http_requests:rate5m', expr: [`sum by (job) (rate(http_requests_total{job="${s.job}"}[5m]))`] }),
  (s) => ({ record: 'job:http_requests_errors:rate5m', expr: [`sum by (job) (rate(http_requests_total{job="${s.job}", code=~"5.."}[5m]))`] }),
  (s) => ({
    record: 'job:http_request_duration_seconds:p99_5m',
    expr: ['histogram_quantile(0.99,', `  sum by (job, le) (rate(http_request_duration_seconds_bucket{job="${s.job}"}[5m]))`, ')'],
  }),
  (s) => ({
    record: 'job:http_requests:error_ratio_rate5m',
    expr: [`sum by (job) (rate(http_requests_total{job="${s.job}", code=~"5.."}[5m]))`, '  /', `sum by (job) (rate(http_requests_total{job="${s.job}"}[5m]))`],
  }),
  (s) => ({ record: 'job:up:avg', expr: [`avg by (job) (up{job="${s.job}"})`] }),
  (s) => ({
    record: 'namespace_pod:container_cpu_usage_seconds:rate5m',
    expr: [`sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{namespace="${s.namespace}", container="${s.name}"}[5m]))`],
  }),
  (s) => ({
    record: 'namespace_pod:container_memory_working_set_bytes:max',
    expr: [`max by (namespace, pod) (container_memory_working_set_bytes{namespace="${s.namespace}", container="${s.name}"})`],
  }),
];

const ALERT_SHARE = 0.8;
const MISSING = { missingTeam: 0.05, missingRunbook: 0.05 };
const RULES_PER_GROUP = 10;

// One group's rules: ~80% alerts. Templates are drawn without replacement so names stay unique
// in the group; the service name prefix keeps them unique across the groups of a file.
function buildGroup(random, s, size, tally, missing) {
  const alerts = random.shuffle(ALERTS);
  const recordings = random.shuffle(RECORDINGS);
  const rules = [];
  for (let i = 0; i < size; i++) {
    const wantAlert = random.chance(ALERT_SHARE);
    if ((wantAlert && alerts.length) || !recordings.length) {
      if (!alerts.length) throw new Error(`a group holds at most ${ALERTS.length + RECORDINGS.length} rules`);
      rules.push(buildAlert(random, s, alerts.pop(), tally, missing));
    } else {
      const rule = recordings.pop()(s, random);
      // The record name is shared by every service; the label keeps (name, labels) unique.
      rules.push({ ...rule, labels: { service: s.name } });
      tally.recordings++;
    }
  }
  return rules;
}

function buildAlert(random, s, template, tally, missing) {
  const t = template(s, random);
  const labels = { severity: t.severity };
  if (random.chance(1 - missing.missingTeam)) labels.team = s.team;
  else tally.withoutTeam++;
  if (random.chance(0.2)) labels.component = s.name.split('-').at(-1);
  const annotations = { summary: t.summary, description: t.description };
  if (random.chance(1 - missing.missingRunbook)) {
    // Not example.org: obslint rightly reports RFC 2606 example hosts as placeholder runbooks.
    annotations.runbook_url = `https://runbooks.acme.internal/${s.name}/${t.runbook}`;
  } else tally.withoutRunbook++;
  if (random.chance(0.1)) {
    annotations.dashboard = `https://grafana.acme.internal/d/${s.snake}/${s.name}-overview?var-job=${s.job}`;
  }
  tally.alerts++;
  return { alert: s.pascal + t.name, expr: t.expr, for: t.for, labels, annotations };
}

// ---------------------------------------------------------------------------------------------
// Rendering. Two styles seen in real repositories: hand-written (alert/record first, indented
// sequences, quoted annotations) and jsonnet-rendered (std.manifestYamlDoc: keys sorted, so
// `expr` comes before `record`; keys and values quoted; sequences not indented).

function renderFile(random, fileIndex, rulesPerFile, tally, missing) {
  const style = random.chance(0.3) ? jsonnetStyle : handStyle;
  const groupCount = Math.max(1, Math.ceil(rulesPerFile / RULES_PER_GROUP));
  const services = pickServices(random, groupCount);
  const groups = services.map((s, g) => {
    const size = Math.min(RULES_PER_GROUP, rulesPerFile - g * RULES_PER_GROUP);
    return { name: `${s.name}.rules`, interval: random.chance(0.2) ? '1m' : undefined, rules: buildGroup(random, s, size, tally, missing) };
  });
  const header = `# Generated by obslint bench/run.mjs (file ${fileIndex}); do not edit.\n`;
  return header + style(groups);
}

const q = (text) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar

// A plain scalar is fine unless it starts with an indicator or holds ': ' / ' #'.
const plain = (text) => (/^[\w(]/.test(text) && !/: | #/.test(text) ? text : q(text));

// Multi-line expressions become `|` block scalars, as people (and jsonnet) write them.
function exprLines(key, lines, indent, scalar) {
  const pad = ' '.repeat(indent);
  if (lines.length === 1) return [`${pad}${key}: ${scalar(lines[0])}`];
  return [`${pad}${key}: |`, ...lines.map((line) => `${pad}  ${line}`)];
}

function mapLines(map, indent, key, value) {
  const pad = ' '.repeat(indent);
  return Object.entries(map).map(([k, v]) => `${pad}${key(k)}: ${value(v, k)}`);
}

function handStyle(groups) {
  const same = (k) => k;
  // Templates like `{{ $labels.x }}` would start a flow mapping: quote annotations, not URLs.
  const annotation = (v, k) => (/^https?:/.test(v) ? v : q(v));
  const out = ['groups:'];
  for (const g of groups) {
    out.push(`  - name: ${g.name}`);
    if (g.interval) out.push(`    interval: ${g.interval}`);
    out.push('    rules:');
    for (const rule of g.rules) {
      out.push(rule.alert ? `      - alert: ${rule.alert}` : `      - record: ${rule.record}`);
      out.push(...exprLines('expr', rule.expr, 8, plain));
      if (rule.for) out.push(`        for: ${rule.for}`);
      out.push('        labels:', ...mapLines(rule.labels, 10, same, plain));
      if (rule.annotations) out.push('        annotations:', ...mapLines(rule.annotations, 10, same, annotation));
    }
  }
  return out.join('\n') + '\n';
}

function jsonnetStyle(groups) {
  const sorted = (map) => Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
  const out = ['"groups":'];
  for (const g of groups) {
    // manifestYamlDoc sorts keys: interval, name, rules.
    const head = g.interval ? [['interval', g.interval], ['name', g.name]] : [['name', g.name]];
    head.forEach(([key, value], i) => out.push(`${i ? '  ' : '- '}${q(key)}: ${q(value)}`));
    out.push('  "rules":');
    for (const rule of g.rules) {
      const fields = rule.alert
        ? { alert: rule.alert, annotations: rule.annotations, expr: rule.expr, for: rule.for, labels: rule.labels }
        : { expr: rule.expr, labels: rule.labels, record: rule.record };
      Object.entries(fields).forEach(([key, value], i) => {
        const lead = i === 0 ? '  - ' : '    ';
        if (key === 'expr') {
          const [line, ...rest] = exprLines(q(key), value, 4, q);
          out.push(lead + line.trimStart(), ...rest);
        } else if (typeof value === 'object') {
          out.push(`${lead}${q(key)}:`, ...mapLines(sorted(value), 6, q, q));
        } else {
          out.push(`${lead}${q(key)}: ${q(value)}`);
        }
      });
    }
  }
  return out.join('\n') + '\n';
}

// Writes the files of one preset; returns the paths and what was generated.
function generate(name, files, rulesPerFile, options = {}) {
  const missing = { ...MISSING, ...options };
  const dir = path.join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  const tally = { alerts: 0, recordings: 0, withoutTeam: 0, withoutRunbook: 0, bytes: 0 };
  const paths = [];
  for (let i = 0; i < files; i++) {
    const random = makeRandom(SEED ^ Math.imul(i + 1, 0x9e3779b1));
    // Shards of 100 files, like a monorepo with one folder per area.
    const shard = path.join(dir, `area-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    if (i % 100 === 0) mkdirSync(shard, { recursive: true });
    const text = renderFile(random, i, rulesPerFile, tally, missing);
    const file = path.join(shard, `service-${String(i).padStart(4, '0')}.rules.${i % 5 === 4 ? 'yaml' : 'yml'}`);
    writeFileSync(file, text);
    tally.bytes += Buffer.byteLength(text);
    paths.push(file);
  }
  if (options.extras) for (const [file, text] of Object.entries(EXTRAS)) writeFileSync(path.join(dir, file), text);
  return { dir, paths, ...tally, rules: tally.alerts + tally.recordings };
}

// What sits beside rule files in a real repository and no kind claims: a Grafana dashboard
// (pretty-printed JSON, ~40 KB), a deployment, a values file.
const EXTRAS = {
  'dashboard.json': `${JSON.stringify(
    {
      title: 'Service overview',
      panels: Array.from({ length: 60 }, (_, i) => ({
        id: i + 1,
        type: 'timeseries',
        title: `Panel ${i + 1}`,
        gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
        targets: [{ expr: `sum by (job) (rate(http_requests_total{job="svc-${i}"}[5m]))`, refId: 'A' }],
        fieldConfig: { defaults: { unit: 'reqps', thresholds: { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'red', value: 80 }] } } },
      })),
    },
    null,
    2,
  )}\n`,
  'deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.2.3\n',
  'values.yaml': 'replicaCount: 2\nimage:\n  repository: acme/api\n  tag: 1.2.3\nresources:\n  limits:\n    cpu: 500m\n',
};

// ---------------------------------------------------------------------------------------------
// Measuring a child process: wall time around it, peak RSS from GNU time (the kernel's
// ru_maxrss of the child) or, without it, from VmHWM in /proc polled every 20 ms.

let measureCount = 0;

async function measure(command, args, cwd = ROOT, env = {}) {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `obslint-bench-${process.pid}-${measureCount++}.time`);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const stopPolling = useTime ? undefined : pollPeakRss(child.pid);
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve(signal ? `signal ${signal}` : status));
  });
  const wallMs = performance.now() - start;
  const peakRssBytes = useTime ? readGnuTime(timeFile) : stopPolling();
  return { code, wallMs, peakRssBytes, stdout: await stdout, stderr: await stderr };
}

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// GNU time writes "Command exited with non-zero status 1" before the format line: take the
// last line that is a number (KiB).
function readGnuTime(file) {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const kib = lines.reverse().find((line) => /^\d+$/.test(line.trim()));
    return kib ? Number(kib) * 1024 : undefined;
  } catch {
    return undefined; // time could not run the command
  } finally {
    rmSync(file, { force: true });
  }
}

function pollPeakRss(pid) {
  let peak;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak ?? 0, Number(match[1]) * 1024);
    } catch {
      // The process has exited (or there is no /proc): keep the last reading.
    }
  };
  read();
  const timer = setInterval(read, 20);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// ---------------------------------------------------------------------------------------------
// The two tools.

/** How long Node itself takes to start and exit here: the floor under any CLI written for it. */
async function nodeStart() {
  const runs = [];
  for (let i = 0; i < SMALL_RUNS; i++) runs.push((await measure(process.execPath, ['-e', ''])).wallMs);
  return median(runs) / 1000;
}

/**
 * The CLI keeps a code cache of the program (see src/cli-launcher.ts): the benchmark gives it a
 * folder of its own, emptied at start, so the first run of a benchmark is a first run on a new
 * machine and the next ones are as a user's later runs.
 */
const COMPILE_CACHE = path.join(OUT, 'compile-cache');
const WITH_CACHE = { OBSLINT_COMPILE_CACHE: COMPILE_CACHE };

async function runObslint(set, cwd = ROOT) {
  const runs = [];
  const args = [CLI, path.relative(cwd, set.dir) || '.', '--format', 'json', '--fail-on', 'never', '--stats'];
  for (let i = 0; i < runsFor(set); i++) {
    const run = await measure(process.execPath, args, cwd, WITH_CACHE);
    if (run.code !== 0 && run.code !== 1) {
      throw new Error(`obslint exited with ${run.code}:\n${tail(run.stderr)}`);
    }
    runs.push(run);
  }
  const last = runs.at(-1);
  const stats = parseStats(last.stderr);
  const rss = Math.max(...runs.map((r) => r.peakRssBytes ?? stats?.peakRssBytes ?? 0));
  // What a run costs with nothing cached (a CI runner's first run, or the first after an upgrade).
  const cold = await measure(process.execPath, args, cwd, { NODE_DISABLE_COMPILE_CACHE: '1' });
  return {
    wallS: median(runs.map((r) => r.wallMs)) / 1000,
    coldWallS: cold.wallMs / 1000,
    rssMB: rss ? rss / 1e6 : undefined,
    stats,
    findings: stats?.findings ?? countFindings(last.stdout),
    stdoutBytes: last.stdout.length,
    stderr: last.stderr,
  };
}

// The `--stats` line: the last stderr line that is a JSON object with peakRssBytes.
function parseStats(stderr) {
  for (const line of stderr.trim().split('\n').reverse()) {
    if (!line.startsWith('{')) continue;
    try {
      const value = JSON.parse(line);
      if (typeof value.peakRssBytes === 'number') return value;
    } catch {
      // not the stats line
    }
  }
  return undefined;
}

function countFindings(stdout) {
  try {
    return JSON.parse(stdout).findings?.length;
  } catch {
    return undefined;
  }
}

async function runPromtool(set, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const run = await measure('promtool', ['check', 'rules', ...set.paths]);
    if (run.code !== 0) throw new Error(`promtool check rules failed (${run.code}):\n${tail(run.stdout + run.stderr)}`);
    if (/duplicate/i.test(run.stdout + run.stderr)) log(`  warning: promtool reports duplicate rules in ${set.dir}`);
    results.push(run);
  }
  return { wallS: median(results.map((r) => r.wallMs)) / 1000, rssMB: Math.max(...results.map((r) => r.peakRssBytes ?? 0)) / 1e6 };
}

const tail = (text) => text.trim().split('\n').slice(-15).join('\n');
const log = (line) => process.stderr.write(line + '\n');

function hasPromtool() {
  return spawnSync('promtool', ['--version'], { stdio: 'ignore' }).status === 0;
}

// ---------------------------------------------------------------------------------------------
// Report.

function machineLine() {
  const cpus = os.cpus();
  return `Machine: ${cpus.length} cores, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function table(results) {
  const fmt = (value, digits) => (value === undefined ? '—' : value.toFixed(digits));
  const rows = results.map((r) =>
    `| ${r.name} | ${r.files} | ${r.rules} | ${fmt(r.bytes / 1e6, 1)} | ${fmt(r.obslint?.wallS, 3)} | ${fmt(r.obslint?.coldWallS, 3)} | ${fmt(r.obslint?.rssMB, 0)} | ${fmt(r.promtool?.wallS, 3)} | ${r.ratio === undefined ? '—' : fmt(r.ratio, 2) + '×'} |`,
  );
  return [
    '| preset | files | rules | size (MB) | obslint wall (s) | no compile cache (s) | obslint peak RSS (MB) | promtool wall (s) | ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function targetLines(results) {
  const lines = [];
  for (const r of results) {
    for (const t of TARGETS[r.name] ?? []) {
      const value = t.value(r);
      const verdict = value === undefined ? '❔ not measured' : `${value.toFixed(2)}${t.unit} ${value <= t.max ? '✅' : '❌'}`;
      lines.push(`- ${r.name}: ${t.label} — ${verdict}`);
    }
  }
  return lines.length ? ['Targets:', ...lines].join('\n') : '';
}

// ---------------------------------------------------------------------------------------------
// Corpus: real files of every kind, so speed can be given for each, not only Prometheus rules.

/**
 * The program a user would check a folder of this kind with, when it is installed: one call
 * for all the folder's files (both take several). Exit codes are not checked: the corpus holds
 * files these old versions refuse, or that are not theirs (Kubernetes objects that wrap one).
 */
const CORPUS_REFERENCES = {
  'prometheus-rules': { command: 'promtool', args: ['check', 'rules'] },
  alertmanager: { command: 'amtool', args: ['check-config'] },
};

async function benchmarkCorpus(options) {
  const kinds = readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const rows = [];
  for (const kind of [...kinds, '(all)']) {
    const dir = kind === '(all)' ? CORPUS : path.join(CORPUS, kind);
    const files = kind === '(all)' ? kinds.flatMap((k) => filesIn(path.join(CORPUS, k))) : filesIn(dir);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    log(`\n## corpus ${kind}: ${files.length} files, ${(bytes / 1e3).toFixed(0)} kB; obslint × ${LINTER_RUNS} ...`);
    // From inside the folder, as a user would lint their own repository: `obslint .`
    const obslint = await runObslint({ dir }, dir);
    log(`  obslint: ${obslint.wallS.toFixed(3)} s median, peak RSS ${obslint.rssMB?.toFixed(0) ?? '?'} MB, ` +
      `${obslint.stats?.files ?? '?'} of ${obslint.stats?.filesScanned ?? '?'} files linted, ${obslint.findings ?? '?'} findings`);
    const row = { kind, files: files.length, bytes, obslint };
    const reference = CORPUS_REFERENCES[kind];
    if (reference && options.promtool && hasCommand(reference.command)) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await measure(reference.command, [...reference.args, ...files], dir));
      row.reference = { name: `${reference.command} ${reference.args.join(' ')}`, wallS: median(runs.map((r) => r.wallMs)) / 1000, code: runs[0].code };
      log(`  ${row.reference.name}: ${row.reference.wallS.toFixed(3)} s median (exit ${row.reference.code})`);
    } else if (reference) {
      log(`  ${reference.command} not run (${options.promtool ? 'not installed' : '--no-promtool'})`);
    }
    rows.push(row);
  }
  return rows;
}

/** Every file in a folder, recursively: what obslint is pointed at, whether or not a kind claims it. */
function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

function hasCommand(command) {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

function corpusTable(rows) {
  const fmt = (value, digits) => (value === undefined ? '—' : value.toFixed(digits));
  const lines = rows.map((r) => {
    const ratio = r.reference ? `${fmt(r.obslint.wallS / r.reference.wallS, 2)}×` : '—';
    return `| ${r.kind} | ${r.files} | ${r.obslint.stats?.files ?? '—'} | ${fmt(r.bytes / 1e3, 0)} | ${r.obslint.findings ?? '—'} | ` +
      `${fmt(r.obslint.wallS, 3)} | ${fmt(r.obslint.rssMB, 0)} | ${r.reference ? `${r.reference.name}: ${fmt(r.reference.wallS, 3)}` : '—'} | ${ratio} |`;
  });
  return [
    `Corpus (${path.relative(ROOT, CORPUS)}, obslint run inside each folder as \`obslint .\`):`,
    '',
    '| kind | files | files linted | size (kB) | findings | obslint wall (s) | obslint peak RSS (MB) | reference wall (s) | ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|',
    ...lines,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main.

function parseOptions() {
  const { values } = parseArgs({
    options: {
      files: { type: 'string' },
      rules: { type: 'string' },
      preset: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-promtool': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: node bench/run.mjs [--files N] [--rules M] [--preset small|repo|medium|large|legacy|corpus|all] [--keep] [--no-promtool]');
    process.exit(0);
  }
  const count = (flag, fallback) => {
    if (values[flag] === undefined) return fallback;
    const n = Number(values[flag]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} must be a positive integer`);
    return n;
  };
  let sets;
  if (values.files !== undefined || values.rules !== undefined) {
    if (values.preset) throw new Error('use either --preset or --files/--rules, not both');
    sets = [{ name: 'custom', files: count('files', 1), rules: count('rules', 100) }];
  } else {
    const preset = values.preset ?? 'all';
    if (preset !== 'all' && preset !== 'corpus' && !PRESETS[preset]) throw new Error(`unknown preset ${preset}: use ${[...Object.keys(PRESETS), 'corpus'].join(', ')} or all`);
    const names = preset === 'all' ? Object.keys(PRESETS) : preset === 'corpus' ? [] : [preset];
    sets = names.map((name) => ({ name, ...PRESETS[name] }));
  }
  const corpus = values.preset === 'corpus' || (values.preset ?? 'all') === 'all' && values.files === undefined && values.rules === undefined;
  return { sets, corpus, keep: values.keep, promtool: !values['no-promtool'] };
}

async function benchmark(set, { keep, promtool, linter }) {
  log(`\n## ${set.name}: generating ${set.files} file(s) × ${set.rules} rules`);
  const generated = generate(set.name, set.files, set.rules, set);
  log(`  ${generated.rules} rules (${generated.alerts} alerts, ${generated.recordings} recording), ` +
    `${(generated.bytes / 1e6).toFixed(1)} MB, ${Math.round(generated.bytes / generated.rules)} bytes/rule; ` +
    `${generated.withoutTeam} alerts without team, ${generated.withoutRunbook} without runbook_url`);
  const result = { name: set.name, files: set.files, rules: generated.rules, bytes: generated.bytes };
  if (set.extras) {
    result.nodeStartS = await nodeStart();
    log(`  node alone (\`node -e ""\`): ${result.nodeStartS.toFixed(3)} s median`);
  }
  try {
    if (linter) {
      log(`  obslint × ${runsFor(generated)} ...`);
      result.obslint = await runObslint(generated);
      reportObslint(result.obslint, generated);
    }
    if (promtool) {
      const runs = set.name === 'large' ? 1 : 3;
      log(`  promtool check rules × ${runs} ...`);
      result.promtool = await runPromtool(generated, runs);
      log(`  promtool: ${result.promtool.wallS.toFixed(3)} s, peak RSS ${result.promtool.rssMB.toFixed(0)} MB`);
    }
  } finally {
    if (!keep) rmSync(generated.dir, { recursive: true, force: true });
  }
  if (result.obslint && result.promtool) result.ratio = result.obslint.wallS / result.promtool.wallS;
  return result;
}

// Sanity checks: a fast linter that skipped the files would look great in the table.
function reportObslint(o, generated) {
  log(`  obslint: ${o.wallS.toFixed(3)} s median (${o.coldWallS.toFixed(3)} s with no compile cache), peak RSS ${o.rssMB?.toFixed(0) ?? '?'} MB, ${o.findings ?? '?'} findings` +
    (o.stats ? `, self-reported peak RSS ${(o.stats.peakRssBytes / 1e6).toFixed(0)} MB` : ' (no --stats line on stderr)'));
  if (o.findings === undefined) {
    log(`  warning: no --stats line and no {"findings":[...]} JSON on stdout (${o.stdoutBytes} bytes); stderr ends:\n${tail(o.stderr)}`);
  }
  if (o.stats && o.stats.rules !== generated.rules) {
    log(`  warning: obslint saw ${o.stats.rules} rules, ${generated.rules} were generated`);
  }
  const expected = generated.withoutTeam + generated.withoutRunbook;
  if (o.findings !== undefined && o.findings < expected) {
    log(`  warning: ${o.findings} findings, but ${expected} alerts lack a team or a runbook_url`);
  }
}

async function main() {
  const options = parseOptions();
  rmSync(COMPILE_CACHE, { recursive: true, force: true });
  options.linter = existsSync(CLI);
  if (!options.linter) {
    log(`obslint is not built: ${path.relative(ROOT, CLI)} is missing — run \`npm run build\` first. Timing promtool only.`);
  }
  if (options.promtool && !hasPromtool()) {
    log('promtool is not on PATH: skipping the comparison (scripts/install-reference-tools.sh installs it).');
    options.promtool = false;
  }
  const results = [];
  for (const set of options.sets) results.push(await benchmark(set, options));
  let corpus;
  if (options.corpus && options.linter) {
    if (existsSync(CORPUS)) corpus = await benchmarkCorpus(options);
    else log(`\n## corpus: ${path.relative(ROOT, CORPUS)} is not here, skipped (it sits beside the repository in development only)`);
  }

  const sections = [machineLine()];
  if (results.length > 0) sections.push(table(results), targetLines(results));
  if (corpus) sections.push(corpusTable(corpus));
  const report = sections.join('\n\n').trimEnd() + '\n';
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'results.md'), report);
  process.stdout.write('\n' + report);
  // Missing build is an error (nothing was benchmarked); a missed target is a result, not a failure.
  if (!options.linter) process.exitCode = 1;
}

main().catch((error) => {
  log(`bench failed: ${error.message}`);
  process.exitCode = 2;
});
