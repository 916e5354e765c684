import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/engine/config.js';
import { startServer, type LocalServer } from '../policy/local-server.js';
import { scratchRepo } from '../rule-tester.js';

/** The messages of a config that cannot be used, or [] when it loads. */
async function problems(root: string): Promise<string[]> {
  try {
    await loadConfig(root, undefined, { apiUrl: server.origin, token: TOKEN });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
}

const TOKEN = 'ghs_platformTokenForTests0123';

/** A platform team's repository on a small stand-in for GitHub's contents API. */
const PLATFORM: Record<string, string> = {
  'obslint/base.yml': 'extends: obslint:recommended\nrules:\n  alert-owner:\n    severity: error\n    locked: true\n    labels: [team]\n  alert-runbook: { severity: error, locked: true }\nexclude: ["**/vendor/**"]\nowners:\n  teams-file: teams.yaml\n',
  'obslint/teams.yaml': 'teams:\n  - payments\n  - name: search\n',
  'obslint/strict.yml': 'extends: ./base.yml\nfail-on: warning\n',
  'obslint/loop-a.yml': 'extends: ./loop-b.yml\n',
  'obslint/loop-b.yml': 'extends: ./loop-a.yml\n',
  'obslint/escape-teams.yml': 'owners:\n  teams-file: ../../secrets/teams.yaml\n',
  'obslint/absolute-teams.yml': 'owners:\n  teams-file: /etc/teams.yaml\n',
  'obslint/escape-schema.yml': 'custom-kinds:\n  - id: acme-checks\n    files: ["checks/**/*.yml"]\n    schema: ../../schemas/acme.json\n    alerts: /checks\n',
  'schemas/acme.json': '{"type": "object"}',
  'obslint/schema-in-repo.yml': 'custom-kinds:\n  - id: acme-checks\n    files: ["checks/**/*.yml"]\n    schema: ../schemas/acme.json\n    alerts: /checks\n',
};

function github(req: http.IncomingMessage, res: http.ServerResponse): void {
  const match = /^\/repos\/acme\/platform\/contents\/(.+?)(\?|$)/.exec(req.url ?? '');
  const file = match && PLATFORM[decodeURIComponent(match[1])];
  if (req.headers.authorization !== `token ${TOKEN}` || !file) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"message":"Not Found"}');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
  res.end(file);
}

let server: LocalServer;
beforeAll(async () => {
  server = await startServer(github);
});
afterAll(() => server.close());

