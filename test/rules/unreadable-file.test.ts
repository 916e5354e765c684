import { execFileSync } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { scratchRepo } from '../rule-tester.js';

const GOOD = 'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: up\n';

async function lintRepo(root: string, raw: Parameters<typeof resolveConfig>[0] = {}) {
  const result = await runLint({ root, paths: ['.'], config: resolveConfig(raw), threads: 1 });
  return result.findings.map((f) => ({ file: f.file, rule: f.rule, line: f.start.line, column: f.start.column, message: f.message }));
}

describe('unreadable-file', () => {
  it('reports a file over the size limit without reading it, and lints the others', async () => {
    const root = scratchRepo({ 'good.yml': GOOD, 'huge.yml': '' });
    truncateSync(path.join(root, 'huge.yml'), 100 * 1024 * 1024);
    expect(await lintRepo(root)).toEqual([
      { file: 'huge.yml', rule: 'unreadable-file', line: 1, column: 1, message: 'File is 100 MB, over the 5 MB limit, so it was not linted.' },
    ]);
  });

  it('takes the limit from max-file-size', async () => {
    const root = scratchRepo({ 'rules.yml': GOOD });
    const findings = await lintRepo(root, { 'max-file-size': '10B' });
    expect(findings).toEqual([
      { file: 'rules.yml', rule: 'unreadable-file', line: 1, column: 1, message: 'File is 66 B, over the 10 B limit, so it was not linted.' },
    ]);
  });

  it('reports binary content', async () => {
    const root = scratchRepo({ 'good.yml': GOOD });
    writeFileSync(path.join(root, 'image.yml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    expect(await lintRepo(root)).toEqual([
      { file: 'image.yml', rule: 'unreadable-file', line: 1, column: 1, message: 'File looks binary (it contains NUL bytes), so it was not linted.' },
    ]);
  });

  it('reports bytes that are not UTF-8 at the line they are on', async () => {
    const root = scratchRepo({});
    writeFileSync(path.join(root, 'latin1.yml'), Buffer.concat([Buffer.from('groups:\n  - name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(await lintRepo(root)).toEqual([
      { file: 'latin1.yml', rule: 'unreadable-file', line: 2, column: 14, message: 'File is not valid UTF-8, so it was not linted.' },
    ]);
  });

  it('says so when a file is UTF-16', async () => {
    const root = scratchRepo({});
    writeFileSync(path.join(root, 'utf16.yml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('groups: []\n', 'utf16le')]));
    expect(await lintRepo(root)).toEqual([
      { file: 'utf16.yml', rule: 'unreadable-file', line: 1, column: 1, message: 'File is saved as UTF-16, so it was not linted.' },
    ]);
  });

  it('recognizes UTF-16 without a byte-order mark too', async () => {
    const root = scratchRepo({});
    writeFileSync(path.join(root, 'le.yml'), Buffer.from('groups: []\n', 'utf16le'));
    expect((await lintRepo(root)).map((f) => f.message)).toEqual(['File is saved as UTF-16, so it was not linted.']);
  });

  it('accepts a real U+FFFD character', async () => {
    const root = scratchRepo({ 'rules.yml': 'groups:\n  - name: "\uFFFD"\n    rules: []\n' });
    expect(await lintRepo(root)).toEqual([]);
  });

  it('does not read through a symlink that leaves the repository', async () => {
    const outside = scratchRepo({ 'secret.yml': 'groups: [not, ours]\n' });
    const root = scratchRepo({ 'good.yml': GOOD });
    symlinkSync(path.join(outside, 'secret.yml'), path.join(root, 'linked.yml'));
    expect(await lintRepo(root)).toEqual([
      { file: 'linked.yml', rule: 'unreadable-file', line: 1, column: 1, message: 'Symlink points outside the repository, so it was not read.' },
    ]);
  });

  it('lints a symlink that stays inside the repository', async () => {
    const root = scratchRepo({ 'real/rules.yml': 'groups:\n  - name: g\n    rules:\n      - record: bad{name}\n        expr: up\n' });
    symlinkSync(path.join(root, 'real/rules.yml'), path.join(root, 'alias.yml'));
    const findings = await lintRepo(root);
    expect(findings.map((f) => `${f.file}:${f.rule}`)).toEqual(['alias.yml:schema', 'real/rules.yml:schema']);
  });

  it('reports a dangling symlink', async () => {
    const root = scratchRepo({});
    symlinkSync(path.join(os.tmpdir(), 'obslint-does-not-exist.yml'), path.join(root, 'dangling.yml'));
    const findings = await lintRepo(root);
    expect(findings.map((f) => f.message)).toEqual(['Symlink points to a file that does not exist, so it was not linted.']);
  });

  it('does not read a named pipe named on the command line', async () => {
    const root = scratchRepo({});
    execFileSync('mkfifo', [path.join(root, 'pipe.yml')]);
    const result = await runLint({ root, paths: ['pipe.yml'], config: resolveConfig({}), threads: 1 });
    expect(result.findings.map((f) => f.message)).toEqual(['Not a regular file, so it was not read.']);
  });

  it('can be turned off', async () => {
    const root = scratchRepo({ 'image.yml': '\u0000\u0001' });
    expect(await lintRepo(root, { rules: { 'unreadable-file': 'off' } })).toEqual([]);
  });
});
