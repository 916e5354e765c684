import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { ruleTester, scratchRepo, yaml } from '../rule-tester.js';

ruleTester('alert-owner', {
  valid: [
    { name: 'team label', code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: up == 0
              labels:
                team: payments
    ` },
    { name: 'owner label', code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: up == 0
              labels: { owner: payments }
    ` },
    { name: 'recording rules need no owner', code: yaml`
      groups:
        - name: api
          rules:
            - record: job:up:sum
              expr: sum by (job) (up)
    ` },
    { name: 'owner from the group labels', code: yaml`
      groups:
        - name: api
          labels:
            team: payments
          rules:
            - alert: HighErrorRate
              expr: up == 0
    ` },
    { name: 'owner through a merge key', code: yaml`
      groups:
        - name: api
          rules:
            - alert: First
              expr: up == 0
              labels: &owned
                team: payments
            - alert: Second
              expr: up == 0
              labels:
                <<: *owned
                severity: page
    ` },
    { name: 'configured label keys', options: { labels: ['squad'] }, code: yaml`
      groups:
        - name: api
          rules:
            - alert: HighErrorRate
              expr: up == 0
              labels:
                squad: checkout
    ` },
    { name: 'PrometheusRule resource', code: yaml`
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: api
      spec:
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  team: payments
    ` },
  ],
  invalid: [
    {
      name: 'no labels at all: points at the alert',
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
      `,
      errors: [{ line: 4, column: 9, message: 'Alert `HighErrorRate` has no owner: add a label naming its team (`owner` or `team`).' }],
    },
    {
      name: 'labels without an owner: points at `labels`',
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  severity: page
      `,
      errors: [{ line: 6, column: 9, endLine: 6, endColumn: 15 }],
    },
    {
      name: 'empty owner label: points at the value',
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  team: ""
      `,
      errors: [{ line: 7, column: 17, message: 'Alert `HighErrorRate` has an empty `team` label, so it names no owner.' }],
    },
    {
      name: 'a label that is not configured does not count',
      options: { labels: ['squad'] },
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
                labels:
                  team: payments
      `,
      errors: [{ line: 6, column: 9, message: /\(`squad`\)/ }],
    },
    {
      name: 'every alert of every document',
      code: yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: { name: a }
        spec:
          groups:
            - name: a
              rules:
                - alert: A
                  expr: up == 0
        ---
        groups:
          - name: b
            rules:
              - alert: B
                expr: up == 0
      `,
      errors: [
        { line: 8, column: 11 },
        { line: 14, column: 9 },
      ],
    },
  ],
});

const withOwner = (owner: string) => `groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        labels:\n          team: ${owner}\n`;

ruleTester('alert-owner', {
  valid: [
    { name: 'an allowed owner', code: withOwner('payments'), config: { owners: { allowed: ['payments', 'search'] } } },
    { name: 'an owner matching an allowed pattern, without case', code: withOwner('Team-Checkout'), config: { owners: { allowed: ['team-*'] } } },
    { name: 'a templated owner is filled in when the alert fires', code: withOwner('"{{ $labels.team }}"'), config: { owners: { allowed: ['payments'] } } },
  ],
  invalid: [
    {
      name: 'an owner that is not a known team, with the closest name',
      code: withOwner('paymnets'),
      config: { owners: { allowed: ['payments', 'search', 'team-*'] } },
      errors: [{ line: 7, column: 17, endColumn: 25, message: 'Alert `A` is owned by `paymnets`, which is not a known team. Did you mean `payments`?' }],
    },
    {
      name: 'an owner far from every known team',
      code: withOwner('infra'),
      config: { owners: { allowed: ['payments'] } },
      errors: [{ line: 7, column: 17, message: 'Alert `A` is owned by `infra`, which is not a known team.' }],
    },
  ],
});

describe('alert-owner with CODEOWNERS', () => {
  const owners = '# Alerts belong to the teams that run the service.\n/rules/payments/ @acme/payments\n/rules/search/ @acme/search @jane\n';
  const lint = async (codeowners: string, files: Record<string, string>) => {
    const root = scratchRepo({ '.github/CODEOWNERS': owners, ...files });
    const config = resolveConfig({ owners: { codeowners: codeowners as 'fallback' } });
    const { findings } = await runLint({ root, paths: ['.'], config, threads: 1 });
    return findings.filter((f) => f.rule === 'alert-owner').map((f) => `${f.file}:${f.start.line} ${f.message}`);
  };
  const noOwner = 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        labels: { severity: info }\n';

  it('fallback: an alert without an owner label is owned by its file’s code owners', async () => {
    expect(await lint('fallback', { 'rules/payments/a.yml': noOwner, 'rules/other/b.yml': noOwner })).toEqual([
      'rules/other/b.yml:6 Alert `A` has no owner: add a label naming its team (`owner` or `team`).',
    ]);
  });

  it('require: the owner label names one of the file’s code owners', async () => {
    expect(await lint('require', { 'rules/payments/a.yml': withOwner('payments'), 'rules/search/b.yml': withOwner('payments'), 'rules/other/c.yml': withOwner('x') })).toEqual([
      'rules/other/c.yml:7 Alert `A` is owned by `x`, which is not a code owner of this file (CODEOWNERS gives it none).',
      'rules/search/b.yml:7 Alert `A` is owned by `payments`, which is not a code owner of this file (`@acme/search` or `@jane`).',
    ]);
  });

  it('require without a CODEOWNERS file is a config error', async () => {
    const root = scratchRepo({ 'a.yml': noOwner });
    await expect(runLint({ root, paths: ['.'], config: resolveConfig({ owners: { codeowners: 'require' } }), threads: 1 })).rejects.toThrow(/needs a CODEOWNERS file/);
  });
});
