import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../src/template/index.js';
import { HAS_PROMTOOL, skipNote } from '../corpus-helpers.js';
import { CASES } from './cases.js';

/**
 * The installed promtool (Prometheus 2.42, built with Go 1.19) is older than the Prometheus
 * obslint follows; where the two differ on a case, it is named here with why.
 */
const EXPECTED_DISAGREEMENTS: Record<string, string> = {
  'functions added in Prometheus 3.6 and 3.8': '`now`, `toDuration` (3.6) and `urlQueryEscape` (3.8) are not functions in 2.42',
  'with, else with, else': '`{{else with}}` arrived in Go 1.23',
};

/** One rule file with every case as an annotation of its own alert, `case<index>`. */
function ruleFile(): string {
  const rules = CASES.map((c, i) => `      - alert: case${i}\n        expr: vector(1)\n        annotations:\n          text: ${JSON.stringify(c.text)}\n`);
  return `groups:\n  - name: templates\n    rules:\n${rules.join('')}`;
}

/** The cases promtool refuses, by index, from lines such as `rule 3, "case2": annotation "text": template: …`. */
function refusedByPromtool(): Set<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'obslint-templates-'));
  try {
    const file = path.join(dir, 'rules.yml');
    writeFileSync(file, ruleFile());
    const run = spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8' });
    const errors = (run.stdout + run.stderr).split('\n').filter((line) => line.startsWith(file));
    // Any other error (in the file itself, say) would make cases look accepted.
    const refused = errors.map((line) => /: group "templates", rule \d+, "case(\d+)": annotation "text": template: /.exec(line)?.[1]);
    expect(refused.filter((index) => index === undefined), errors.join('\n')).toEqual([]);
    expect(run.status).toBe(errors.length > 0 ? 1 : 0);
    return new Set(refused.map(Number));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!HAS_PROMTOOL)('templates: agreement with promtool check rules', () => {
  it('promtool refuses exactly the cases checkTemplate refuses, except the named ones', () => {
    const refused = refusedByPromtool();
    const disagreements = CASES.filter((c, i) => refused.has(i) !== checkTemplate(c.text).length > 0).map((c) => c.name);
    console.info(`templates: ${CASES.length} cases, ${CASES.length - disagreements.length} agree with promtool ${promtoolVersion()}`);
    expect(disagreements.sort()).toEqual(Object.keys(EXPECTED_DISAGREEMENTS).sort());
  });
});

function promtoolVersion(): string {
  return /version (\S+)/.exec(spawnSync('promtool', ['--version'], { encoding: 'utf8' }).stdout)?.[1] ?? '';
}

if (!HAS_PROMTOOL) skipNote('promtool template reference tests', 'promtool is not installed (scripts/install-reference-tools.sh installs it)');
