import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/engine/run.js';
import { DEFAULTS, runAction, scratchRepo } from './helpers.js';

/**
 * Class 1: one file with 125,000 findings. Every finding is kept in-process, and the Action
 * still writes all its reports, each within GitHub's limit.
 */

const ALERTS = 62_500;

/** Alerts with a severity but no owner and no runbook: two findings each. Alert i is at line 4 + 3i. */
function legacyRules(count: number): string {
  const rules = Array.from({ length: count }, (_, i) => `  - alert: A${i}\n    expr: up == 0\n    labels: {severity: info}\n`);
  return `groups:\n- name: legacy\n  rules:\n${rules.join('')}`;
}

describe('one file with 125,000 findings', () => {
  const root = scratchRepo({ 'rules/legacy.yml': legacyRules(ALERTS) });

  it('keeps every finding, at the line of its alert', async () => {
    const result = await runLint({ root, paths: ['.'], config: DEFAULTS, threads: 1 });
    expect(result.findings).toHaveLength(2 * ALERTS);
    // alert-runbook at the alert's first line, alert-owner at its labels two lines below.
    const misplaced = result.findings.filter((f, k) => {
      const i = Math.floor(k / 2);
      const expected = k % 2 === 0 ? { rule: 'alert-runbook', line: 4 + 3 * i } : { rule: 'alert-owner', line: 6 + 3 * i };
      return f.rule !== expected.rule || f.start.line !== expected.line || f.start.column !== 5 || !f.message.includes(`\`A${i}\``);
    });
    expect(misplaced).toEqual([]);
    expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(2 * ALERTS);
  });

  it('the Action writes its outputs, a summary under 1 MiB and SARIF of 25,000 results', async () => {
    const run = await runAction(root, { 'sarif-file': 'reports/obslint.sarif' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ 'sarif-file': path.join(root, 'reports/obslint.sarif'), errors: '125000', warnings: '0', notices: '0',
      scorecard: JSON.stringify([{ owner: 'unowned', alerts: ALERTS, withRunbook: 0, knownOwner: 0, validSeverity: ALERTS, findings: 2 * ALERTS }]),
    });

    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error file=rules/legacy.yml,'));
    expect(annotations).toHaveLength(10);
    expect(run.stdout).toContain('obslint: 124990 more findings are not shown as annotations (GitHub shows 10 per severity); the job summary lists all of them.\n');
    expect(run.stdout).toContain('obslint 0.1.0: 125000 errors, 0 warnings, 0 notices in 1 file (1 linted). 125000 at or above fail-on (error): the step fails.');

    const summary = run.summary!;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    const rows = summary.split('\n').filter((line) => /^\| \[\d+\]\(/.test(line)).length;
    expect(rows).toBeGreaterThan(1000);
    expect(summary.trimEnd().split('\n').at(-1)).toBe(`_${2 * ALERTS - rows} more findings were left out to keep the summary under 1 MiB; see the SARIF or JSON output._`);

    const sarif = JSON.parse(readFileSync(path.join(root, 'reports/obslint.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(25_000);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe(
      '100000 more findings were left out: GitHub code scanning takes at most 25000 results per run, so the most severe were kept (left out: 100000 errors, 0 warnings, 0 notices).',
    );
  });
});
