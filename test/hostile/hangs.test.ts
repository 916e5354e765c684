import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveConfig } from '../../src/engine/config.js';
import { compileGlobs, expandBraces } from '../../src/core/glob.js';
import { runLint } from '../../src/engine/run.js';
import { cli } from '../../src/run-cli.js';
import { CLI } from '../e2e-helpers.js';
import { fastest, scratchRepo } from './helpers.js';

/**
 * Class 7: a config or a glob from a pull request must not hang the run or make it read without
 * end. Each case either answers at once with an error or takes time in proportion to its size.
 */

const RULES = { 'rules/a.yml': 'groups: []\n' };

/** The CLI in-process: exit code, what it wrote, and how long it took. */
async function runCli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: {} };
  const started = performance.now();
  const code = await cli(argv, cwd, undefined, io);
  return { code, stdout, stderr, ms: performance.now() - started };
}

async function configProblem(root: string, explicit?: string): Promise<string> {
  const started = performance.now();
  const error = await loadConfig(root, explicit).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).message;
}

describe('configs that would block or never end', () => {
  it('--config naming a FIFO returns at once with an error', async () => {
    const root = scratchRepo(RULES);
    expect(spawnSync('mkfifo', [path.join(root, 'config.fifo')]).status).toBe(0);
    const { code, stdout, stderr, ms } = await runCli(['--config', 'config.fifo'], root);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: 'obslint: the config has problems:\nconfig.fifo: The config file is not a regular file.\n' });
    expect(ms).toBeLessThan(2_000);
  });

  it('.obslint.yml linked to a FIFO in the repository is refused unread', async () => {
    const root = scratchRepo(RULES);
    expect(spawnSync('mkfifo', [path.join(root, 'config.fifo')]).status).toBe(0);
    symlinkSync('config.fifo', path.join(root, '.obslint.yml'));
    expect(await configProblem(root)).toBe('.obslint.yml: The config file is not a regular file.');
  });

  it.each(['/dev/urandom', '/dev/zero'])('.obslint.yml linked to %s is refused unread', async (device) => {
    const root = scratchRepo(RULES);
    symlinkSync(device, path.join(root, '.obslint.yml'));
    expect(await configProblem(root)).toBe('.obslint.yml: The config file is a symlink to a file outside the repository; obslint does not read it.');
    // Named on the command line it is the user's to name, and still not read.
    expect(await configProblem(root, device)).toBe(`${device}: The config file is not a regular file.`);
  });
});

describe('an implicit config that cannot be read is an error, not a fallback to defaults', () => {
  it('a folder named .obslint.yml', async () => {
    const root = scratchRepo(RULES);
    mkdirSync(path.join(root, '.obslint.yml'));
    expect(await configProblem(root)).toBe('.obslint.yml: The config file is not a regular file.');
  });

  it('a symlink loop, and a symlink to nothing', async () => {
    const root = scratchRepo(RULES);
    symlinkSync('.obslint.yml', path.join(root, '.obslint.yml'));
    expect(await configProblem(root)).toBe('.obslint.yml: The config file is a symlink to nothing.');
    const other = scratchRepo(RULES);
    symlinkSync('gone.yml', path.join(other, '.obslint.yaml'));
    expect(await configProblem(other)).toBe('.obslint.yaml: The config file is a symlink to nothing.');
  });

  it('a file without read permission', async () => {
    const root = scratchRepo({ ...RULES, '.obslint.yml': 'rules: {}\n' });
    chmodSync(path.join(root, '.obslint.yml'), 0o000);
    const expected = 'obslint: the config has problems:\n.obslint.yml: Cannot read the config file (EACCES).\n';
    if (process.getuid?.() !== 0) {
      const { code, stderr } = await runCli([], root);
      expect({ code, stderr }).toEqual({ code: 2, stderr: expected });
      return;
    }
    // root reads any file: ask the bundle as an unprivileged user.
    if (!existsSync('/usr/sbin/runuser') || !existsSync(CLI)) {
      console.warn('skipped the unreadable config as another user: runuser or the CLI bundle is missing');
      return;
    }
    chmodSync(root, 0o755);
    const ran = spawnSync('/usr/sbin/runuser', ['-u', 'nobody', '--', process.execPath, CLI], { cwd: root, encoding: 'utf8' });
    expect({ code: ran.status, stderr: ran.stderr }).toEqual({ code: 2, stderr: expected });
  });
});

