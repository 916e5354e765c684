import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigError, loadConfig } from './engine/config.js';
import { DiscoverError } from './engine/discover.js';
import { countBySeverity, meetsBar, type Severity } from './engine/findings.js';
import { runLint } from './engine/run.js';
import { formatAnnotations } from './report/annotations.js';
import { formatSarif } from './report/sarif.js';
import { formatSummary } from './report/summary.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';

const FAIL_ON = ['error', 'warning', 'notice', 'never'];

/**
 * The GitHub Action: lint, annotate, summarize, optionally write SARIF, and fail the step
 * when findings reach `fail-on`. `env` is the runner's environment (tests pass their own).
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env, workerUrl?: URL): Promise<void> {
  const root = env.GITHUB_WORKSPACE || process.cwd();
  const paths = core.getInput('paths').split(/\s+/).filter(Boolean);
  const failOnInput = core.getInput('fail-on');
  if (failOnInput && !FAIL_ON.includes(failOnInput)) {
    core.setFailed(`obslint: input fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOnInput}".`);
    return;
  }

  let config;
  let result;
  try {
    config = await loadConfig(root, core.getInput('config') || undefined);
    result = await runLint({ root, paths: paths.length > 0 ? paths : ['.'], config, workerUrl });
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) {
        core.error(problem.message, { title: 'obslint config', file: problem.file, startLine: problem.line, startColumn: problem.column });
      }
      core.setFailed('obslint: the config has problems (see the annotations above); nothing was linted.');
      return;
    }
    if (error instanceof DiscoverError) {
      core.setFailed(`obslint: ${error.message}`);
      return;
    }
    throw error;
  }
  const failOn = (failOnInput || config.failOn || 'error') as Severity | 'never';
  const { findings } = result;
  const counts = countBySeverity(findings);

  process.stdout.write(formatAnnotations(findings));

  const summary = formatSummary(findings, {
    filesLinted: result.filesLinted,
    failOn,
    fileUrl: blobUrl(env),
  });
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary, true).write();

  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) {
    const target = path.resolve(root, sarifFile);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, formatSarif(findings, { rules: RULES.map((r) => r.meta), toolVersion: VERSION }));
    core.setOutput('sarif-file', target);
  }
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('notices', counts.notice);

  const line = `obslint ${VERSION}: ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices in ${result.filesLinted} files.`;
  const failing = findings.filter((f) => meetsBar(f.severity, failOn)).length;
  if (failing > 0) core.setFailed(`${line} ${failing} at or above fail-on (${failOn}).`);
  else core.info(line);
}

/** Links from the summary to the exact line of the commit being checked. */
function blobUrl(env: NodeJS.ProcessEnv): ((file: string, line: number) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return (file, line) => `${server}/${repo}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
