import type { ConfigProblem } from '../engine/config.js';
import { code, inlineMarkdown } from './markdown.js';

const REFERENCE = 'https://github.com/obslint/obslint/blob/main/docs/configuration.md#when-a-config-cannot-be-used';

/**
 * The job summary of a run whose config cannot be used: nothing was linted, so it lists the
 * config's problems, each at its file and line, and says what to do. `fileUrl` links a file of
 * the repository at the commit (a `github:` config is in another repository: not linked).
 */
export function formatConfigSummary(problems: readonly ConfigProblem[], fileUrl?: (file: string, line: number) => string | undefined): string {
  const rows = problems.map((problem) => `| ${where(problem, fileUrl)} | ${inlineMarkdown(problem.message)} |`);
  return [
    '## obslint',
    '',
    `:x: The config has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, so nothing was linted.`,
    '',
    '| Where | Problem |',
    '| --- | --- |',
    ...rows,
    '',
    `Fix the config where each row says, then run again; [the configuration reference](${REFERENCE}) explains these messages.`,
    '',
  ].join('\n');
}

function where(problem: ConfigProblem, fileUrl: ((file: string, line: number) => string | undefined) | undefined): string {
  // A problem of no file (an empty `--baseline=`) has its row's message alone.
  if (!problem.file) return '';
  const place = code(problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column}`);
  const url = problem.line !== undefined && !problem.file.startsWith('github:') ? fileUrl?.(problem.file, problem.line) : undefined;
  return url === undefined ? place : `[${place}](${url})`;
}

/**
 * The job summary of a run stopped before linting by what it was asked to lint: a path or glob
 * that matches nothing, or one outside the repository.
 */
export function formatUsageSummary(message: string): string {
  return ['## obslint', '', `:x: ${inlineMarkdown(message)}${/[.!?]$/.test(message) ? '' : '.'} Nothing was linted.`, '', 'Fix the `paths` input (or set `error-on-unmatched-pattern: false` if a pattern may match nothing), then run again.', ''].join('\n');
}
