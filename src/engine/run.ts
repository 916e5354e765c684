import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import { discover } from './discover.js';
import { compareFindings, type Finding } from './findings.js';
import { lintFiles, threadsFor } from './pool.js';

export interface RunOptions {
  /** Repository root: paths in findings are relative to it. */
  root: string;
  /** Files, folders or globs to lint, relative to the root. */
  paths: readonly string[];
  config: ResolvedConfig;
  /** The bundle to start worker threads from; omit to lint on this thread only. */
  workerUrl?: URL;
  /** Force a thread count (1 = no workers). */
  threads?: number;
}

export interface RunResult {
  findings: Finding[];
  /** Files discovered by paths and include/exclude. */
  filesScanned: number;
  /** Files in which some kind recognized a document. */
  filesLinted: number;
  alerts: number;
  recordingRules: number;
}

/** The whole pipeline over a set of paths: discover, lint every file, sort the findings. */
export async function runLint(options: RunOptions): Promise<RunResult> {
  const root = path.resolve(options.root);
  const { files, explicit, problems } = await discover({
    root,
    paths: options.paths,
    include: options.config.include,
    exclude: options.config.exclude,
  });
  const findings: Finding[] = [];
  for (const [file, problem] of problems) {
    const severity = options.config.rules[problem.rule]?.severity ?? 'warning';
    if (severity === 'off') continue;
    const at = { line: 1, column: 1 };
    findings.push({ rule: problem.rule, severity, message: problem.message, help: problem.help, file, start: at, end: at });
  }
  const toLint = files.filter((file) => !problems.has(file));
  const job = { root, config: options.config };
  const threads = options.threads ?? threadsFor(toLint.length);
  const results = await lintFiles(toLint, explicit, job, { workerUrl: options.workerUrl, threads });

  let filesLinted = problems.size;
  let alerts = 0;
  let recordingRules = 0;
  for (const result of results) {
    findings.push(...result.findings);
    if (result.kinds.length > 0 || result.findings.length > 0) filesLinted++;
    alerts += result.alerts;
    recordingRules += result.recordingRules;
  }
  findings.sort(compareFindings);
  return { findings, filesScanned: files.length, filesLinted, alerts, recordingRules };
}
