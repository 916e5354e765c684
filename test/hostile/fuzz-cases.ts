import fc from 'fast-check';

/**
 * Fuzzed repositories: real-looking files of several kinds, made from small templates and then
 * broken by byte, line and token operations. Kept apart from the test so the long run
 * (scripts/fuzz.mjs) and the suite fuzz with the very same generators.
 */

export interface FuzzFile {
  name: string;
  bytes: Buffer;
}

const word = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
const duration = fc.constantFrom('5m', '1h', '30s', '0s', '1d', '-5m', '5x', '');
const number = fc.constantFrom('0', '1', '0.5', '1e308', '-1', '9223372036854775808', 'NaN', '"1"');
const expr = fc.constantFrom(
  'up == 0',
  'rate(http_requests_total{job="api"}[5m]) > 1',
  'sum by (le) (rate(x_bucket[5m]))',
  'histogram_quantile(0.9, sum by (le) (rate(x_bucket[5m]))) > 1',
  'absent(up{job="a"})',
  'up{a=~"(a|b"}',
  'up offset -5m',
  'max_over_time(up[1h:5m])',
  '{__name__="up"}',
  'rat(up)',
);
const template = fc.constantFrom('{{ $labels.job }} is down', '{{ $value | humanize }}', '{{ if gt $value 1.0 }}high{{ end }}', '{{ template "x" }}', '{{ .Labels.x', 'plain');
const runbook = fc.constantFrom('https://runbooks.example/a', 'docs/runbook.md', '../../etc/passwd', 'ftp://x', '', 'runbooks/#anchor');
const severity = fc.constantFrom('critical', 'warning', 'info', 'page', '');

const prometheusRules = fc
  .record({ group: word, alert: word, record: word, expr, expr2: expr, for: duration, severity, team: word, summary: template, runbook })
  .map((v) => ({
    name: `rules/${v.group}.yml`,
    text: `groups:
- name: ${v.group}
  interval: 1m
  rules:
  - alert: ${v.alert}
    expr: ${v.expr}
    for: ${v.for}
    labels:
      severity: ${v.severity}
      team: ${v.team}
    annotations:
      summary: "${v.summary}"
      runbook_url: ${v.runbook}
  - record: ${v.record}:rate5m
    expr: ${v.expr2}
`,
  }));

const prometheusRule = fc.record({ name: word, alert: word, expr, severity, runbook }).map((v) => ({
  name: `k8s/${v.name}.yaml`,
  text: `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: ${v.name}
  labels: {release: prometheus}
spec:
  groups:
  - name: ${v.name}.rules
    rules:
    - alert: ${v.alert}
      expr: ${v.expr}
      labels: {severity: ${v.severity}, team: platform}
      annotations:
        runbook_url: ${v.runbook}
`,
}));

const alertmanager = fc.record({ receiver: word, other: word, label: word, value: word, wait: duration }).map((v) => ({
  name: 'alertmanager/alertmanager.yml',
  text: `global:
  resolve_timeout: 5m
route:
  receiver: ${v.receiver}
  group_by: [alertname, ${v.label}]
  group_wait: ${v.wait}
  routes:
  - matchers: ['${v.label}="${v.value}"', 'severity=~"crit.*"']
    receiver: ${v.other}
    continue: true
receivers:
- name: ${v.receiver}
- name: ${v.other}
  slack_configs:
  - api_url: https://hooks.slack.example/x
    channel: '#${v.value}'
inhibit_rules:
- source_matchers: [severity="critical"]
  target_matchers: [severity="warning"]
  equal: [alertname]
`,
}));

const collector = fc.record({ id: word, limit: number, interval: duration }).map((v) => ({
  name: 'otel/collector.yaml',
  text: `receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
processors:
  batch: {}
  memory_limiter:
    check_interval: ${v.interval}
    limit_mib: ${v.limit}
exporters:
  otlphttp/${v.id}:
    endpoint: https://collector.example:4318
  debug: {}
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [memory_limiter, batch]
      exporters: [otlphttp/${v.id}]
`,
}));

const vector = fc.record({ source: word, transform: word, sink: word, events: number }).map((v) => ({
  name: 'vector/vector.toml',
  text: `data_dir = "/var/lib/vector"

[sources.${v.source}]
type = "file"
include = ["/var/log/*.log"]

[transforms.${v.transform}]
inputs = ["${v.source}"]
type = "remap"
source = """
.x = 1
"""

[sinks.${v.sink}]
inputs = ["${v.transform}"]
type = "console"
encoding.codec = "json"
buffer = { type = "memory", max_events = ${v.events} }
`,
}));

const datadog = fc.record({ name: word, team: word, threshold: number, priority: fc.constantFrom('1', '5', 'null', '"P1"') }).map((v) => ({
  name: 'datadog/monitors.json',
  text: `[
  {
    "name": "${v.name} is slow",
    "type": "query alert",
    "query": "avg(last_5m):avg:system.load.1{env:prod} > ${v.threshold}",
    "message": "Load is high. @team-${v.team} runbook: https://runbooks.example/${v.name}",
    "tags": ["team:${v.team}", "env:prod"],
    "priority": ${v.priority},
    "options": { "thresholds": { "critical": ${v.threshold} } }
  }
]
`,
}));

