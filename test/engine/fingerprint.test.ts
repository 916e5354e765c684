import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.js';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { scratchRepo, yaml } from '../rule-tester.js';

/** Lints files in a scratch repository and returns every finding. */
async function lint(files: Record<string, string>): Promise<Finding[]> {
  const root = scratchRepo(files);
  return (await runLint({ root, paths: ['.'], config: resolveConfig({}), threads: 1 })).findings;
}

const burnRates = yaml`
  groups:
    - name: kube-apiserver-burnrate
      rules:
        - alert: KubeAPIErrorBudgetBurn
          expr: sum(apiserver_request:burnrate1h) > 0.01
          labels: { long: 1h, short: 5m, severity: critical }
        - alert: KubeAPIErrorBudgetBurn
          expr: sum(apiserver_request:burnrate6h) > 0.01
          labels: { long: 6h, short: 30m, severity: critical }
        - alert: KubeAPIErrorBudgetBurn
          expr: sum(apiserver_request:burnrate1d) > 0.01
          labels: { long: 1d, short: 2h, severity: warning }
`;

describe('finding identity', () => {
  it('gives same-name alerts distinct fingerprints, and messages that tell them apart', async () => {
    const findings = (await lint({ 'a.yml': burnRates })).filter((f) => f.rule === 'alert-owner');
    expect(findings.map((f) => f.message)).toEqual([
      'Alert `KubeAPIErrorBudgetBurn` (`long=1h`) has no owner: add a label naming its team (`owner` or `team`).',
      'Alert `KubeAPIErrorBudgetBurn` (`long=6h`) has no owner: add a label naming its team (`owner` or `team`).',
      'Alert `KubeAPIErrorBudgetBurn` (`long=1d`) has no owner: add a label naming its team (`owner` or `team`).',
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });

  it('never gives two findings of a run the same fingerprint, even for true copies', async () => {
    const rule = '      - alert: Copy\n        expr: up == 0\n';
    const findings = await lint({ 'a.yml': `groups:\n  - name: g\n    rules:\n${rule}${rule}${rule}` });
    const all = findings.map((f) => f.fingerprint);
    expect(new Set(all).size).toBe(all.length);
    expect(findings.filter((f) => f.rule === 'duplicate-rule')).toHaveLength(2);
  });

  it('keeps fingerprints when lines move and the file is reformatted', async () => {
    const before = await lint({ 'a.yml': burnRates });
    const moved = yaml`
      # A comment and blank lines push everything down.


      groups:
        - name: kube-apiserver-burnrate
          rules:
            - expr: sum(apiserver_request:burnrate1h) > 0.01
              alert: KubeAPIErrorBudgetBurn
              labels:
                long: 1h
                short: 5m
                severity: critical
            - {alert: KubeAPIErrorBudgetBurn, expr: "sum(apiserver_request:burnrate6h) > 0.01", labels: {long: 6h, short: 30m, severity: critical}}
            - alert: KubeAPIErrorBudgetBurn
              expr: sum(apiserver_request:burnrate1d) > 0.01
              labels: { long: 1d, short: 2h, severity: warning }
    `;
    const after = await lint({ 'a.yml': moved });
    expect(after.map((f) => f.start.line)).not.toEqual(before.map((f) => f.start.line));
    expect(after.map((f) => `${f.rule} ${f.fingerprint}`).sort()).toEqual(before.map((f) => `${f.rule} ${f.fingerprint}`).sort());
  });

  it('keeps a schema finding’s fingerprint when a rule is added above it', async () => {
    const broken = '      - alert: Late\n        expr: up == 0\n        for: soon\n';
    const fingerprintOf = async (text: string) => (await lint({ 'a.yml': text })).find((f) => f.rule === 'schema')!.fingerprint;
    const alone = await fingerprintOf(`groups:\n  - name: g\n    rules:\n${broken}`);
    const below = await fingerprintOf(`groups:\n  - name: g\n    rules:\n      - record: x\n        expr: up\n${broken}`);
    expect(below).toBe(alone);
  });

  it('changes a fingerprint when what the finding is about changes', async () => {
    const one = await lint({ 'a.yml': 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n' });
    const renamed = await lint({ 'a.yml': 'groups:\n  - name: g\n    rules:\n      - alert: B\n        expr: up == 0\n' });
    const other = await lint({ 'b.yml': 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n' });
    const owner = (fs: Finding[]) => fs.find((f) => f.rule === 'alert-owner')!.fingerprint;
    expect(owner(renamed)).not.toBe(owner(one));
    expect(owner(other)).not.toBe(owner(one));
  });

  it('leaves line numbers out of the identity of duplicate-rule, whose message has one', async () => {
    const rule = '      - alert: Copy\n        expr: up == 0\n';
    const fp = async (text: string) => (await lint({ 'a.yml': text })).find((f) => f.rule === 'duplicate-rule')!;
    const near = await fp(`groups:\n  - name: g\n    rules:\n${rule}${rule}`);
    const far = await fp(`groups:\n  - name: g\n    rules:\n      - record: y\n        expr: up\n${rule}${rule}`);
    expect(near.message).not.toBe(far.message);
    expect(far.fingerprint).toBe(near.fingerprint);
  });
});