describe('extends', () => {
  it('merges presets, local files and a file in another repository, the config itself last', async () => {
    const root = scratchRepo({
      '.obslint.yml': 'extends:\n  - github:acme/platform/obslint/strict.yml@v2\n  - ./local.yml\nrules:\n  alert-severity:\n    allowed: [critical, page]\n  duplicate-rule: error\n',
      'local.yml': 'rules:\n  duplicate-rule: notice\nexclude: [generated/**]\n',
    });
    const config = await loadConfig(root, undefined, { apiUrl: server.origin, token: TOKEN });
    expect(config.sources).toEqual(['obslint:recommended', 'github:acme/platform/obslint/base.yml@v2', 'github:acme/platform/obslint/strict.yml@v2', 'local.yml', '.obslint.yml']);
    expect(config.failOn).toBe('warning');
    expect(config.rules['alert-owner']).toEqual({ severity: 'error', options: { labels: ['team'] } });
    expect(config.rules['alert-severity'].options.allowed).toEqual(['critical', 'page']);
    expect(config.rules['duplicate-rule'].severity).toBe('error');
    expect(config.exclude).toEqual(['**/vendor/**', 'generated/**']);
    expect(config.locked).toEqual({ 'alert-owner': 'github:acme/platform/obslint/base.yml@v2', 'alert-runbook': 'github:acme/platform/obslint/base.yml@v2' });
    expect(config.settings.owners.allowed).toEqual(['payments', 'search']);
  });

  it('refuses to turn down a locked rule, at the line that tries', async () => {
    const root = scratchRepo({ '.obslint.yml': 'extends: github:acme/platform/obslint/base.yml\nrules:\n  alert-runbook: warning\n  alert-owner: off\n' });
    expect(await problems(root)).toEqual([
      '.obslint.yml:3:18: `alert-runbook` is locked at `error` by github:acme/platform/obslint/base.yml; this config cannot turn it down to `warning`.',
      '.obslint.yml:4:16: `alert-owner` is locked at `error` by github:acme/platform/obslint/base.yml; this config cannot turn it down to `off`.',
    ]);
  });

  it('refuses an override that turns down a locked rule; stricter is fine', async () => {
    const root = scratchRepo({
      '.obslint.yml': 'extends: github:acme/platform/obslint/base.yml\noverrides:\n  - files: vendor/**\n    rules:\n      alert-owner: notice\n      duplicate-rule: off\n',
    });
    expect(await problems(root)).toEqual([
      '.obslint.yml:5:20: `alert-owner` is locked at `error` by github:acme/platform/obslint/base.yml; an override cannot turn it down to `notice`.',
    ]);
  });

  it.each([
    ['a missing local file', 'extends: ./nope.yml\n', ['.obslint.yml:1:10: `./nope.yml` does not exist (looked for nope.yml).']],
    ['a cycle of configs', 'extends: github:acme/platform/obslint/loop-a.yml\n', [/^github:acme\/platform\/obslint\/loop-b\.yml:1:10: `\.\/loop-a\.yml` extends a config that extends this one: /]],
    ['an unknown preset', 'extends: obslint:lenient\n', ['.obslint.yml:1:10: `obslint:lenient` is not a preset: use `obslint:recommended` or `obslint:strict`.']],
    ['a missing remote file, without leaking the token', 'extends: github:acme/platform/nope.yml\n', [/^\.obslint\.yml:1:10: .*nope\.yml/]],
    ['a bad key in a shared config, at its own line', 'extends: ./shared.yml\n', ['shared.yml:2:3: Unknown key `alert-ownr` in `rules`. Did you mean `alert-owner`?']],
  ])('reports %s clearly', async (_name, text, expected) => {
    const root = scratchRepo({ '.obslint.yml': text, 'shared.yml': 'rules:\n  alert-ownr: off\n' });
    const got = await problems(root);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'string' ? expect(got[i]).toBe(e) : expect(got[i]).toMatch(e)));
    expect(got.join('\n')).not.toContain(TOKEN);
  });

  it('shows a cycle of local configs with paths from the repository root', async () => {
    const root = scratchRepo({ '.obslint.yml': 'extends: ./shared/base.yml\n', 'shared/base.yml': 'extends: ../.obslint.yml\n' });
    expect(await problems(root)).toEqual(['shared/base.yml:1:10: `../.obslint.yml` extends a config that extends this one: `.obslint.yml` → `shared/base.yml` → `.obslint.yml`.']);
  });

  it('shows a cycle of remote configs by their `github:` ids', async () => {
    const root = scratchRepo({ '.obslint.yml': 'extends: github:acme/platform/obslint/loop-a.yml\n' });
    expect(await problems(root)).toEqual([
      'github:acme/platform/obslint/loop-b.yml:1:10: `./loop-a.yml` extends a config that extends this one: `.obslint.yml` → `github:acme/platform/obslint/loop-a.yml` → `github:acme/platform/obslint/loop-b.yml` → `github:acme/platform/obslint/loop-a.yml`.',
    ]);
  });

  it('applies a config extended twice (a diamond) once, where it is first reached', async () => {
    const root = scratchRepo({
      '.obslint.yml': 'extends: [./b.yml, ./c.yml]\n',
      'b.yml': 'extends: [obslint:strict, ./d.yml]\nrules:\n  duplicate-rule: notice\n  yaml-strict: notice\n',
      'c.yml': 'extends: [./d.yml, obslint:strict]\n',
      'd.yml': 'rules:\n  duplicate-rule: off\n',
    });
    const config = await loadConfig(root);
    expect(config.sources).toEqual(['obslint:strict', 'd.yml', 'b.yml', 'c.yml', '.obslint.yml']);
    // A second copy of d.yml or of the preset after b.yml would undo what b.yml set.
    expect(config.rules['duplicate-rule'].severity).toBe('notice');
    expect(config.rules['yaml-strict'].severity).toBe('notice');
  });

  it.each([
    ['a teams file', 'escape-teams.yml', ['github:acme/platform/obslint/escape-teams.yml:2:15: The teams file `../../secrets/teams.yaml` leaves the repository of the config that names it.']],
    ['an absolute teams file', 'absolute-teams.yml', ['github:acme/platform/obslint/absolute-teams.yml:2:15: The teams file `/etc/teams.yaml` leaves the repository of the config that names it.']],
    ['a custom kind\'s schema', 'escape-schema.yml', ['github:acme/platform/obslint/escape-schema.yml:4:13: The schema `../../schemas/acme.json` leaves the repository of the config that names it.']],
    ['nothing when the schema stays in the repository', 'schema-in-repo.yml', []],
  ])('refuses a path in a remote config that leaves its repository: %s', async (_name, file, expected) => {
    const root = scratchRepo({ '.obslint.yml': `extends: github:acme/platform/obslint/${file}\n` });
    expect(await problems(root)).toEqual(expected);
  });

  it('puts a later layer\'s `kinds` first, as the first matching entry decides: the repository\'s win, each layer\'s in its order', async () => {
    const root = scratchRepo({
      'shared.yml': 'kinds:\n  - { files: "rules/**", kind: prometheus-rules }\n  - { files: "crd/**", kind: prometheus-rule-crd }\n',
      '.obslint.yml': 'extends: ./shared.yml\nkinds:\n  - { files: "rules/loki/**", kind: loki-rules }\n  - { files: "rules/mimir/**", kind: ruler-namespace }\n',
    });
    expect((await loadConfig(root)).kinds).toEqual([
      { files: ['rules/loki/**'], kind: 'loki-rules' },
      { files: ['rules/mimir/**'], kind: 'ruler-namespace' },
      { files: ['rules/**'], kind: 'prometheus-rules' },
      { files: ['crd/**'], kind: 'prometheus-rule-crd' },
    ]);
  });

  it('applies presets: strict raises every rule a level and fails on warnings', async () => {
    const root = scratchRepo({ '.obslint.yml': 'extends: obslint:strict\n' });
    const config = await loadConfig(root);
    expect(config.failOn).toBe('warning');
    expect(config.rules['duplicate-rule'].severity).toBe('error');
    expect(config.rules['yaml-strict'].severity).toBe('warning');
  });
});
