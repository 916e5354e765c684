import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { scratchRepo, yaml } from '../rule-tester.js';

/**
 * alert-routing looks across files (alerts in rule files, the routing tree in the Alertmanager
 * config), so its cases are small repositories linted whole. The routing tree follows
 * Alertmanager's documented example (docs/configuration.md, "Example").
 */
const ALERTMANAGER = yaml`
  route:
    receiver: default-receiver
    group_by: [cluster, alertname]
    routes:
      - receiver: database-pager
        group_wait: 10s
        matchers: [service=~"mysql|cassandra"]
      - receiver: frontend-pager
        group_by: [product, environment]
        matchers: [team="frontend"]
      - receiver: dev-pager
        matchers: [service="inhouse-service"]
        mute_time_intervals: [offhours]
        continue: true
      - receiver: on-call-pager
        matchers: [service="inhouse-service"]
      - receiver: blackhole
        matchers: [team="retired"]
  time_intervals:
    - name: offhours
      time_intervals: [{ times: [{ start_time: "20:00", end_time: "23:59" }] }]
  receivers:
    - name: default-receiver
      webhook_configs: [{ url: "https://alerts.acme.dev/default" }]
    - name: database-pager
      pagerduty_configs: [{ routing_key_file: /keys/db }]
    - name: frontend-pager
      pagerduty_configs: [{ routing_key_file: /keys/frontend }]
    - name: dev-pager
      webhook_configs: [{ url: "https://alerts.acme.dev/dev" }]
    - name: on-call-pager
      pagerduty_configs: [{ routing_key_file: /keys/oncall }]
    - name: blackhole
`;

function rules(...alerts: string[]): string {
  return `groups:\n  - name: g\n    rules:\n${alerts.map((a) => `      - ${a}\n`).join('')}`;
}

const alert = (name: string, labels: string, expr = 'up == 0') => `alert: ${name}\n        expr: ${expr}\n        labels: ${labels}`;

async function routing(files: Record<string, string>, options: Record<string, unknown> = {}): Promise<string[]> {
  const root = scratchRepo(files);
  const config = resolveConfig({ rules: { 'alert-routing': options } as never });
  const { findings } = await runLint({ root, paths: ['.'], config, threads: 1 });
  return findings.filter((f) => f.rule === 'alert-routing').map((f) => `${f.file}:${f.start.line}:${f.start.column} ${f.message}`);
}

describe('alert-routing', () => {
  it.each([
    ['a regex matcher', '{service: cassandra, severity: page}'],
    ['a label match on the second route', '{team: frontend}'],
    ['continue: true, then the next matching route', '{service: inhouse-service}'],
  ])('passes an alert routed to a real receiver: %s', async (_name, labels) => {
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('A', labels)) })).toEqual([]);
  });

  it('reports an alert that reaches only the root route, at the alert, naming the receiver', async () => {
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('Orphan', '{team: payments, service: billing}')) })).toEqual([
      'rules.yml:4:9 Alert `Orphan` reaches only the catch-all route of `alertmanager.yml`: it is sent to `default-receiver`, whoever watches that.',
    ]);
  });

  it('reports an alert routed only to a receiver without integrations', async () => {
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('Retired', '{team: retired, service: x}')) })).toEqual([
      'rules.yml:4:9 Alert `Retired` is routed in `alertmanager.yml` only to receivers with no integration (`blackhole`): nobody is notified.',
    ]);
  });

  it('uses group labels and alertname as Alertmanager sees them', async () => {
    const file = 'groups:\n  - name: g\n    labels: { team: frontend }\n    rules:\n      - alert: A\n        expr: up == 0\n        labels: { service: x }\n';
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': file })).toEqual([]);
    const byName = ALERTMANAGER.replace('matchers: [team="retired"]', 'matchers: [alertname="Retired"]');
    expect(await routing({ 'alertmanager.yml': byName, 'rules.yml': rules(alert('Retired', '{service: x, team: t}')) })).toHaveLength(1);
  });

  it('reports nothing when a route tests a label the alert does not set itself (it may come from its series)', async () => {
    // `service` is not a static label: the alert may well carry service="mysql" when it fires.
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('Maybe', '{team: payments}')) })).toEqual([]);
  });

  it('knows the labels its query fixes or cannot produce', async () => {
    // An aggregation without `by` has no labels: no route on `service` can match.
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('Total', '{team: payments}', 'sum(rate(errors_total[5m])) > 1')) })).toEqual([
      'rules.yml:4:9 Alert `Total` reaches only the catch-all route of `alertmanager.yml`: it is sent to `default-receiver`, whoever watches that.',
    ]);
    // The selector fixes `service`: the database route takes it.
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('Db', '{team: payments}', 'up{service="mysql"} == 0')) })).toEqual([]);
    // `sum by (service)` may carry any service: unknown, nothing reported.
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('By', '{team: payments}', 'sum by (service) (up) == 0')) })).toEqual([]);
  });

  it('reports nothing for a templated label the route tests', async () => {
    expect(await routing({ 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('T', '{team: "{{ $labels.team }}", service: x}')) })).toEqual([]);
  });

  it('counts the configured catch-all receivers', async () => {
    const files = { 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('Dev', '{service: inhouse-service, team: x}')) };
    expect(await routing(files, { 'catch-all': ['dev-pager', 'on-call-pager'] })).toEqual([
      'rules.yml:4:9 Alert `Dev` is routed in `alertmanager.yml` only to receivers this repository counts as catch-all (`dev-pager` or `on-call-pager`).',
    ]);
  });

  it('reports an alert owned by one team and paged to another', async () => {
    const files = { 'alertmanager.yml': ALERTMANAGER, 'rules.yml': rules(alert('Db', '{service: mysql, team: payments}'), alert('Fe', '{team: frontend}')) };
    expect(await routing(files, { owners: { payments: ['payments-pager'], frontend: ['frontend-pager'] } })).toEqual([
      'rules.yml:4:9 Alert `Db` is owned by `payments` but routed in `alertmanager.yml` only to `database-pager`, none of them `payments`’s (`payments-pager`).',
    ]);
  });

  it('routes with the Alertmanager config inside a Kubernetes Secret', async () => {
    const secret = `apiVersion: v1\nkind: Secret\nmetadata: { name: am }\nstringData:\n  alertmanager.yaml: |\n${ALERTMANAGER.replace(/^/gm, '    ')}`;
    expect(await routing({ 'deploy/secret.yaml': secret, 'rules.yml': rules(alert('Orphan', '{team: payments, service: billing}')) })).toEqual([
      'rules.yml:4:9 Alert `Orphan` reaches only the catch-all route of `deploy/secret.yaml`: it is sent to `default-receiver`, whoever watches that.',
    ]);
  });

  it('with several configs, routes only with the one named', async () => {
    const other = 'route:\n  receiver: x\nreceivers:\n  - name: x\n    webhook_configs: [{ url: "https://a.acme.dev" }]\n';
    const files = { 'a/alertmanager.yml': ALERTMANAGER, 'b/alertmanager.yml': other, 'rules.yml': rules(alert('Orphan', '{team: p, service: s}')) };
    expect(await routing(files)).toEqual([]);
    expect(await routing(files, { alertmanager: 'a/alertmanager.yml' })).toHaveLength(1);
  });
});
