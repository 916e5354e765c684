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
