import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.js';
import { decode } from '../../src/core/load.js';
import { runLint } from '../../src/engine/run.js';
import { CLI, cleanEnv, runNode } from '../e2e-helpers.js';
import { fuzzRepo, type FuzzFile } from './fuzz-cases.js';
import { DEFAULTS } from './helpers.js';

/**
 * Fuzzing: mutated files of six kinds, linted in-process. For every case: no exception, every
 * finding in a file of the case at a line and column inside that file, and an unreadable-file
 * finding for each file that cannot be read as text. For every batch: the CLI bundle gives the
 * same findings on one thread and on four, and the same as this process.
 *
 * `node scripts/fuzz.mjs --runs 100000` runs these properties longer, with other seeds.
 */

const RUNS = Number(process.env.OBSLINT_FUZZ_RUNS ?? 2_000);
const BATCHES = Number(process.env.OBSLINT_FUZZ_BATCHES ?? 2);
const SEED = Number(process.env.OBSLINT_FUZZ_SEED ?? 20261127);

/** The line and column a finding may have in `text`: lines as LineIndex counts them, the column up to just past the line's end. */
function outsideTheFile(text: string, f: Finding): string | undefined {
  const lines = text.split('\n');
  for (const [name, p] of [['start', f.start], ['end', f.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.column) || p.line < 1 || p.column < 1) return `${name} ${p.line}:${p.column} is not a position`;
    if (text === '' && (p.line !== 1 || p.column !== 1)) return `${name} ${p.line}:${p.column} in a file read as empty`;
    if (p.line > lines.length) return `${name} line ${p.line} of ${lines.length}`;
    if (p.column > lines[p.line - 1].length + 1) return `${name} column ${p.column} of a line of ${lines[p.line - 1].length}`;
  }
  return undefined;
}

/** Lints one case in its own folder and checks the per-case properties; returns its findings. */
async function lintCase(dir: string, files: FuzzFile[]): Promise<Finding[]> {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file.name)), { recursive: true });
    writeFileSync(path.join(dir, file.name), file.bytes);
  }
  const names = files.map((f) => f.name);
  const { findings } = await runLint({ root: dir, paths: names, config: DEFAULTS, threads: 1 });
  const problems: string[] = [];
  for (const f of findings) {
    const file = files.find((candidate) => candidate.name === f.file);
    if (!file) problems.push(`a finding in ${f.file}, not a file of the case`);
    else {
      const outside = outsideTheFile(decode(file.bytes).text, f);
      if (outside) problems.push(`${f.file} ${f.rule}: ${outside}`);
    }
  }
  for (const file of files) {
    const read = decode(file.bytes);
    if (read.problem && !findings.some((f) => f.file === file.name && f.rule === 'unreadable-file')) {
      problems.push(`${file.name} cannot be read (${read.problem.message}) and is not reported`);
    }
  }
  expect(problems).toEqual([]);
  return findings;
}

const brief = (f: { file: string; line: number; column: number; rule: string; message: string }) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`;

describe('fuzzed files of six kinds', () => {
  it.each(Array.from({ length: BATCHES }, (_, i) => i))(`batch %i: ${RUNS / BATCHES} cases, then the batch on one and four threads`, async (batch) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'obslint-fuzz-'));
    const cases: string[] = [];
    await fc.assert(
      fc.asyncProperty(fuzzRepo, async (files) => {
        const dir = path.join(root, `case-${String(cases.length).padStart(6, '0')}`);
        cases.push(...files.map((f) => path.posix.join(path.basename(dir), f.name)));
        await lintCase(dir, files);
      }),
      { seed: SEED + batch, numRuns: Math.ceil(RUNS / BATCHES) },
    );

    // The whole batch as one repository, every file named: in this process, then the bundle on one and four threads.
    const here = (await runLint({ root, paths: cases, config: DEFAULTS, threads: 1 })).findings;
    const outputs: string[] = [];
    for (const threads of ['1', '4']) {
      const ran = await runNode(CLI, ['--format', 'json', '--', ...cases], { cwd: root, env: cleanEnv({ OBSLINT_THREADS: threads }) });
      expect(ran.stderr).toBe('');
      outputs.push(ran.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    const bundle = (JSON.parse(outputs[0]) as { findings: Parameters<typeof brief>[0][] }).findings;
    expect(bundle.map(brief)).toEqual(here.map((f) => brief({ ...f, line: f.start.line, column: f.start.column })));
    // Kept when a check fails, to look at; a long run makes a hundred of these.
    rmSync(root, { recursive: true, force: true });
  });
});
