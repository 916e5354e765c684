import { promises as fs } from 'node:fs';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Finding } from '../core/findings.js';
import { escapeControls } from '../core/text.js';
import { VERSION } from '../version.js';
import { plural } from './common.js';
import { parseFileDiff, type FileDiff } from './diff-lines.js';
import { MAX_REVIEW_COMMENTS, placeFindings, planReview, type OwnComment, type PlacedComment } from './pr-review.js';
import { formatReviewBody, markedFingerprint } from './review-comment.js';

/**
 * The Action's pull-request review: obslint's findings on the lines a pull request changes, as
 * one review of comments (one request, well within GitHub's limit of about 80 content-creating
 * requests a minute), kept up to date across pushes. Every fault becomes one warning: the
 * findings are in the annotations and the job summary whatever happens here.
 */

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  /** The commit the run checked, which the review is about. */
  headSha: string;
}

export interface ReviewOutcome {
  /** Comments this run posted. */
  posted: number;
  /** Earlier comments left standing, and those deleted because their finding is gone. */
  kept: number;
  deleted: number;
  /** Findings on changed lines not commented, to keep within the cap. */
  leftOut: number;
  /** What went wrong, one sentence and its help each; none when all went well. */
  warnings: string[];
}

/** The whole review step; a slow GitHub should not hold the job until its own timeout. */
const REVIEW_TIMEOUT_MS = 180_000;
/** A rate limit is waited out once, when GitHub asks for a minute or less. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * Reviews the pull request the run is for, with the `github-token` input; undefined when the
 * run is for another event (a push, a schedule), where there is nothing to review.
 */
export async function reviewPullRequest(
  findings: readonly Finding[],
  options: { env: NodeJS.ProcessEnv; root: string; token: string },
): Promise<ReviewOutcome | undefined> {
  const { env, root, token } = options;
  let pr: PullRequest | undefined;
  try {
    pr = await pullRequestFromEvent(env);
  } catch (error) {
    return failed(`obslint could not tell which pull request to review: ${(error as Error).message}`);
  }
  if (pr === undefined) return undefined;
  if (!token) return failed('obslint could not review the pull request: the `github-token` input is empty. Pass a token that may write pull requests, or leave the input at its default.');
  const deadline = AbortSignal.timeout(REVIEW_TIMEOUT_MS);
  const outcome = await submitReview(reviewClient(token, env.GITHUB_API_URL, deadline), pr, findings, {
    readFile: (file) => fs.readFile(path.join(root, file), 'utf8').catch(() => undefined),
    summaryUrl: runUrl(env),
    deadline,
  });
  // GitHub's own messages are quoted in warnings: should one ever hold the token, it is hidden.
  return { ...outcome, warnings: outcome.warnings.map((w) => w.split(token).join('***')) };
}

/** The pull request of a `pull_request` or `pull_request_target` event, from the event's payload. */
export async function pullRequestFromEvent(env: NodeJS.ProcessEnv): Promise<PullRequest | undefined> {
  if (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target') return undefined;
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) throw new Error('GITHUB_REPOSITORY is not `owner/repo`.');
  if (!env.GITHUB_EVENT_PATH) throw new Error('GITHUB_EVENT_PATH is not set.');
  let event: { pull_request?: { number?: unknown; head?: { sha?: unknown } } };
  try {
    event = JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    throw new Error('the event payload (GITHUB_EVENT_PATH) could not be read.');
  }
  const number = event.pull_request?.number;
  const headSha = event.pull_request?.head?.sha;
  if (!Number.isInteger(number) || typeof headSha !== 'string' || headSha === '') throw new Error('the event payload names no pull request and head commit.');
  return { owner, repo, number: number as number, headSha };
}

/**
 * Octokit as the Actions toolkit makes it (GITHUB_API_URL, the runner's proxy), which retries
 * server errors (three times, after 1, 4 and 9 s) and waits out rate limits as GitHub's
 * `retry-after` asks. 429 is the throttling plugin's alone, so that wait is the one honoured.
 * Every request, each page of a list included, stops at `deadline`.
 */
export function reviewClient(token: string, apiUrl?: string, deadline?: AbortSignal): GitHubClient {
  const waitOnce = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
  const github = getOctokit(
    token,
    {
      ...(apiUrl ? { baseUrl: apiUrl.replace(/\/+$/, '') } : {}),
      userAgent: `obslint/${VERSION}`,
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
    },
    retry,
    throttling,
  );
  // Not an option of the client: that would replace the toolkit's own request options (its proxy).
  if (deadline) github.hook.before('request', (options) => void (options.request = { ...options.request, signal: deadline }));
  return github;
}

export interface ReviewIO {
  /** A file's text as checked out, by its path in the repository; undefined when it cannot be read. */
  readFile(file: string): Promise<string | undefined>;
  /** The run's page, where the job summary is. */
  summaryUrl?: string;
  /** When the client's requests give up, to say so. */
  deadline?: AbortSignal;
}

