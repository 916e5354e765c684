import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { scorecardMarkdown, scorecardText } from '../../src/report/scorecard.js';
import { writeBaseline } from '../../src/policy/baseline.js';
import { scratchRepo } from '../rule-tester.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const alert = (name: string, labels: string, annotations = '{ runbook_url: "https://runbooks.acme.dev/x" }') =>
  `      - alert: ${name}\n        expr: up == 0\n        labels: ${labels}\n        annotations: ${annotations}\n`;

describe('the scorecard', () => {
  it('counts each owner’s alerts and how they are kept, unowned last', async () => {
    const root = scratchRepo({
      'a.yml': `groups:\n  - name: g\n    rules:\n${alert('P1', '{ team: payments, severity: critical }')}${alert('P2', '{ team: payments, severity: sev1 }', '{}')}${alert('S1', '{ team: search, severity: info }')}${alert('U1', '{ severity: info }')}`,
    });
    const { scorecard } = await runLint({ root, paths: ['.'], config: resolveConfig({ owners: { allowed: ['payments', 'search'] } }), threads: 1 });
    expect(scorecard).toEqual([
      { owner: 'payments', alerts: 2, withRunbook: 1, knownOwner: 2, validSeverity: 1, findings: 2 },
      { owner: 'search', alerts: 1, withRunbook: 1, knownOwner: 1, validSeverity: 1, findings: 0 },
      { owner: 'unowned', alerts: 1, withRunbook: 1, knownOwner: 0, validSeverity: 1, findings: 1 },
    ]);
  });

  it('counts the findings a baseline knows: they are accepted, not fixed', async () => {
    const root = scratchRepo({ 'a.yml': `groups:\n  - name: g\n    rules:\n${alert('P2', '{ team: payments, severity: sev1 }', '{}')}` });
    const config = resolveConfig({ owners: { allowed: ['payments'] } });
    const before = await runLint({ root, paths: ['.'], config, threads: 1 });
    writeFileSync(path.join(root, 'baseline.json'), writeBaseline(before.findings));
    const after = await runLint({ root, paths: ['.'], config, baseline: 'baseline.json', threads: 1 });
    expect(after.baseline?.known).toBe(2);
    expect(after.scorecard).toEqual([{ owner: 'payments', alerts: 1, withRunbook: 0, knownOwner: 1, validSeverity: 0, findings: 2 }]);
  });

  it('counts an owner not in owners.allowed as not known', async () => {
    const root = scratchRepo({ 'a.yml': `groups:\n  - name: g\n    rules:\n${alert('X', '{ team: paymnets, severity: info }')}` });
    const { scorecard } = await runLint({ root, paths: ['.'], config: resolveConfig({ owners: { allowed: ['payments'] } }), threads: 1 });
    expect(scorecard).toEqual([{ owner: 'paymnets', alerts: 1, withRunbook: 1, knownOwner: 0, validSeverity: 1, findings: 1 }]);
  });

  it('prints as Markdown for the job summary and as aligned text for the terminal', () => {
    const scores = [
      { owner: 'payments', alerts: 4, withRunbook: 3, knownOwner: 4, validSeverity: 4, findings: 1 },
      { owner: 'unowned', alerts: 1, withRunbook: 0, knownOwner: 0, validSeverity: 1, findings: 2 },
    ];
    expect(scorecardMarkdown(scores)).toBe(
      [
        '',
        '### Alerts by owner',
        '',
        '| Owner | Alerts | With runbook | Known owner | Valid severity | Findings |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| <code>payments</code> | 4 | 3 (75%) | 4 (100%) | 4 (100%) | 1 |',
        '| <code>unowned</code> | 1 | 0 (0%) | 0 (0%) | 1 (100%) | 2 |',
        '',
      ].join('\n'),
    );
    expect(scorecardText(scores)).toBe(
      [
        'Owner     Alerts  With runbook  Known owner  Valid severity  Findings',
        'payments       4       3 (75%)     4 (100%)        4 (100%)         1',
        'unowned        1        0 (0%)       0 (0%)        1 (100%)         2',
        '',
      ].join('\n'),
    );
    expect(scorecardMarkdown([])).toBe('');
  });
});
