import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURE_REPO, REPO_ROOT, cleanEnv, runNode } from './e2e-helpers.js';

// The launcher (dist/cli/index.js) compiles the program with V8's code cache and writes the
// cache after a run that linted. Each test has its own cache folder (OBSLINT_COMPILE_CACHE).
function cacheFolder(mode = 0o700): string {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'obslint-cache-test-')), 'cache');
  mkdirSync(folder);
  chmodSync(folder, mode);
  return folder;
}

const run = (args: string[], folder: string, extra: NodeJS.ProcessEnv = {}, cwd = FIXTURE_REPO) =>
  runNode(CLI, args, { cwd, env: cleanEnv({ OBSLINT_COMPILE_CACHE: folder, ...extra }) });

const cacheFiles = (folder: string) => readdirSync(folder);

describe('the CLI compile cache', () => {
  it('is written by the first run that lints, then used as it is', async () => {
    const folder = cacheFolder();
    const version = await run(['--version'], folder);
    expect(version.code).toBe(0);
    // `--version` compiles next to nothing: a cache from it would slow every later run.
    expect(cacheFiles(folder)).toEqual([]);

    const cold = await run(['--format', 'json'], folder);
    expect(cold.code).toBe(1);
    const [file, ...others] = cacheFiles(folder);
    expect(others).toEqual([]);
    expect(file).toMatch(/^[0-9a-f]{16}-\d+-v\d+\.\d+\.\d+-\w+\.cache$/);
    const written = statSync(path.join(folder, file));
    // Code for every function the run used, not only what compiles at load.
    expect(written.size).toBeGreaterThan(100_000);
    expect(written.mode & 0o777).toBe(0o600);

    const warm = await run(['--format', 'json'], folder);
    expect(warm).toStrictEqual(cold);
    // Accepted by V8, so not written again.
    expect(statSync(path.join(folder, file)).mtimeMs).toBe(written.mtimeMs);
  });

  it('grows when a later run uses code the first did not, then stays as it is', async () => {
    const folder = cacheFolder();
    await run(['rules/api.yml'], folder);
    const [file] = cacheFiles(folder);
    const first = statSync(path.join(folder, file)).size;
    // Every kind of file: much code a run over one rule file never compiled.
    const examples = path.join(REPO_ROOT, 'examples');
    await run([], folder, {}, examples);
    const grown = statSync(path.join(folder, file));
    expect(grown.size).toBeGreaterThan(first + 16 * 1024);
    await run([], folder, {}, examples);
    expect(statSync(path.join(folder, file)).mtimeMs).toBe(grown.mtimeMs);
  });

  it('is replaced when V8 refuses it, and the run is unaffected', async () => {
    const folder = cacheFolder();
    const cold = await run([], folder);
    const [file] = cacheFiles(folder);
    writeFileSync(path.join(folder, file), 'not a code cache');
    const afterDamage = await run([], folder);
    expect(afterDamage).toStrictEqual(cold);
    expect(statSync(path.join(folder, file)).size).toBeGreaterThan(100_000);
  });

  it('is not used in a folder others can write to, nor when turned off', async () => {
    const shared = cacheFolder(0o777);
    const plain = await run([], shared);
    expect(plain.code).toBe(1);
    expect(cacheFiles(shared)).toEqual([]);

    const folder = cacheFolder();
    expect(await run([], folder, { NODE_DISABLE_COMPILE_CACHE: '1' })).toStrictEqual(plain);
    expect(cacheFiles(folder)).toEqual([]);
  });

  it('serves lint threads too, which start through the launcher and never write it', async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'obslint-cache-threads-'));
    const rules = readFileSync(path.join(FIXTURE_REPO, 'rules/api.yml'), 'utf8');
    for (let i = 0; i < 40; i++) writeFileSync(path.join(repo, `r${i}.rules.yml`), rules);
    const folder = cacheFolder();
    const threads = { OBSLINT_THREADS: '3' };
    const cold = await run(['--format', 'json'], folder, threads, repo);
    const warm = await run(['--format', 'json'], folder, threads, repo);
    const alone = await run(['--format', 'json'], folder, { OBSLINT_THREADS: '1', NODE_DISABLE_COMPILE_CACHE: '1' }, repo);
    expect(cold.code).toBe(1);
    expect(cold.stderr).toBe('');
    expect(warm).toStrictEqual(cold);
    expect(alone).toStrictEqual(cold);
    expect((JSON.parse(cold.stdout) as { findings: unknown[] }).findings).toHaveLength(3 * 40);
    expect(cacheFiles(folder)).toHaveLength(1);
  });
});
