import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { ruleTester, scratchRepo, yaml } from '../rule-tester.js';

ruleTester('duplicate-rule', {
  valid: [
    { name: 'same name, different labels', code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: rate(errors[5m]) > 1
              labels: { severity: warning }
            - alert: HighErrorRate
              expr: rate(errors[5m]) > 10
              labels: { severity: critical }
    ` },
    { name: 'same name and labels, but the expressions fix different values of a label the result keeps', code: yaml`
      groups:
        - name: saturation
          rules:
            - alert: SaturationHigh
              expr: saturation{component="disk_inodes"} > 0.9
              labels: { severity: warning }
            - alert: SaturationHigh
              expr: saturation{component="disk_space"} > 0.9
              labels: { severity: warning }
            - record: code:requests:rate5m
              expr: sum by (code) (rate(requests{code="200"}[5m]))
            - record: code:requests:rate5m
              expr: sum by (code) (rate(requests{code="500"}[5m]))
    ` },
    { name: 'ALERTS of firing and of pending alerts, recorded under one name', code: yaml`
      groups:
        - name: alerts
          rules:
            - record: alerts:state
              expr: ALERTS{alertstate="firing"} * 0 + 2
            - record: alerts:state
              expr: ALERTS{alertstate="pending"} * 0 + 1
    ` },
    { name: 'an alert and a recording rule may share a name', code: yaml`
      groups:
        - name: api
          rules:
            - record: up_total
              expr: sum(up)
            - alert: up_total
              expr: up_total == 0
    ` },
  ],
  invalid: [
    {
      name: 'the same alert twice, across groups',
      code: yaml`
        groups:
          - name: a
            rules:
              - alert: HighErrorRate
                expr: rate(errors[5m]) > 1
                labels: { severity: warning, team: api }
          - name: b
            rules:
              - alert: HighErrorRate
                expr: rate(errors[5m]) > 2
                labels: { team: api, severity: warning }
      `,
      errors: [{ line: 9, column: 9, message: 'Alert `HighErrorRate` with the same labels is already defined at line 4.' }],
    },
    {
      name: 'a label the expression fixes differently, but the rule’s own label overrides it',
      code: yaml`
        groups:
          - name: a
            rules:
              - alert: DiskFull
                expr: used{component="disk_inodes"} > 0.9
                labels: { component: disk }
              - alert: DiskFull
                expr: used{component="disk_space"} > 0.9
                labels: { component: disk }
      `,
      errors: [{ line: 7, column: 9, message: 'Alert `DiskFull` with the same labels is already defined at line 4.' }],
    },
    {
      name: 'expressions that fix nothing in common (a regex, a label one of them does not name)',
      code: yaml`
        groups:
          - name: a
            rules:
              - record: code:requests:rate5m
                expr: sum by (code) (rate(requests{code=~"2.."}[5m]))
              - record: code:requests:rate5m
                expr: sum by (code) (rate(requests{code=~"5.."}[5m]))
              - alert: Down
                expr: up{job="api"} == 0
              - alert: Down
                expr: up{instance="a:9090"} == 0
      `,
      errors: [
        { line: 10, column: 9, message: 'Alert `Down` is already defined at line 8.' },
        { line: 6, column: 9, message: 'Recording rule `code:requests:rate5m` is already defined at line 4.' },
      ],
    },
    {
      name: 'the same recording rule three times',
      code: yaml`
        groups:
          - name: a
            rules:
              - record: job:up:sum
                expr: sum by (job) (up)
              - expr: sum by (job) (up)
                record: job:up:sum
              - record: job:up:sum
                expr: sum by (job) (up)
      `,
      errors: [
        { line: 6, column: 9, message: 'Recording rule `job:up:sum` is already defined at line 4.' },
        { line: 8, column: 9 },
      ],
    },
  ],
});

describe('duplicate-rule across the files one Prometheus loads', () => {
  const alert = (name: string, severity: string) => `groups:\n  - name: g\n    rules:\n      - alert: ${name}\n        expr: up == 0\n        labels: { severity: ${severity} }\n`;
  const lint = async (options: Record<string, unknown>) => {
    const root = scratchRepo({
      'prod/a.yml': alert('ApiDown', 'critical'),
      'prod/b.yml': alert('ApiDown', 'critical') + '      - alert: Other\n        expr: up == 0\n',
      'prod/c.yml': alert('ApiDown', 'warning'),
      'prod/d.yml': alert('ApiDown', 'critical').replace('up == 0', 'up{job="api-eu"} == 0'),
      'prod/e.yml': alert('ApiDown', 'critical').replace('up == 0', 'up{job="api-us"} == 0'),
      'staging/a.yml': alert('ApiDown', 'critical'),
    });
    const config = resolveConfig({ rules: { 'duplicate-rule': options } as never });
    const { findings } = await runLint({ root, paths: ['.'], config, threads: 1 });
    return findings.filter((f) => f.rule === 'duplicate-rule').map((f) => `${f.file}:${f.start.line} ${f.message}`);
  };

  it('is not checked by default: a repository often holds copies for several servers', async () => {
    expect(await lint({})).toEqual([]);
  });

  it('reports a copy in another file of the same set, not one with other labels or in another set', async () => {
    expect(await lint({ across: [{ files: ['prod/**'] }, { files: 'staging/**' }] })).toEqual([
      'prod/b.yml:4 Alert `ApiDown` is already defined in `prod/a.yml` at line 4, which the same Prometheus loads.',
      // `up{job="api-eu"}` may give the same alert as `up`, so it is a copy; `api-us` is told apart from `api-eu`, not from `up`.
      'prod/d.yml:4 Alert `ApiDown` is already defined in `prod/a.yml` at line 4, which the same Prometheus loads.',
      'prod/e.yml:4 Alert `ApiDown` is already defined in `prod/a.yml` at line 4, which the same Prometheus loads.',
    ]);
  });
});
