import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig, type ResolvedConfig } from '../../src/engine/config.js';
import type { Finding } from '../../src/core/findings.js';
import { lintText } from '../../src/engine/lint.js';
import { ACTION, cleanEnv, runNode, type Ran } from '../e2e-helpers.js';
import { scratchRepo } from '../rule-tester.js';

export { scratchRepo };

/** Default settings, shared by the tests that lint text in-process. */
export const DEFAULTS: ResolvedConfig = resolveConfig({});

/** Lints one text in-process, as the file `file` of a repository at the temp folder. */
export async function lintOne(text: string, file = 'rules.yml', config = DEFAULTS): Promise<Finding[]> {
  return (await lintText(file, text, { root: os.tmpdir(), config }, true)).findings;
}

/** `file:line:column rule`, the part of a finding that must agree between runs. */
export function where(f: Finding): string {
  return `${f.file}:${f.start.line}:${f.start.column} ${f.rule}`;
}

/**
 * The least CPU time of a few runs, in milliseconds. CPU time, not wall time: other processes
 * on a busy machine delay the work but do not add to it.
 */
export async function fastest(run: () => unknown, times = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const before = process.cpuUsage();
    await run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * How much more CPU time the work takes at 8n than at n. Linear work gives about 8 and
 * quadratic about 64; tests allow 24, far from both. A measurement over the bound is taken
 * again (up to three times, the least kept): noise passes, a quadratic step never does. n must
 * make the work take milliseconds: below that, caches and the garbage collector decide the
 * ratio, not the algorithm.
 */
export async function growth(work: (n: number) => unknown, n: number): Promise<{ ratio: number; small: number; large: number }> {
  await work(n); // warm up: compile the code paths and load what loads lazily
  let best = { ratio: Infinity, small: 0, large: 0 };
  for (let attempt = 0; attempt < 3 && best.ratio >= LINEAR_BOUND; attempt++) {
    const small = await fastest(() => work(n));
    if (small < 2) throw new Error(`n = ${n} takes ${small.toFixed(2)} ms: too little to measure growth, take a larger n`);
    const large = await fastest(() => work(8 * n));
    if (large / small < best.ratio) best = { ratio: large / small, small, large };
  }
  return best;
}

export const LINEAR_BOUND = 24;

export interface ActionRun extends Ran {
  /** The outputs written to the runner's file; empty when the test pointed GITHUB_OUTPUT elsewhere. */
  outputs: Record<string, string>;
  /** The job summary's text; undefined when the test pointed GITHUB_STEP_SUMMARY elsewhere. */
  summary?: string;
}

/**
 * Runs dist/index.js the way the runner does: inputs as INPUT_* variables, outputs and the
 * summary as files. `env` overrides any of the runner's variables (a path to a missing folder,
 * `/dev/full`).
 */
export async function runAction(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const scratch = scratchRepo({ github_output: '', step_summary: '' });
  const outputFile = path.join(scratch, 'github_output');
  const summaryFile = path.join(scratch, 'step_summary');
  const eventFile = path.join(scratch, 'event.json');
  writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc123' } } }));
  const fullEnv = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/observability',
    GITHUB_SHA: 'abc123',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: os.tmpdir(),
    INPUT_PATHS: '.',
    INPUT_CONFIG: '',
    'INPUT_FAIL-ON': '',
    'INPUT_SARIF-FILE': '',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env,
  });
  const ran = await runNode(ACTION, [], { cwd: workspace, env: fullEnv });
  return {
    ...ran,
    outputs: fullEnv.GITHUB_OUTPUT === outputFile ? parseOutputs(readFileSync(outputFile, 'utf8')) : {},
    summary: fullEnv.GITHUB_STEP_SUMMARY === summaryFile ? readFileSync(summaryFile, 'utf8') : undefined,
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) outputs[match[1]] = match[3];
  return outputs;
}
