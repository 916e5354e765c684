import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, scratchRepo } from './helpers.js';

/**
 * Class 9: a report the Action cannot write (a missing folder, a path that cannot be written,
 * a full disk) is a warning. The other reports are still written, nothing prints a stack trace,
 * and the exit status is the findings' verdict alone.
 */

const BROKEN = { 'rules/a.yml': 'groups:\n- name: g\n  rules:\n  - record: r\n    expr: up +\n' };
const CLEAN = { 'rules/a.yml': 'groups:\n- name: g\n  rules:\n  - record: r\n    expr: up\n' };

const warning = (what: string, reason: string) => `::warning::obslint could not write ${what} (${reason}); the other reports are unaffected.`;
const warnings = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning::'));
const COUNTS = { errors: '1', warnings: '0', notices: '0', scorecard: '[]' };

/** No line of a JavaScript stack: `    at fn (file:line:col)`. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('a report that cannot be written', () => {
  it('the summary in a missing folder: outputs and SARIF are still written', async () => {
    const root = scratchRepo(BROKEN);
    const summary = path.join(root, 'no/such/folder/summary.md');
    const run = await runAction(root, { 'sarif-file': 'obslint.sarif' }, { GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(warnings(run.stdout)).toEqual([
      warning('the job summary', `Unable to access summary file: '${summary}'. Check if the file has correct read/write permissions.`),
    ]);
    expect(run.outputs).toEqual({ 'sarif-file': path.join(root, 'obslint.sarif'), ...COUNTS });
    expect(JSON.parse(readFileSync(path.join(root, 'obslint.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
  });

  it('the summary on a full disk', async () => {
    const run = await runAction(scratchRepo(BROKEN), {}, { GITHUB_STEP_SUMMARY: '/dev/full' });
    expect(run.code).toBe(1);
    expect(warnings(run.stdout)).toEqual([warning('the job summary', 'ENOSPC')]);
    expect(run.outputs).toEqual(COUNTS);
  });

  it('the outputs file in a missing folder: the summary and SARIF are still written', async () => {
    const root = scratchRepo(BROKEN);
    const outputs = path.join(root, 'no/such/folder/output');
    const run = await runAction(root, { 'sarif-file': 'obslint.sarif' }, { GITHUB_OUTPUT: outputs });
    expect(run.code).toBe(1);
    expect(warnings(run.stdout)).toEqual([
      warning('the output sarif-file', `Missing file at path: ${outputs}`),
      warning('the outputs errors, warnings, notices, scorecard', `Missing file at path: ${outputs}`),
    ]);
    expect(run.summary).toContain(':x: 1 error, 0 warnings, 0 notices in 1 file (1 linted) — fails the check (fail-on: error)');
    expect(existsSync(path.join(root, 'obslint.sarif'))).toBe(true);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
  });

  it('the outputs file on a full disk', async () => {
    const run = await runAction(scratchRepo(BROKEN), {}, { GITHUB_OUTPUT: '/dev/full' });
    expect(run.code).toBe(1);
    expect(warnings(run.stdout)).toEqual([warning('the outputs errors, warnings, notices, scorecard', 'ENOSPC')]);
    expect(run.summary).toContain('fails the check');
  });

  it.each([
    ['a folder that is a file', 'rules/a.yml/obslint.sarif', 'EEXIST'],
    ['a folder', 'rules', 'EISDIR'],
  ])('the SARIF file at %s', async (_name, sarif, reason) => {
    const run = await runAction(scratchRepo(BROKEN), { 'sarif-file': sarif });
    expect(run.code).toBe(1);
    expect(warnings(run.stdout)).toEqual([warning(`the SARIF file ${sarif}`, reason)]);
    expect(run.outputs).toEqual(COUNTS);
    expect(run.summary).toContain('fails the check');
  });

  it('the SARIF file in a missing folder is written, its folder made', async () => {
    const root = scratchRepo(BROKEN);
    const run = await runAction(root, { 'sarif-file': 'reports/deep/obslint.sarif' });
    expect(warnings(run.stdout)).toEqual([]);
    expect(existsSync(path.join(root, 'reports/deep/obslint.sarif'))).toBe(true);
  });

  it.each([
    ['findings at fail-on', BROKEN, {}, 1],
    ['findings, fail-on never', BROKEN, { 'fail-on': 'never' }, 0],
    ['no findings', CLEAN, {}, 0],
  ])('all three unwritable, %s: the exit status is the verdict', async (_name, files, inputs, code) => {
    const root = scratchRepo(files);
    mkdirSync(path.join(root, 'reports.sarif'));
    const run = await runAction(root, { ...inputs, 'sarif-file': 'reports.sarif' }, { GITHUB_OUTPUT: '/dev/full', GITHUB_STEP_SUMMARY: '/dev/full' });
    expect(run.code).toBe(code);
    expect(warnings(run.stdout)).toEqual([
      warning('the job summary', 'ENOSPC'),
      warning('the SARIF file reports.sarif', 'EISDIR'),
      warning('the outputs errors, warnings, notices, scorecard', 'ENOSPC'),
    ]);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
    expect(run.stderr).toBe('');
  });

  it.skipIf(!existsSync('/proc/version'))('a file no one may write (/proc/version)', async () => {
    const run = await runAction(scratchRepo(BROKEN), {}, { GITHUB_OUTPUT: '/proc/version', GITHUB_STEP_SUMMARY: '/proc/version' });
    expect(run.code).toBe(1);
    const lines = warnings(run.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning::obslint could not write the job summary \(.+\); the other reports are unaffected\.$/);
    expect(lines[1]).toMatch(/^::warning::obslint could not write the outputs errors, warnings, notices, scorecard \(E[A-Z]+\); the other reports are unaffected\.$/);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
  });
});
