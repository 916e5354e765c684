import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.js';
import { runLint } from '../../src/engine/run.js';
import { cli } from '../../src/run-cli.js';
import { DEFAULTS, runAction, scratchRepo } from './helpers.js';

/**
 * Class 6: a pull request controls the files, symlinks and names in the repository. Nothing
 * outside it is read, probed or written because of them.
 */

const OWNED = 'labels: {team: t, severity: info}\n    annotations: {runbook_url: "https://runbooks.example/a"}';
const OUTSIDE_RULES = `groups:\n- name: g\n  rules:\n  - alert: Outside\n    expr: up +\n    ${OWNED}\n`;

/** A repository and, beside it, a folder it must not reach. */
function repoWithOutside(files: Record<string, string> = {}) {
  const base = scratchRepo({ 'outside/rules.yml': OUTSIDE_RULES, 'outside/config.yml': 'rules:\n  private-key-name: error\n', ...prefixed('repo/', files) });
  return { root: path.join(base, 'repo'), outside: path.join(base, 'outside') };
}

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [prefix + name, text]));
}

const brief = (f: Finding) => `${f.file}:${f.start.line}:${f.start.column} ${f.rule} ${f.message}`;

describe('paths that lead out of the repository through symlinks', () => {
  it('a named path through a symlinked folder is not read', async () => {
    const { root } = repoWithOutside({ 'rules/ok.yml': 'groups: []\n' });
    symlinkSync('../outside', path.join(root, 'linked'));
    const named = await runLint({ root, paths: ['linked/rules.yml'], config: DEFAULTS, threads: 1 });
    expect(named.findings.map(brief)).toEqual([
      'linked/rules.yml:1:1 unreadable-file This path leads outside the repository through a symlinked folder, so it was not read.',
    ]);
    const folder = await runLint({ root, paths: ['linked'], config: DEFAULTS, threads: 1 });
    expect(folder.findings.map(brief)).toEqual(['linked:1:1 unreadable-file Symlink points outside the repository, so it was not read.']);
    // Walking the repository does not follow the link at all.
    expect((await runLint({ root, paths: ['.'], config: DEFAULTS, threads: 1 })).findings).toEqual([]);
  });

  it('a runbook probed through an in-repository symlink to / is not found', async () => {
    expect(existsSync('/etc/passwd')).toBe(true);
    const rule = (runbook: string, name: string) => `  - alert: ${name}\n    expr: up\n    labels: {team: t, severity: info}\n    annotations: {runbook: ${runbook}}\n`;
    const { root } = repoWithOutside({
      'docs/runbook.md': '# Runbook\n',
      'rules/a.yml': `groups:\n- name: g\n  rules:\n${rule('../rules/root/etc/passwd', 'A')}${rule('rules/root/etc/passwd', 'B')}${rule('../docs/runbook.md', 'C')}${rule('docs/runbook.md', 'D')}`,
    });
    symlinkSync('/', path.join(root, 'rules/root'));
    const { findings } = await runLint({ root, paths: ['rules/a.yml'], config: DEFAULTS, threads: 1 });
    expect(findings.map(brief)).toEqual([
      'rules/a.yml:7:28 alert-runbook Alert `A`: the runbook `../rules/root/etc/passwd` is neither an http(s) URL nor a file in the repository.',
      'rules/a.yml:11:28 alert-runbook Alert `B`: the runbook `rules/root/etc/passwd` is neither an http(s) URL nor a file in the repository.',
    ]);
  });

  it('.obslint.yml linked to a file outside is refused, and its keys never echoed', async () => {
    const { root } = repoWithOutside({ 'rules/ok.yml': 'groups: []\n' });
    symlinkSync('../outside/config.yml', path.join(root, '.obslint.yml'));
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, env: {} };
    expect(await cli([], root, undefined, io)).toBe(2);
    expect(stderr).toBe('obslint: the config has problems:\n.obslint.yml: The config file is a symlink to a file outside the repository; obslint does not read it.\n');
    expect(stderr).not.toContain('private-key-name');
  });
});

describe('the Action refuses inputs outside the workspace', () => {
  // A path to lint outside is a usage error: the outputs say the step failed. Bad report or config inputs stop before any output.
  it.each([
    [{ paths: '../../etc' }, '::error::obslint: ../../etc is outside the repository; name files and folders inside it.', { errors: '1', warnings: '0', notices: '0', scorecard: '[]' }],
    [{ 'sarif-file': '../../x' }, '::error::obslint: input sarif-file must name a file in the workspace, not "../../x".', {}],
    [{ config: '../outside/config.yml' }, '::error::obslint: input config must name a file in the workspace, not "../outside/config.yml".', {}],
  ])('%j', async (inputs, error, outputs) => {
    const { root, outside } = repoWithOutside({ 'rules/ok.yml': 'groups: []\n' });
    const run = await runAction(root, inputs);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toEqual([error]);
    expect(run.stdout).not.toContain('private-key-name');
    expect(run.outputs).toEqual(outputs);
    expect(readdirSync(outside).sort()).toEqual(['config.yml', 'rules.yml']);
  });

  it('writes no SARIF through a symlink the pull request put where the report goes', async () => {
    const { root, outside } = repoWithOutside({ 'rules/ok.yml': 'groups: []\n' });
    symlinkSync('../outside', path.join(root, 'reports'));
    mkdirSync(path.join(root, 'out'));
    writeFileSync(path.join(outside, 'victim.sarif'), 'untouched');
    symlinkSync('../../outside/victim.sarif', path.join(root, 'out/obslint.sarif'));
    for (const [sarif, reason] of [
      ['reports/obslint.sarif', 'its folder leads outside the repository through a symlink'],
      ['reports/new/obslint.sarif', 'its folder leads outside the repository through a symlink'],
      ['out/obslint.sarif', 'it is a symlink, which obslint does not write through'],
    ]) {
      const run = await runAction(root, { 'sarif-file': sarif });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`::warning::obslint could not write the SARIF file ${sarif} (${reason}); the other reports are unaffected.\n`);
      expect(run.outputs).toEqual({ errors: '0', warnings: '0', notices: '0', scorecard: '[]' });
    }
    expect(readdirSync(outside).sort()).toEqual(['config.yml', 'rules.yml', 'victim.sarif']);
    expect(readdirSync(path.join(root, 'out'))).toEqual(['obslint.sarif']);
    expect(readFileSync(path.join(outside, 'victim.sarif'), 'utf8')).toBe('untouched');
  });
});
