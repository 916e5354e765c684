import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resolveConfig, type RawConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { scratchRepo, yaml } from '../rule-tester.js';

async function lint(files: Record<string, string>, raw: RawConfig = {}, locked: Record<string, string> = {}): Promise<string[]> {
  const root = scratchRepo(files);
  const config = { ...resolveConfig(raw), locked };
  const { findings } = await runLint({ root, paths: ['.'], config, threads: 1 });
  return findings.map((f) => `${f.file}:${f.start.line}:${f.start.column} ${f.rule} ${f.message}`);
}

const RULES = yaml`
  groups:
    - name: vendor
      rules:
        # obslint-disable-next-line alert-owner, alert-runbook -- vendored from upstream; owned by the platform team
        - alert: UpstreamDown
          expr: up == 0
          labels:
            severity: critical
        - alert: OursDown
          expr: up == 0
          labels:
            severity: critical  # obslint-disable-line alert-owner -- nothing to suppress on this line
            team: ""  # obslint-disable-line alert-owner -- the on-call rota decides
`;

describe('suppressions', () => {
  it('a comment above an alert covers the alert; one at the end of a line covers the line', async () => {
    expect(await lint({ 'a.yml': RULES })).toEqual([
      'a.yml:9:9 alert-runbook Alert `OursDown` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).',
      'a.yml:12:31 unused-suppression This suppression of `alert-owner` suppresses nothing.',
    ]);
  });

  it('disable-file covers every finding of its rules in the file', async () => {
    const text = `# obslint-disable-file alert-owner, alert-runbook -- generated from the vendor mixin\n${RULES.replace(/ *# obslint-.*$/gm, '')}`;
    expect(await lint({ 'a.yml': text })).toEqual([]);
  });

  it('a suppression without a reason, or of a rule that does not exist, is an invalid-suppression', async () => {
    const text = RULES.replace(' -- vendored from upstream; owned by the platform team', '').replace('alert-runbook', 'alert-runbok');
    const found = (await lint({ 'a.yml': text })).filter((f) => f.includes('invalid-suppression'));
    expect(found).toEqual([
      'a.yml:4:48 invalid-suppression `alert-runbok` is not an obslint rule.',
      'a.yml:4:9 invalid-suppression `obslint-disable-next-line alert-owner, alert-runbok` gives no reason.',
    ].sort((a, b) => (a.localeCompare(b, 'en', { numeric: true }))));
  });

  it('cannot suppress a rule a shared config locked', async () => {
    const found = await lint({ 'a.yml': RULES }, {}, { 'alert-owner': 'github:acme/platform/obslint.yml' });
    expect(found.filter((f) => f.includes('invalid-suppression'))).toEqual([
      'a.yml:4:7 invalid-suppression `alert-owner` is locked by `github:acme/platform/obslint.yml`, so it cannot be suppressed here.',
      'a.yml:13:21 invalid-suppression `alert-owner` is locked by `github:acme/platform/obslint.yml`, so it cannot be suppressed here.',
    ]);
    expect(found.filter((f) => f.includes(' alert-owner ')).map((f) => f.split(' ')[0])).toEqual(['a.yml:7:9', 'a.yml:13:17']);
  });

  it('suppresses findings of files that cannot hold comments (JSON) from the config', async () => {
    const monitor = JSON.stringify({ name: 'Vendor CPU', type: 'metric alert', query: 'avg(last_5m):avg:system.cpu.user{*} > 90', message: 'CPU high', tags: [], priority: 2 }, null, 2);
    const raw: RawConfig = { suppressions: { files: { 'monitors/vendor/*.json': ['obslint-disable-file alert-owner, alert-runbook -- vendor monitors'] } } };
    expect(await lint({ 'monitors/vendor/cpu.json': monitor, 'monitors/ours/cpu.json': monitor }, raw)).toEqual([
      'monitors/ours/cpu.json:1:1 alert-runbook Monitor `Vendor CPU` has no runbook: link one in its message.',
      'monitors/ours/cpu.json:6:3 alert-owner Monitor `Vendor CPU` has no owner: add a tag naming its team (`owner` or `team`).',
    ]);
  });

  it('checks suppressions written in the config when it loads', async () => {
    await expect(parseConfig('suppressions:\n  files:\n    "*.json": [obslint-disable-file alert-ownr -- x]\n', '.obslint.yml')).rejects.toThrow(ConfigError);
  });
});
