import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { DiscoverError, discover } from '../../src/engine/discover.js';
import { scratchRepo } from '../rule-tester.js';

const files = {
  'alerts/api.yml': '',
  'alerts/api.rules': '',
  'alerts/vendor/upstream.yaml': '',
  'alerts/notes.md': '',
  'k8s/rule.json': '',
  '.github/workflows/ci.yml': '',
  'node_modules/pkg/rules.yml': '',
  'dist/rules.yml': '',
  'deep/.git/HEAD.yml': '',
};

async function found(paths: string[], raw: Parameters<typeof resolveConfig>[0] = {}, root = scratchRepo(files)) {
  const config = resolveConfig(raw);
  return (await discover({ root, paths, include: config.include, exclude: config.exclude })).files;
}

describe('discover', () => {
  it('walks folders for every file a kind can claim, skipping .git, node_modules and dist', async () => {
    expect(await found(['.'])).toEqual([
      '.github/workflows/ci.yml',
      'alerts/api.rules',
      'alerts/api.yml',
      'alerts/vendor/upstream.yaml',
      'k8s/rule.json',
    ]);
  });

  it('applies include and exclude from the config', async () => {
    expect(await found(['.'], { include: ['alerts/**'], exclude: ['**/vendor/**'] })).toEqual(['alerts/api.rules', 'alerts/api.yml', 'alerts/notes.md']);
  });

  it('takes globs as paths; their matches still go through include', async () => {
    expect(await found(['alerts/**/*.yaml', 'k8s/*.json'])).toEqual(['alerts/vendor/upstream.yaml', 'k8s/rule.json']);
    expect(await found(['alerts/*'])).toEqual(['alerts/api.rules', 'alerts/api.yml']);
  });

  it('lints a file named directly even when include would not take it', async () => {
    const root = scratchRepo(files);
    const config = resolveConfig({});
    const result = await discover({ root, paths: ['alerts/notes.md'], include: config.include, exclude: config.exclude });
    expect(result.files).toEqual(['alerts/notes.md']);
    expect([...result.explicit]).toEqual(['alerts/notes.md']);
  });

  it('does not follow symlinked folders', async () => {
    const root = scratchRepo(files);
    mkdirSync(path.join(root, 'linked'));
    symlinkSync(path.join(root, 'alerts'), path.join(root, 'linked', 'alerts'));
    expect((await found(['linked'], {}, root))).toEqual([]);
  });

  it('says so when a path names nothing', async () => {
    await expect(found(['no/such/place'])).rejects.toThrow(DiscoverError);
  });
});

describe('discovery you can rely on', () => {
  const lint = async (paths: string[], options: { include?: string[]; requireMatches?: boolean } = {}) => {
    const root = scratchRepo({ ...files, 'awesome/dist/rules/x.yml': '', 'vendor/dist/y.yml': '' });
    const config = resolveConfig(options.include ? { include: options.include } : {});
    return (await discover({ root, paths, include: config.include, includeGiven: config.includeGiven, exclude: config.exclude, requireMatches: options.requireMatches })).files;
  };

  it('lints a path named on the command line even under a default skip', async () => {
    expect(await lint(['awesome/dist/rules'])).toEqual(['awesome/dist/rules/x.yml']);
    expect(await lint(['dist/rules.yml'])).toEqual(['dist/rules.yml']);
  });

  it('lets include bring back a folder a default skip removes, when it names it', async () => {
    expect(await lint(['.'], { include: ['vendor/dist/**'] })).toEqual(['vendor/dist/y.yml']);
    expect(await lint(['.'], { include: ['**/*.yml'] })).not.toContain('vendor/dist/y.yml');
  });

  it('makes a named path or glob that matches no file a usage error', async () => {
    await expect(lint(['alerts/*.yaml'], { requireMatches: true })).rejects.toThrow('alerts/*.yaml matches no file to lint.');
    await expect(lint(['alerts/notes.md', 'k8s'], { requireMatches: true, include: ['**/*.yml'] })).rejects.toThrow('k8s matches no file to lint.');
    expect(await lint(['alerts/*.yaml'], { requireMatches: false })).toEqual([]);
  });

  it('refuses a path outside the repository where only the repository may be read', async () => {
    const root = scratchRepo(files);
    const config = resolveConfig({});
    await expect(discover({ root, paths: ['../../etc'], include: config.include, exclude: [], insideRootOnly: true })).rejects.toThrow('../../etc is outside the repository');
  });

  it('walks a named symlink to a folder inside the repository, and refuses one that leaves it', async () => {
    const root = scratchRepo(files);
    symlinkSync(path.join(root, 'alerts'), path.join(root, 'linked'));
    symlinkSync('/etc', path.join(root, 'escape'));
    const config = resolveConfig({});
    const inside = await discover({ root, paths: ['linked'], include: config.include, exclude: [] });
    expect(inside.files).toEqual(['linked/api.rules', 'linked/api.yml', 'linked/vendor/upstream.yaml']);
    const outside = await discover({ root, paths: ['escape'], include: config.include, exclude: [] });
    expect([...outside.problems.entries()].map(([file, p]) => `${file}: ${p.message}`)).toEqual(['escape: Symlink points outside the repository, so it was not read.']);
  });
});
