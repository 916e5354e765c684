import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/engine/config.js';
import { scratchRepo } from '../rule-tester.js';

/** A platform team's config: one lock with a level, one with options, two with neither. */
const SHARED = `rules:
  alert-runbook: { locked: true }
  alert-owner: { severity: error, locked: true, labels: [team] }
  alert-severity: { locked: true }
  yaml-strict: { locked: true }
`;

/** Loads `.obslint.yml` (which extends ./shared.yml unless it says otherwise) and returns its problems, or [] when it loads. */
async function problems(files: Record<string, string>): Promise<string[]> {
  try {
    await loadConfig(scratchRepo({ 'shared.yml': SHARED, ...files }));
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
}

const BY = 'by shared.yml';

describe('a locked rule', () => {
  it.each([
    ['turned off, locked without a level: its default is locked', 'rules:\n  alert-runbook: off\n', [`.obslint.yml:3:18: \`alert-runbook\` is locked at \`error\` ${BY}; this config cannot turn it down to \`off\`.`]],
    ['turned down in the mapping form, at its `severity`', 'rules:\n  alert-severity: { severity: warning }\n', [`.obslint.yml:3:31: \`alert-severity\` is locked at \`error\` ${BY}; this config cannot turn it down to \`warning\`.`]],
    ['turned down by an override', 'overrides:\n  - files: vendor/**\n    rules:\n      alert-runbook: notice\n', [`.obslint.yml:5:22: \`alert-runbook\` is locked at \`error\` ${BY}; an override cannot turn it down to \`notice\`.`]],
    ['given other owner labels', 'rules:\n  alert-owner:\n    labels: [whatever]\n', [`.obslint.yml:4:13: \`alert-owner\` is locked ${BY} with \`labels\` at \`["team"]\`; this config cannot change it to \`["whatever"]\`.`]],
    [
      'given other severities and priorities than its defaults',
      'rules:\n  alert-severity:\n    allowed: [critical, page]\n    priorities: [P1]\n',
      [
        `.obslint.yml:4:14: \`alert-severity\` is locked ${BY} with \`allowed\` at \`["critical","warning","info"]\`; this config cannot change it to \`["critical","page"]\`.`,
        `.obslint.yml:5:17: \`alert-severity\` is locked ${BY} with \`priorities\` at \`["P1","P2","P3","P4","P5"]\`; this config cannot change it to \`["P1"]\`.`,
      ],
    ],
    [
      'given no placeholders by an override',
      'overrides:\n  - files: legacy/**\n    rules:\n      alert-runbook:\n        placeholders: []\n',
      [`.obslint.yml:6:23: \`alert-runbook\` is locked ${BY} with \`placeholders\` at \`["TODO","TBD","FIXME","XXX","N/A","none","-"]\`; an override cannot change it to \`[]\`.`],
    ],
    [
      'suppressed by `suppressions.files`',
      'suppressions:\n  files:\n    "monitors/*.json": obslint-disable-file alert-runbook -- vendor monitors\n',
      [`.obslint.yml:4:24: \`alert-runbook\` is locked ${BY}, so \`suppressions.files\` cannot suppress it. Fix what its findings say; the platform team that owns shared.yml decides exceptions.`],
    ],
    [
      'suppressed by one entry of a list, with a rule that is not locked',
      'suppressions:\n  files:\n    "monitors/*.json":\n      - obslint-disable-file duplicate-rule -- generated\n      - obslint-disable-file duplicate-rule, alert-owner -- vendor monitors\n',
      [`.obslint.yml:6:9: \`alert-owner\` is locked ${BY}, so \`suppressions.files\` cannot suppress it. Fix what its findings say; the platform team that owns shared.yml decides exceptions.`],
    ],
  ])('%s: refused at the line that tries', async (_name, config, expected) => {
    expect(await problems({ '.obslint.yml': `extends: ./shared.yml\n${config}` })).toEqual(expected);
  });

  it('is locked at the level it has where it is locked, which an earlier layer may have raised', async () => {
    const files = { 'strict.yml': `extends: obslint:strict\n${SHARED}`, '.obslint.yml': 'extends: ./strict.yml\nrules:\n  yaml-strict: notice\n' };
    expect(await problems(files)).toEqual(['.obslint.yml:3:16: `yaml-strict` is locked at `warning` by strict.yml; this config cannot turn it down to `notice`.']);
  });

  it('cannot be undone by an override in a layer before the lock', async () => {
    const files = {
      'mine.yml': 'overrides:\n  - files: "**"\n    rules:\n      alert-runbook: off\n      alert-owner: { labels: [anyone] }\n',
      '.obslint.yml': 'extends: [./mine.yml, ./shared.yml]\n',
    };
    expect(await problems(files)).toEqual([
      `mine.yml:4:22: \`alert-runbook\` is locked at \`error\` ${BY}; an override cannot turn it down to \`off\`.`,
      `mine.yml:5:30: \`alert-owner\` is locked ${BY} with \`labels\` at \`["team"]\`; an override cannot change it to \`["anyone"]\`.`,
    ]);
  });

  it('may be raised, and given the options it has; other rules stay free', async () => {
    const root = scratchRepo({
      'shared.yml': SHARED,
      '.obslint.yml':
        'extends: ./shared.yml\nrules:\n  yaml-strict: warning\n  alert-owner: { labels: [team], locked: false }\n  duplicate-rule: { severity: off, across: [] }\n' +
        'overrides:\n  - files: critical/**\n    rules:\n      yaml-strict: error\n      alert-severity: { allowed: [critical, warning, info] }\n' +
        'suppressions:\n  files:\n    "*.json": obslint-disable-file duplicate-rule -- generated\n',
    });
    const config = await loadConfig(root);
    expect(config.locked).toEqual({ 'alert-runbook': 'shared.yml', 'alert-owner': 'shared.yml', 'alert-severity': 'shared.yml', 'yaml-strict': 'shared.yml' });
    expect(config.rules['alert-runbook']).toEqual({ severity: 'error', options: { annotations: ['runbook_url', 'runbook'], placeholders: ['TODO', 'TBD', 'FIXME', 'XXX', 'N/A', 'none', '-'] } });
    expect(config.rules['alert-owner']).toEqual({ severity: 'error', options: { labels: ['team'] } });
    expect(config.rules['yaml-strict'].severity).toBe('warning');
    expect(config.rules['duplicate-rule'].severity).toBe('off');
    expect(config.overrides).toEqual([{ files: ['critical/**'], rules: { 'yaml-strict': { severity: 'error' }, 'alert-severity': { options: { allowed: ['critical', 'warning', 'info'] } } } }]);
  });
});