/** A request that failed, and what obslint was doing. */
class StepError extends Error {
  constructor(
    readonly step: string,
    readonly failure: unknown,
  ) {
    super(step);
  }
}

async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof StepError ? error : new StepError(what, error);
  }
}

/**
 * Reads the pull request's diff and obslint's earlier comments, posts one review (event
 * COMMENT, on `pr.headSha`) with the new comments, then deletes earlier comments whose finding
 * is gone. No review at all when nothing is new.
 */
export async function submitReview(github: GitHubClient, pr: PullRequest, findings: readonly Finding[], io: ReviewIO): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { posted: 0, kept: 0, deleted: 0, leftOut: 0, warnings: [] };
  const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  try {
    const diffs = await step("read the pull request's changed files", () => readDiffs(github, where));
    const own = await step("read the pull request's review comments", () => ownComments(github, where));
    const lines = new Map<string, string[]>();
    for (const file of new Set(findings.map((f) => f.file))) {
      const text = diffs.has(file) ? await io.readFile(file) : undefined;
      if (text !== undefined) lines.set(file, text.split(/\r?\n/));
    }
    const plan = planReview(placeFindings(findings, diffs, (file) => lines.get(file)), own);
    Object.assign(outcome, { kept: plan.kept.length, leftOut: plan.leftOut });

    if (plan.post.length > 0) {
      const post = (comments: readonly PlacedComment[]) =>
        github.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
          ...where,
          commit_id: pr.headSha,
          event: 'COMMENT',
          body: formatReviewBody(comments.map((c) => c.finding), plan.leftOut, MAX_REVIEW_COMMENTS, io.summaryUrl),
          comments: comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body })),
        });
      try {
        await step('post the review', () => post(plan.post));
        outcome.posted = plan.post.length;
      } catch (error) {
        if (!(error instanceof StepError) || !refusesALine(error.failure)) throw error;
        // GitHub does not say which comment's line it refused. The diff may have moved since it
        // was read (a push): the comments still placed on the same lines of the diff as it is now
        // are posted once more, when that leaves some out. Otherwise a retry would fail the same way.
        const now = await step("read the pull request's changed files again", () => readDiffs(github, where));
        const still = new Set(placeFindings(plan.post.map((c) => c.finding), now, (file) => lines.get(file)).map(placeKey));
        const provable = plan.post.filter((c) => still.has(placeKey(c)));
        if (provable.length === 0 || provable.length === plan.post.length) throw error;
        const dropped = plan.post.length - provable.length;
        await step('post the review', () => post(provable));
        outcome.posted = provable.length;
        outcome.warnings.push(
          `obslint posted its review on pull request #${pr.number} without ${plural(dropped, 'comment')}: GitHub refused a comment's line (${unprocessable(error.failure)}), ` +
            `and the pull request's diff no longer holds ${dropped === 1 ? "that comment's line. Its finding is" : 'their lines. Their findings are'} in the annotations and the job summary.`,
        );
      }
    }

    for (const comment of plan.remove) {
      await step('delete its outdated review comments', () => deleteComment(github, where, comment));
      outcome.deleted++;
    }
  } catch (error) {
    outcome.warnings.push(explain(error, pr, io.deadline));
  }
  return outcome;
}

const placeKey = (c: PlacedComment) => `${c.finding.fingerprint}\u0000${c.path}\u0000${c.line}`;

type Where = { owner: string; repo: string; pull_number: number };

/** The diff of each changed file GitHub shows a patch for (not one too large, binary, or removed). */
async function readDiffs(github: GitHubClient, where: Where): Promise<Map<string, FileDiff>> {
  const files = await github.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...where, per_page: 100 });
  const diffs = new Map<string, FileDiff>();
  for (const file of files) {
    const diff = file.patch === undefined || file.status === 'removed' ? undefined : parseFileDiff(file.patch);
    if (diff !== undefined) diffs.set(file.filename, diff);
  }
  return diffs;
}

/**
 * obslint's earlier comments: a marker, and written by the token's own user (anyone can paste
 * a marker; only obslint's comments may be deleted). GraphQL's `viewer` is asked only when some
 * comment has a marker: REST's `GET /user` refuses the Actions token and app tokens.
 */
async function ownComments(github: GitHubClient, where: Where): Promise<OwnComment[]> {
  const comments = await github.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { ...where, per_page: 100 });
  const marked = comments.flatMap((comment) => {
    const fingerprint = markedFingerprint(comment.body);
    return fingerprint === undefined ? [] : [{ comment, fingerprint }];
  });
  if (marked.length === 0) return [];
  const { viewer } = await github.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
  // An app (the Actions token is one) may be `name` to GraphQL and `name[bot]` to REST.
  const isViewer = (user: { login: string; type?: string } | null) =>
    user !== null && (user.login === viewer.login || (user.type === 'Bot' && user.login === `${viewer.login}[bot]`));
  return marked
    .filter(({ comment }) => isViewer(comment.user))
    .map(({ comment, fingerprint }) => ({ id: comment.id, path: comment.path, line: comment.line ?? null, fingerprint }));
}

