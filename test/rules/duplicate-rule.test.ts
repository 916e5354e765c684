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
    ]);
  });
});
