import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPromql } from '../../src/promql/check.js';
import { REPO_ROOT } from '../e2e-helpers.js';

/**
 * The checker keeps its own stacks instead of recursing, so a thread with a small stack (a
 * worker of the thread pool) must give the very answers of the main thread, for inputs as deep
 * as the size limit allows.
 */
const DEEP = [
  `${'('.repeat(49_999)}up${')'.repeat(49_999)}`,
  `${'abs('.repeat(19_000)}up${')'.repeat(19_000)}`,
  Array.from({ length: 20_000 }, () => 'up').join(' ^ '),
  `${'-'.repeat(90_000)}up`,
  `foo[${'('.repeat(40_000)}5m${')'.repeat(40_000)}]`,
  `foo{a=~"${'('.repeat(999)}a${')'.repeat(999)}"}`,
  `foo{a=~"${'('.repeat(30_000)}a${')'.repeat(30_000)}"}`,
  `${'('.repeat(30_000)}rate(up)${')'.repeat(30_000)}`,
];

/** The checker's sources, compiled to plain modules a worker can load. */
function compiledChecker(dir: string): string {
  const sources = path.join(REPO_ROOT, 'src/promql');
  for (const file of readdirSync(sources).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(path.join(sources, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(path.join(dir, file.replace(/\.ts$/, '.js')), outputText);
  }
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return path.join(dir, 'check.js');
}

describe('on a worker thread with a 1 MB stack', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'obslint-promql-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the answers of the main thread', async () => {
    const checker = compiledChecker(dir);
    const script = `
      import { parentPort, workerData } from 'node:worker_threads';
      const { checkPromql, loadRegexEngine } = await import(workerData.checker);
      await loadRegexEngine();
      parentPort.postMessage(workerData.exprs.map((e) => checkPromql(e, { names: 'utf8' })));
    `;
    const worker = new Worker(script, { eval: true, workerData: { checker, exprs: DEEP }, resourceLimits: { stackSizeMb: 1 } });
    const answers = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const main = DEEP.map((e) => checkPromql(e, { names: 'utf8' }));
    expect(answers).toEqual(main);
    // Deep, but not wrong: only the regular expression nesting beyond Go's 1,000 levels and the `rate` are refused.
    expect(main.map((problems) => problems.length)).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
  });
});
