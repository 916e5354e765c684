import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Finding } from '../../src/core/findings.js';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint, type RunResult } from '../../src/engine/run.js';
import { BLOCKING, CORPUS } from '../corpus-helpers.js';

/** Every file of one corpus folder, linted as a repository with the default config. */
export function lintCorpus(folder: string): Promise<RunResult> {
  return runLint({ root: path.join(CORPUS, folder), paths: ['.'], config: resolveConfig({}), threads: 1 });
}

/** The file names of a corpus folder, sorted. */
export function corpusFiles(folder: string): string[] {
  return readdirSync(path.join(CORPUS, folder)).sort();
}

/**
 * Each document of a corpus file as plain data, read by the `yaml` package rather than
 * obslint's own reader, so what a test expects does not come from the code it tests.
 */
export function corpusDocuments(folder: string, file: string): unknown[] {
  return parseAllDocuments(readFileSync(path.join(CORPUS, folder, file), 'utf8')).map((document) => document.toJS() as unknown);
}

/** A kind or a rule that failed on some file: the engine turns an exception into such a finding. */
export function crashes(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => /^(This document could not be checked|This rule failed on this file)/.test(f.message));
}

/** The rules of the findings that mean "the loading program refuses this file", by file. */
export function blockingByFile(findings: readonly Finding[]): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const f of findings) {
    if (!BLOCKING.has(f.rule)) continue;
    const rules = (byFile[f.file] ??= []);
    if (!rules.includes(f.rule)) rules.push(f.rule);
  }
  return byFile;
}

export function count(findings: readonly Finding[], rule: string): number {
  return findings.filter((f) => f.rule === rule).length;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
