import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import type { FileJob, FileResult } from '../../src/engine/lint.js';
import { CLI } from '../e2e-helpers.js';

// Counts the files linted on this (the main) thread; lint threads run the bundle's own copy.
const linted = vi.hoisted(() => ({ here: [] as string[] }));
vi.mock('../../src/engine/lint.js', async (original) => {
  const actual = await original<typeof import('../../src/engine/lint.js')>();
  return {
    ...actual,
    lintFile: (file: string, ...rest: Parameters<typeof actual.lintFile> extends [string, ...infer R] ? R : never) => {
      linted.here.push(file);
      return actual.lintFile(file, ...rest);
    },
  };
});
const { lintFiles, threadsFor } = await import('../../src/engine/pool.js');

describe('threadsFor', () => {
  it.each<[string, number, number, string | undefined, number]>([
    ['a small run stays on the main thread', 30, 8, undefined, 1],
    ['two threads would be one lint thread: not for a middling run', 100, 2, undefined, 1],
    ['two threads would be one lint thread: not for a middling run on more cores', 90, 8, undefined, 1],
    ['more cores: three threads, two lint threads', 499, 3, undefined, 3],
    ['a large run on 2 cores: one lint thread, for its capped memory', 1000, 2, undefined, 2],
    ['more lint threads as files and cores allow', 120, 8, undefined, 3],
    ['at most 4', 10_000, 16, undefined, 4],
    ['one core', 10_000, 1, undefined, 1],
    ['OBSLINT_THREADS decides', 10, 2, '3', 3],
    ['OBSLINT_THREADS=1', 10_000, 16, '1', 1],
    ['OBSLINT_THREADS that is not a count is ignored', 10_000, 2, 'many', 2],
    ['OBSLINT_THREADS empty is ignored', 30, 2, '', 1],
    ['OBSLINT_THREADS is capped', 10, 2, '1000', 64],
  ])('%s', (_, files, cores, forced, expected) => {
    expect(threadsFor(files, cores, forced)).toBe(expected);
  });
});

describe.skipIf(!existsSync(CLI))('lintFiles', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'obslint-pool-'));
  const files = Array.from({ length: 12 }, (_, i) => `rules-${i}.yml`);
  for (const [i, file] of files.entries()) writeFileSync(path.join(root, file), `groups:\n- name: g${i}\n  rules:\n  - alert: A${i}\n    expr: up == 0\n`);
  const job: FileJob = { root, config: resolveConfig({}) };

  async function lint(workerUrl: URL, threads: number): Promise<Map<string, FileResult>> {
    linted.here = [];
    const results = new Map<string, FileResult>();
    await lintFiles(files, new Set(), job, { workerUrl, threads }, (result) => {
      expect(results.has(result.file)).toBe(false);
      results.set(result.file, result);
    });
    return results;
  }

  it('lints on the lint threads while the main thread hands out files, with the same results', async () => {
    const alone = await lint(pathToFileURL(CLI), 1);
    expect(linted.here).toHaveLength(files.length);
    const threaded = await lint(pathToFileURL(CLI), 3);
    expect(linted.here).toEqual([]);
    expect([...threaded.keys()].sort()).toEqual([...files].sort());
    for (const file of files) expect(threaded.get(file)!.findings.map((f) => f.rule).sort()).toEqual(alone.get(file)!.findings.map((f) => f.rule).sort());
    expect(threaded.get('rules-0.yml')!.findings.map((f) => f.rule).sort()).toEqual(['alert-owner', 'alert-runbook', 'alert-severity']);
  });

  it('lints what is left on the main thread when every lint thread stops early, and says which files a stopped thread held', async () => {
    const stops = new URL(`data:text/javascript,${encodeURIComponent('process.exit(0)')}`);
    const results = await lint(stops, 2);
    expect([...results.keys()].sort()).toEqual([...files].sort());
    const lost = [...results.values()].filter((r) => r.findings.some((f) => f.rule === 'unreadable-file'));
    for (const result of lost) expect(result.findings[0].message).toMatch(/the lint thread stopped/);
    expect(lost.length).toBeLessThanOrEqual(2);
    expect(linted.here.length + lost.length).toBe(files.length);
    expect(linted.here.length).toBeGreaterThanOrEqual(files.length - 2);
  });
});
