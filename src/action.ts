import path from 'node:path';
import * as core from '@actions/core';
import { FAIL_ON_VALUES, countBySeverity, isFailOn, meetsBar, type FailOn } from './core/findings.js';
import { ConfigError, loadConfig } from './engine/config.js';
import { DiscoverError } from './engine/discover.js';
import { isInside, writeInside } from './engine/paths.js';
import { runLint } from './engine/run.js';
import { formatAnnotations } from './report/annotations.js';
import { resultLine } from './report/common.js';
import { formatSarif } from './report/sarif.js';
import { formatSummary } from './report/summary.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';

/**
 * The GitHub Action: lint, annotate, summarize, optionally write SARIF, and fail the step
 * when findings reach `fail-on`. `env` is the runner's environment (tests pass their own).
 * Inputs name paths in the workspace only. A report that cannot be written (a full disk, a
 * missing folder) is a warning: it never costs the other reports or changes the verdict.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env, workerUrl?: URL): Promise<void> {
  const root = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const given = splitPaths(core.getInput('paths'));
  const paths = given.length > 0 ? given : ['.'];
  const failOnInput = core.getInput('fail-on');
  if (failOnInput && !isFailOn(failOnInput)) {
    core.setFailed(`obslint: input fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${failOnInput}".`);
    return;
  }
  const configInput = core.getInput('config');
  const sarifInput = core.getInput('sarif-file');
  for (const [input, value] of [['config', configInput], ['sarif-file', sarifInput]] as const) {
    if (value && !isInside(root, path.resolve(root, value))) {
      core.setFailed(`obslint: input ${input} must name a file in the workspace, not "${value}".`);
      return;
    }
  }

  let config;
  let result;
  try {
    config = await loadConfig(root, configInput || undefined);
    result = await runLint({
      root,
      paths,
      requireMatches: !(paths.length === 1 && paths[0] === '.') && core.getInput('error-on-unmatched-pattern') !== 'false',
      insideRootOnly: true,
      config,
      workerUrl,
    });
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
  const failOn: FailOn = (failOnInput as FailOn) || config.failOn || 'error';
  const { findings } = result;
  const counts = countBySeverity(findings);

  process.stdout.write(formatAnnotations(findings));

  if (env.GITHUB_STEP_SUMMARY) {
    const summary = formatSummary(findings, { filesLinted: result.filesLinted, failOn, fileUrl: blobUrl(env) });
    await degrade('the job summary', () => core.summary.addRaw(summary, true).write());
  }
  if (sarifInput) {
    const target = path.resolve(root, sarifInput);
    const written = await degrade(`the SARIF file ${sarifInput}`, async () => {
      await writeInside(root, target, formatSarif(findings, { rules: RULES.map((r) => r.meta), toolVersion: VERSION }));
    });
    if (written) await degrade('the output sarif-file', () => core.setOutput('sarif-file', target));
  }
  await degrade('the outputs errors, warnings and notices', () => {
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('notices', counts.notice);
  });

  const failing = findings.filter((f) => meetsBar(f.severity, failOn)).length;
  const verdict = failing > 0 ? ` ${failing} at or above fail-on (${failOn}): the step fails.` : '';
  core.info(`obslint ${VERSION}: ${resultLine(findings, result.filesLinted)}.${verdict}`);
  // Not setFailed: its message would be an 11th error annotation, and GitHub shows only 10.
  if (failing > 0) process.exitCode = core.ExitCode.Failure;
}

/** Runs one report's write; a failure becomes a warning, and the run goes on. Returns whether it worked. */
async function degrade(what: string, write: () => unknown): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
    core.warning(`obslint could not write ${what} (${reason}); the other reports are unaffected.`);
    return false;
  }
}

/** One path per line when the input has several lines (so paths may hold spaces), else per word. */
export function splitPaths(input: string): string[] {
  const parts = input.includes('\n') ? input.split('\n') : input.split(/\s+/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Links from the summary to the exact line of the commit being checked. */
function blobUrl(env: NodeJS.ProcessEnv): ((file: string, line: number) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return (file, line) => `${server}/${repo}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
