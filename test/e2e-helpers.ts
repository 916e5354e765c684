import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
export const ACTION = path.join(REPO_ROOT, 'dist/index.js');
export const FIXTURE_REPO = path.join(REPO_ROOT, 'test/fixtures/repo');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a bundle with node, as a user or the runner would. */
export function runNode(script: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Ran> {
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first.`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env ?? cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The environment without anything of the GitHub runner's, so a test sets exactly what it means. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GITHUB_') && !key.startsWith('INPUT_') && !key.startsWith('RUNNER_') && key !== 'FORCE_COLOR') env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** A private copy of a fixture folder, so a test may write into it. */
export function copyFixture(from: string): string {
  const to = mkdtempSync(path.join(os.tmpdir(), 'obslint-e2e-'));
  cpSync(from, to, { recursive: true });
  return to;
}
