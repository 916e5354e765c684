import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/kinds/settings.js';
import configSchema from '../../schemas/obslint-config.schema.json' with { type: 'json' };
import { ConfigError, loadConfig, parseConfig, parseSize } from '../../src/engine/config.js';
import { KINDS } from '../../src/kinds/index.js';
import { RULES } from '../../src/rules/index.js';
import { scratchRepo } from '../rule-tester.js';

async function problemsOf(text: string): Promise<string[]> {
  try {
    await parseConfig(text, '.obslint.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('config', () => {
  it('defaults: every rule at its default severity and options', async () => {
    const config = await parseConfig('', '.obslint.yml');
    expect(config.rules['alert-owner']).toEqual({ severity: 'error', options: { labels: ['owner', 'team'] } });
    expect(config.rules['duplicate-rule'].severity).toBe('warning');
    expect(config.include).toEqual(['**/*.{conf,json,rules,toml,yaml,yml}']);
    expect(config.exclude).toEqual([]);
    expect(config.settings).toEqual(DEFAULT_SETTINGS);
    expect(config.maxFileSize).toBe(5 * 1024 * 1024);
  });

  it('takes a level or a mapping of severity and options', async () => {
    const config = await parseConfig(
      'rules:\n  alert-runbook: warning\n  alert-owner:\n    severity: notice\n    labels: [squad]\nexclude: vendor/**\nmax-file-size: 512KB\nfail-on: warning\n',
      '.obslint.yml',
    );
    expect(config.rules['alert-runbook'].severity).toBe('warning');
    expect(config.rules['alert-owner']).toEqual({ severity: 'notice', options: { labels: ['squad'] } });
    expect(config.exclude).toContain('vendor/**');
    expect(config.maxFileSize).toBe(512 * 1024);
    expect(config.failOn).toBe('warning');
  });

  it.each([
    ['an unknown top-level key, with a suggestion', 'exclud: [a]\n', '.obslint.yml:1:1: Unknown key `exclud`. Did you mean `exclude`?'],
    ['an unknown rule', 'rules:\n  alert-ownr: off\n', '.obslint.yml:2:3: Unknown key `alert-ownr` in `rules`. Did you mean `alert-owner`?'],
    ['a bad level', 'rules:\n  alert-owner: fatal\n', '.obslint.yml:2:16: `alert-owner` must be one of `off`, `notice`, `warning`, `error`.'],
    ['an unknown option', 'rules:\n  alert-owner:\n    label: [team]\n', '.obslint.yml:3:5: Unknown key `label` in `alert-owner`. Did you mean `labels`?'],
    ['an option of the wrong type', 'rules:\n  alert-owner:\n    labels: team\n', '.obslint.yml:3:13: `labels` must be a list.'],
    ['a bad size', 'max-file-size: huge\n', '.obslint.yml:1:16: `max-file-size` must be a size such as `5MB`, `512KB` or a number of bytes.'],
    ['an unknown kind', 'kinds:\n  - files: a/*.yml\n    kind: nagios\n', `.obslint.yml:3:11: \`kind\` must be one of ${KINDS.map((k) => `\`${k.id}\``).join(', ')}.`],
    ['invalid YAML', 'rules: [\n', '.obslint.yml:1:9: YAML syntax error: flow sequence in block collection must be sufficiently indented and end with a ]'],
  ])('reports %s with its line and column', async (_name, text, expected) => {
    expect(await problemsOf(text)).toEqual([expected]);
  });

  it('reports every problem, not just the first', async () => {
    expect(await problemsOf('rules:\n  alert-owner: fatal\n  nope: off\n')).toHaveLength(2);
  });

  it('reads .obslint.yml from the root, or the file named', async () => {
    const root = scratchRepo({ '.obslint.yml': 'fail-on: notice\n', 'ci/strict.yml': 'fail-on: warning\n' });
    expect((await loadConfig(root)).failOn).toBe('notice');
    expect((await loadConfig(root, 'ci/strict.yml')).failOn).toBe('warning');
    await expect(loadConfig(root, 'missing.yml')).rejects.toThrow('missing.yml: Cannot read the config file (ENOENT).');
  });

  it('uses defaults when there is no config file', async () => {
    expect((await loadConfig(scratchRepo({}))).file).toBeUndefined();
  });

  it('parses sizes, and refuses one under a byte', () => {
    expect(parseSize('5MB')).toBe(5 * 1024 * 1024);
    expect(parseSize('1.5 KB')).toBe(1536);
    expect(parseSize(42)).toBe(42);
    expect(() => parseSize('0.1B')).toThrow('max-file-size must be at least 1 byte, not 0.1B.');
  });

  it('the config schema knows every rule and every kind', () => {
    expect(Object.keys(configSchema.properties.rules.properties).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    expect([...configSchema.properties.kinds.items.properties.kind.enum].sort()).toEqual(KINDS.map((k) => k.id).sort());
  });

  it('every rule option has a schema with a description, and every default a schema', () => {
    for (const rule of RULES) {
      const schema = rule.meta.options?.schema ?? {};
      for (const [name, option] of Object.entries(schema)) expect((option as { description?: string }).description, `${rule.meta.id}.${name}`).toBeTruthy();
      for (const name of Object.keys(rule.meta.options?.defaults ?? {})) expect(schema, `${rule.meta.id}.${name}`).toHaveProperty(name);
    }
  });
});
