import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/engine/config.js';
import { RULE_GLOBS } from '../../src/engine/config-globs.js';

/** 2^11 = 2,048 patterns: over the 1,024 a glob may expand to. */
const BAD = '{a,b}'.repeat(11);
const REFUSED = `\`${BAD}\` expands to more than 1024 patterns. Match what varies with \`*\` or \`**\`, or list the few patterns you mean.`;

async function problemsOf(text: string): Promise<string[]> {
  try {
    await parseConfig(text, '.obslint.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('a glob in the config that cannot be compiled', () => {
  it.each([
    ['`include`', `include: "${BAD}"\n`, '1:10'],
    ['an `exclude` entry', `exclude:\n  - vendor/**\n  - "${BAD}"\n`, '3:5'],
    ['an override\'s `files`', `overrides:\n  - files: ["${BAD}"]\n    rules:\n      alert-owner: off\n`, '2:13'],
    ['a `kinds` entry', `kinds:\n  - files: "${BAD}"\n    kind: loki-rules\n`, '2:12'],
    ['a `configs` set', `configs:\n  - kind: otel-collector\n    files: ["otel/base.yaml", "${BAD}"]\n`, '3:31'],
    ['a custom kind\'s `files`', `custom-kinds:\n  - id: acme\n    files: "${BAD}"\n    schema: acme.json\n    alerts: /checks\n`, '3:12'],
    ['a `suppressions.files` glob, at the key', `suppressions:\n  files:\n    "${BAD}": obslint-disable-file alert-owner -- vendor\n`, '3:5'],
    ['an `owners.allowed` pattern', `owners:\n  allowed: [payments, "${BAD}"]\n`, '2:23'],
    ['`duplicate-rule` `across`', `rules:\n  duplicate-rule:\n    across:\n      - files: "${BAD}"\n`, '4:16'],
    ['`secret-in-config` `extra-keys`', `rules:\n  secret-in-config:\n    extra-keys: ["${BAD}"]\n`, '3:18'],
    ['`secret-in-config` `allowed-keys`', `rules:\n  secret-in-config:\n    allowed-keys: ["${BAD}"]\n`, '3:20'],
    ['`exporter-insecure` `trusted-hosts` in an override', `overrides:\n  - files: otel/**\n    rules:\n      exporter-insecure:\n        trusted-hosts: ["${BAD}"]\n`, '5:25'],
  ])('is a config error at its line: %s', async (_name, text, at) => {
    expect(await problemsOf(text)).toEqual([`.obslint.yml:${at}: ${REFUSED}`]);
  });

  it('leaves globs that compile alone', async () => {
    const text = `include: "**/*.{yml,yaml}"\noverrides:\n  - files: "{a,b}/{c,d}/**"\n    rules:\n      duplicate-rule: { across: [{ files: "prom/{x,y}/**" }] }\nowners:\n  allowed: ["team-*"]\n`;
    expect(await problemsOf(text)).toEqual([]);
  });

  it('a name in `owners.teams-file` (matched as a glob like `owners.allowed`) is checked when the config loads', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'obslint-teams-'));
    writeFileSync(path.join(root, '.obslint.yml'), 'owners:\n  teams-file: teams.yaml\n');
    writeFileSync(path.join(root, 'teams.yaml'), `- payments\n- "${BAD}"\n`);
    await expect(loadConfig(root)).rejects.toThrow(
      `.obslint.yml:2:15: The teams file \`teams.yaml\` has a name that cannot be matched: \`${BAD}\` expands to more than 1024 patterns. A team name may use \`*\`, not this many \`{a,b}\` alternatives.`,
    );
    writeFileSync(path.join(root, 'teams.yaml'), '- payments\n- "team-{a,b}"\n');
    await expect(loadConfig(root)).resolves.toBeDefined();
  });

  it('covers every rule that compiles an option as globs (alert-owner\'s come from `owners.allowed`)', () => {
    const rules = path.join(import.meta.dirname, '../../src/rules');
    const compiling = readdirSync(rules)
      .filter((file) => file.endsWith('.ts') && readFileSync(path.join(rules, file), 'utf8').includes('compileGlobs('))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(compiling.sort()).toEqual([...Object.keys(RULE_GLOBS), 'alert-owner'].sort());
  });
});
