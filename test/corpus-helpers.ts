import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { REPO_ROOT } from './e2e-helpers.js';

/** Real public config files, beside the repository in development; absent from a user's clone. */
export const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
export const HAS_CORPUS = existsSync(CORPUS);

export const HAS_PROMTOOL = spawnSync('promtool', ['--version']).status === 0;

/** Rules whose findings mean "Prometheus would refuse this file". */
export const BLOCKING = new Set(RULES.filter((rule) => rule.meta.blocking).map((rule) => rule.meta.id));

export function promtoolAccepts(file: string): boolean {
  return spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8' }).status === 0;
}

export function skipNote(what: string, why: string): void {
  console.warn(`skipped ${what}: ${why}`);
}