/** Bytes and snippets that break parsers, line counting and output escaping. */
const SNIPPETS: Buffer[] = [
  ...['\0', '\r', '\r\n', '\t', '\x1b[2J', '\ufeff', '\u202e', '\u2028', '\u0085'],
  ...['"', "'", '`', '{', '}', '[', ']', '(', ')', '- ', ': ', ', ', '&a ', '*a', '<<: *a', '!!binary ', '? ', '| ', '> '],
  ...['{{', '}}', '{{ end }}', '$labels', '=~"', '\\u', '\\', '#', '---\n', '...\n', '%YAML 1.1\n', '\n  ', '::error::x'],
  ...['[[sinks.x]]\n', '= ', '"""', '0x', '1e9999', 'groups:', 'receivers:', 'route:', 'apiVersion: v1\n'],
].map((s) => Buffer.from(s, 'utf8'));
// Invalid UTF-8: a lone continuation byte, a UTF-16 byte-order mark, an encoded surrogate half.
SNIPPETS.push(Buffer.from([0xff]), Buffer.from([0xfe, 0xff]), Buffer.from([0xed, 0xa0, 0x80]));

type Mutation =
  | { op: 'insert'; at: number; snippet: number }
  | { op: 'byte'; at: number; value: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'line'; kind: 'duplicate' | 'delete' | 'swap' | 'indent' | 'dedent' | 'join'; line: number; other: number }
  | { op: 'token'; token: number; snippet: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), snippet: fc.nat(SNIPPETS.length - 1) }),
  fc.record({ op: fc.constant('byte' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), to: fc.nat() }),
  fc.record({ op: fc.constant('line' as const), kind: fc.constantFrom('duplicate', 'delete', 'swap', 'indent', 'dedent', 'join'), line: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('token' as const), token: fc.nat(), snippet: fc.nat(SNIPPETS.length - 1) }),
);

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = bytes.length === 0 ? 0 : ('at' in m ? m.at : 0) % (bytes.length + 1);
  switch (m.op) {
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), SNIPPETS[m.snippet], bytes.subarray(at)]);
    case 'byte':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([m.value]), bytes.subarray(at + 1)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    case 'duplicate': {
      const to = m.to % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, to), bytes.subarray(at, at + m.length), bytes.subarray(to)]);
    }
    case 'line':
      return mutateLines(bytes, m.kind, m.line, m.other);
    case 'token': {
      // Tokens: runs of word characters, or single other characters, found on the bytes as latin1 so offsets stay byte offsets.
      const text = bytes.toString('latin1');
      const tokens = [...text.matchAll(/[A-Za-z0-9_.]+|[^\sA-Za-z0-9_.]/g)];
      if (tokens.length === 0) return bytes;
      const token = tokens[m.token % tokens.length];
      const start = token.index;
      return Buffer.concat([bytes.subarray(0, start), SNIPPETS[m.snippet], bytes.subarray(start + token[0].length)]);
    }
  }
}

function mutateLines(bytes: Buffer, kind: Extract<Mutation, { op: 'line' }>['kind'], line: number, other: number): Buffer {
  const lines = bytes.toString('latin1').split('\n');
  const i = line % lines.length;
  const j = other % lines.length;
  switch (kind) {
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      break;
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'swap':
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    case 'indent':
      lines[i] = ' '.repeat((other % 7) + 1) + lines[i];
      break;
    case 'dedent':
      lines[i] = lines[i].replace(/^ {1,4}/, '');
      break;
    case 'join':
      if (i + 1 < lines.length) lines.splice(i, 2, `${lines[i]} ${lines[i + 1]}`);
      break;
  }
  return Buffer.from(lines.join('\n'), 'latin1');
}

const KINDS = [prometheusRules, prometheusRule, alertmanager, collector, vector, datadog];

/** One file of some kind, with up to eight mutations (none, sometimes: valid files must not crash either). */
const fuzzFile: fc.Arbitrary<FuzzFile> = fc
  .tuple(fc.oneof(...KINDS), fc.array(mutation, { maxLength: 8 }))
  .map(([file, mutations]) => {
    const bytes = mutations.reduce(mutate, Buffer.from(file.text, 'utf8'));
    // A counterexample shows the file's text, not a list of byte values.
    return { name: file.name, bytes, [fc.toStringMethod]: () => `${file.name}: ${JSON.stringify(bytes.toString('latin1'))}` };
  });

/** A repository of one to three files with distinct names. */
export const fuzzRepo: fc.Arbitrary<FuzzFile[]> = fc.uniqueArray(fuzzFile, { minLength: 1, maxLength: 3, selector: (f) => f.name });