describe('globs with many stars', () => {
  /** LONG in the table below. */
  const longName = `${'a'.repeat(250)}.yml`;

  it.each([
    ['**/*.yml', 'a.yml', true],
    ['**/*.yml', 'a/b/c.yml', true],
    ['**/**/**/x.yml', 'x.yml', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/../b', false],
    ['**/x', '../x', false],
    ['*.yml', 'a/b.yml', false],
    ['a/*/c', 'a/b/c', true],
    ['a/*/c', 'a/b/b/c', false],
    ['{a,b}/**/*.yml', 'b/x/y.yml', true],
    ['!**/*.yml', 'a.yml', false],
    ['*a*a*a*a*a*ab.yml', 'LONG', false],
    ['*a*a*a*a*a*a.yml', 'LONG', true],
  ])('%s against %s: %s', (pattern, file, expected) => {
    expect(compileGlobs([pattern])(file === 'LONG' ? longName : file)).toBe(expected);
  });

  // A regular expression compiled from `*a*a*a…b.yml` backtracks exponentially on such a name.
  // Here a pattern as long as a config may hold is read once, and each name costs at most the
  // square of its length (names are at most 255 bytes), whatever the pattern's length.
  it.each([
    ['`*a` 400,000 times', `${'*a'.repeat(400_000)}b.yml`],
    ['`*` and a long literal', `*${'a'.repeat(800_000)}b.yml`],
    ['`**/` 300,000 times', `${'**/'.repeat(300_000)}*b.yml`],
    ['`**/a*/` 100,000 times', `${'**/a*/'.repeat(100_000)}*b.yml`],
  ])('%s against 1,000 names of 250 characters, in bounded time', async (_name, pattern) => {
    const names = Array.from({ length: 1_000 }, (_, i) => `${'a/'.repeat(i % 20)}${'a'.repeat(250)}.yml`);
    const cpu = await fastest(() => expect(names.filter(compileGlobs([pattern]))).toEqual([]), 1);
    expect(cpu).toBeLessThan(3_000);
  });

  it('`**/` repeated 30,000 times does not overflow the stack', () => {
    expect(compileGlobs([`${'**/'.repeat(30_000)}*.yml`])('a/b/c.yml')).toBe(true);
    expect(compileGlobs([`${'**/x/'.repeat(30_000)}*.yml`])('x/x/c.yml')).toBe(false);
  });

  it.each([
    ['a/{b,c{d,e}}/f', ['a/b/f', 'a/cd/f', 'a/ce/f']],
    ['{a}{b,c}', ['{a}b', '{a}c']],
    ['{a,{b,c}', ['{a,b', '{a,c']],
    ['\\{a,b}', ['\\{a,b}']],
    ['{a\\,b}', ['{a\\,b}']],
    ['{,x}y', ['y', 'xy']],
  ])('braces: %s expands to %j', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected);
  });

  // Each was quadratic (minutes at a config's size) or overflowed the stack.
  const tooMany = (pattern: string, what: string) => `\`${pattern.slice(0, 100)}… (${pattern.length} characters)\` expands to more than ${what}.`;
  it.each([
    ['`{` never closed', '{'.repeat(400_000), undefined],
    ['`{a,` never closed', '{a,'.repeat(200_000), undefined],
    ['`{` closed without a comma', `${'{'.repeat(200_000)}a${'}'.repeat(200_000)}`, undefined],
    ['`{,}` repeated', '{,}'.repeat(200_000), '1024 patterns'],
    ['`{{a,b}}` repeated', '{{a,b}}'.repeat(100_000), '1024 patterns'],
    ['`{a,` nested and closed', `${'{a,'.repeat(100_000)}${'}'.repeat(100_000)}`, '1024 patterns'],
    ['1,024 alternatives of a long pattern', `${'{a,b}'.repeat(10)}${'x'.repeat(500_000)}`, 'a megabyte of patterns'],
  ])('braces: %s are read in one pass', async (_name, pattern, error) => {
    const cpu = await fastest(() => {
      if (error === undefined) expect(() => compileGlobs([pattern])).not.toThrow();
      else expect(() => compileGlobs([pattern])).toThrow(tooMany(pattern, error));
    }, 1);
    expect(cpu).toBeLessThan(3_000);
  });

  it('a config with such an include lints the repository', async () => {
    const root = scratchRepo({ 'rules/deep/a.yml': 'groups:\n- name: g\n  rules:\n  - record: r\n    expr: up +\n' });
    const config = resolveConfig({ include: [`${'**/'.repeat(30_000)}*.yml`] });
    const result = await runLint({ root, paths: ['.'], config, threads: 1 });
    expect(result.findings.map((f) => `${f.file}:${f.start.line}:${f.start.column} ${f.rule}`)).toEqual(['rules/deep/a.yml:5:14 promql-syntax']);
  });
});
