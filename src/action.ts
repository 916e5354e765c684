import path from 'node:path';
import * as core from '@actions/core';
import { FAIL_ON_VALUES, countBySeverity, isFailOn, meetsBar, type FailOn } from './core/findings.js';
import { ConfigError, loadConfig } from './engine/config.js';
import { DiscoverError } from './engine/discover.js';
import { isInside, writeInside } from './engine/paths.js';
import { runLint } from './engine/run.js';
import { formatAnnotations } from './report/annotations.js';
import { baselineLine, resultLine } from './report/common.js';
import { formatConfigSummary, formatUsageSummary } from './report/config-summary.js';
import { reviewLine, reviewPullRequest } from './report/github-review.js';
import { formatSarif } from './report/sarif.js';
import { formatSummary } from './report/summary.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';

/**
 * The GitHub Action: lint, annotate, summarize, optionally write SARIF and review the pull
 * request, and fail the step when findings reach `fail-on`. `env` is the runner's environment
 * (tests pass their own). Inputs name paths in the workspace only. A report that cannot be
 * written (a full disk, a missing folder) is a warning: it never costs the other reports or
 * changes the verdict.
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
  // Validated like @actions/core's getBooleanInput, but with a message like the others.
  const reviewInput = core.getInput('review-comments') || 'false';
  if (!['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(reviewInput)) {
    core.setFailed(`obslint: input review-comments must be true or false, not "${reviewInput}".`);
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
    config = await loadConfig(root, configInput || undefined, {
      insideRootOnly: true,
      token: core.getInput('github-token') || undefined,
      apiUrl: env.GITHUB_API_URL,
    });
    result = await runLint({
      root,
      paths,
      requireMatches: !(paths.length === 1 && paths[0] === '.') && core.getInput('error-on-unmatched-pattern') !== 'false',
      insideRootOnly: true,
      config,
      workerUrl,
      baseline: core.getInput('baseline') || undefined,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) {
        core.error(problem.message, { title: 'obslint config', file: problem.file, startLine: problem.line, startColumn: problem.column });
      }
      // Workflows that read the summary or the outputs see why nothing was linted, not nothing.
      if (env.GITHUB_STEP_SUMMARY) await degrade('the job summary', () => core.summary.addRaw(formatConfigSummary(error.problems, blobUrl(env)), true).write());
      await writeStoppedOutputs(error.problems.length);
      core.setFailed('obslint: the config has problems (see the annotations above); nothing was linted.');
      return;
    }
    if (error instanceof DiscoverError) {
      if (env.GITHUB_STEP_SUMMARY) await degrade('the job summary', () => core.summary.addRaw(formatUsageSummary(error.message), true).write());
      await writeStoppedOutputs(1);
      core.setFailed(`obslint: ${error.message}`);
      return;
    }
    throw error;
  }
  const failOn: FailOn = (failOnInput as FailOn) || config.failOn || 'error';
  const { findings, baseline } = result;
  // Findings a baseline knows are accepted: not annotated, not counted, not failing the step.
  const fresh = baseline ? findings.filter((f) => !f.baselined) : findings;
  const counts = countBySeverity(fresh);

  process.stdout.write(formatAnnotations(fresh));

  if (env.GITHUB_STEP_SUMMARY) {
    const summary = formatSummary(fresh, { filesLinted: result.filesLinted, failOn, fileUrl: blobUrl(env), baseline, scorecard: result.scorecard });
    await degrade('the job summary', () => core.summary.addRaw(summary, true).write());
  }
  if (sarifInput) {
    const target = path.resolve(root, sarifInput);
    const written = await degrade(`the SARIF file ${sarifInput}`, async () => {
      await writeInside(root, target, formatSarif(findings, { rules: RULES.map((r) => r.meta), toolVersion: VERSION, baselined: baseline !== undefined }));
    });
    if (written) await degrade('the output sarif-file', () => core.setOutput('sarif-file', target));
  }
  await degrade(`the outputs errors, warnings, notices, scorecard${baseline ? ', known and fixed' : ''}`, () => {
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('notices', counts.notice);
    core.setOutput('scorecard', JSON.stringify(result.scorecard));
    if (baseline) {
      core.setOutput('known', baseline.known);
      core.setOutput('fixed', baseline.fixed.length);
    }
  });

  // Last, as it waits on GitHub: findings on the lines a pull request changes, as one review
  // (docs/pr-review.md). It never throws; what goes wrong is a warning.
  if (reviewInput.toLowerCase() === 'true') {
    const review = await reviewPullRequest(fresh, { env, root, token: core.getInput('github-token') });
    for (const warning of review?.warnings ?? []) core.warning(warning);
    if (review) core.info(reviewLine(review));
    await degrade('the output review-comments', () => core.setOutput('review-comments', review?.posted ?? 0));
  }

  const failing = fresh.filter((f) => meetsBar(f.severity, failOn)).length;
  const verdict = failing > 0 ? ` ${failing} at or above fail-on (${failOn}): the step fails.` : '';
  const note = baseline ? ` ${baselineLine(baseline)}` : '';
  core.info(`obslint ${VERSION}: ${resultLine(fresh, result.filesLinted)}.${note}${verdict}`);
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

/** The outputs of a run stopped before linting, so workflows that read them see it failed. */
async function writeStoppedOutputs(errors: number): Promise<void> {
  await degrade('the outputs errors, warnings, notices and scorecard', () => {
    core.setOutput('errors', errors);
    core.setOutput('warnings', 0);
    core.setOutput('notices', 0);
    core.setOutput('scorecard', '[]');
  });
}