async function deleteComment(github: GitHubClient, where: Where, comment: OwnComment): Promise<void> {
  try {
    await github.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { owner: where.owner, repo: where.repo, comment_id: comment.id });
  } catch (error) {
    // Someone deleted it already: what was wanted.
    if ((error as Failure).status !== 404) throw error;
  }
}

interface Failure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  cause?: { cause?: { code?: string }; code?: string };
}

/** GitHub's 422 when a comment's line or file is not in the diff (it does not say which comment). */
function refusesALine(error: unknown): boolean {
  const failure = error as Failure;
  return failure.status === 422 && /\b(line|diff|hunk|path|position)\b/i.test(unprocessable(error));
}

/** A 422's `errors`, as GitHub words them. */
function unprocessable(error: unknown): string {
  const data = (error as Failure).response?.data as { message?: unknown; errors?: unknown } | undefined;
  const errors = Array.isArray(data?.errors) ? data.errors.map((e) => (typeof e === 'string' ? e : String((e as { message?: unknown })?.message ?? JSON.stringify(e)))) : [];
  const message = typeof data?.message === 'string' ? data.message : 'Unprocessable Entity';
  return `422 ${quoteForLog([message, ...errors].join(': '))}`;
}

/** Text from GitHub (or an error) quoted in the log: control characters shown escaped, and a flood cut. */
function quoteForLog(text: string): string {
  return escapeControls(text.length > 500 ? `${text.slice(0, 500)}…` : text);
}

const PERMISSION_HELP =
  'Give the job `permissions: pull-requests: write`. A pull request from a fork gets a read-only token, so its findings are only in the annotations and the job summary.';

/** One warning: what obslint could not do, why, and what to do about it. */
function explain(error: unknown, pr: PullRequest, deadline: AbortSignal | undefined): string {
  const what = error instanceof StepError ? error.step : 'review the pull request';
  const failure = (error instanceof StepError ? error.failure : error) as Failure;
  const head = `obslint could not ${what} on pull request #${pr.number}`;
  const elsewhere = 'The findings are in the annotations and the job summary.';
  if (deadline?.aborted) return `${head}: GitHub did not answer within ${REVIEW_TIMEOUT_MS / 1000} s. ${elsewhere}`;
  if (!(error instanceof StepError)) return `${head}: ${quoteForLog(String((failure as Error)?.message ?? failure))}. This is a bug in obslint: please report it. ${elsewhere}`;
  if (failure.response === undefined) {
    const code = failure.cause?.cause?.code ?? failure.cause?.code;
    return `${head}: GitHub could not be reached${code ? ` (${code})` : ''}, even after retrying. ${elsewhere}`;
  }
  const status = failure.status ?? 0;
  const said = (failure.response.data as { message?: unknown } | undefined)?.message;
  const quoted = typeof said === 'string' ? ` ${quoteForLog(said)}` : '';
  const headers = failure.response.headers ?? {};
  if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /\bsecondary rate\b/i.test(String(said))))) {
    return `${head}: GitHub's API rate limit was reached (${status}${quoted}) and not lifted within a minute. The next run will post the comments. ${elsewhere}`;
  }
  if (status === 403) return `${head}: GitHub refused the token (403${quoted}). ${PERMISSION_HELP}`;
  if (status === 401) return `${head}: GitHub refused the token (401${quoted}). Pass a valid \`github-token\`, or leave the input at its default. ${elsewhere}`;
  if (status === 404) return `${head}: GitHub found no such pull request in ${pr.owner}/${pr.repo} that the token can see (404). ${PERMISSION_HELP}`;
  if (status === 422) return `${head}: GitHub refused it (${unprocessable(failure)}). ${elsewhere}`;
  return `${head}: GitHub answered ${status}${quoted}, even after retrying. The next run will try again. ${elsewhere}`;
}

function failed(warning: string): ReviewOutcome {
  return { posted: 0, kept: 0, deleted: 0, leftOut: 0, warnings: [warning] };
}

/** The run's page on GitHub, which shows the job summary. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

/** The log's line about the review. */
export function reviewLine(outcome: ReviewOutcome): string {
  const leftOut = outcome.leftOut > 0 ? `; ${outcome.leftOut} more on changed lines left to the job summary (at most ${MAX_REVIEW_COMMENTS} comments stand on a pull request)` : '';
  return `obslint review comments: ${outcome.posted} posted, ${outcome.kept} kept from earlier runs, ${outcome.deleted} deleted as their finding is gone${leftOut}.`;
}
