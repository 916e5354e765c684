import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestFromEvent, reviewPullRequest } from '../../src/report/github-review.js';
import { FIXTURE_REPO } from '../e2e-helpers.js';
import { HEAD_SHA, OWNER, PULL, REPO, patchAdding, startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { finding } from './helpers.js';

const TOKEN = 'ghs_inProcessToken0123';

/** An event payload file with `payload`, and the environment of a run for `event`. */
function envFor(event: string, payload: unknown = { pull_request: { number: PULL, head: { sha: HEAD_SHA } } }, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'obslint-event-')), 'event.json');
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, ...extra };
}

describe('pullRequestFromEvent', () => {
  const pr = { owner: OWNER, repo: REPO, number: PULL, headSha: HEAD_SHA };

  it.each([
    { event: 'pull_request', env: {}, result: pr },
    { event: 'pull_request_target', env: {}, result: pr },
    { event: 'push', env: {}, result: undefined },
    { event: 'pull_request_review', env: {}, result: undefined },
    // Other events are not read at all.
    { event: 'schedule', env: { GITHUB_EVENT_PATH: '/nonexistent' }, result: undefined },
  ])('$event', async ({ event, env, result }) => {
    expect(await pullRequestFromEvent(envFor(event, undefined, env))).toEqual(result);
  });

  it.each([
    { name: 'no repository', env: envFor('pull_request', undefined, { GITHUB_REPOSITORY: '' }), error: 'GITHUB_REPOSITORY is not `owner/repo`.' },
    { name: 'no payload', env: envFor('pull_request', undefined, { GITHUB_EVENT_PATH: '/nonexistent/event.json' }), error: 'the event payload (GITHUB_EVENT_PATH) could not be read.' },
    { name: 'a payload that is not JSON', env: envFor('pull_request', '{'), error: 'the event payload (GITHUB_EVENT_PATH) could not be read.' },
    { name: 'no head commit', env: envFor('pull_request', { pull_request: { number: 7, head: {} } }), error: 'the event payload names no pull request and head commit.' },
  ])('refuses $name', async ({ env, error }) => {
    await expect(pullRequestFromEvent(env)).rejects.toThrow(error);
  });
});

describe('reviewPullRequest', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub(TOKEN);
    fake.files = [{ filename: 'rules/api.yml', status: 'modified', patch: patchAdding(readFileSync(path.join(FIXTURE_REPO, 'rules/api.yml'), 'utf8'), [20]) }];
  });
  afterEach(() => fake.close());

  const findings = [finding('rules/api.yml', 20, 26, 'error', 'promql-syntax', 'Invalid PromQL: `rat` is not a PromQL function.')];
  const review = (token = TOKEN, env = envFor('pull_request', undefined, { GITHUB_API_URL: fake.origin })) => reviewPullRequest(findings, { env, root: FIXTURE_REPO, token });

  it.each([
    { name: 'GraphQL names the app without `[bot]`', viewer: 'github-actions', posted: 0, kept: 1 },
    { name: 'GraphQL names it with `[bot]`', viewer: 'github-actions[bot]', posted: 0, kept: 1 },
    // Not the token's own comment: left alone, and the finding is commented again.
    { name: 'the comment is another account’s', viewer: 'octocat', posted: 1, kept: 0 },
  ])('knows its own earlier comments when $name', async ({ viewer, posted, kept }) => {
    await review();
    fake.viewer = viewer;
    const outcome = await review();
    expect(outcome).toEqual({ posted, kept, deleted: 0, leftOut: 0, warnings: [] });
    expect(fake.comments).toHaveLength(1 + posted);
  });

  it.each([
    {
      name: 'a token GitHub does not know',
      token: 'ghs_wrong',
      warning:
        "obslint could not read the pull request's changed files on pull request #7: GitHub refused the token (401 Bad credentials). Pass a valid `github-token`, or leave the input at its default. The findings are in the annotations and the job summary.",
    },
    {
      name: 'no token',
      token: '',
      warning: 'obslint could not review the pull request: the `github-token` input is empty. Pass a token that may write pull requests, or leave the input at its default.',
    },
  ])('warns about $name', async ({ token, warning }) => {
    expect(await review(token)).toEqual({ posted: 0, kept: 0, deleted: 0, leftOut: 0, warnings: [warning] });
    expect(fake.reviews).toEqual([]);
  });

  it('warns when the pull request cannot be told from the event', async () => {
    expect(await review(TOKEN, envFor('pull_request', { pull_request: { number: 'seven' } }))).toEqual({
      posted: 0,
      kept: 0,
      deleted: 0,
      leftOut: 0,
      warnings: ['obslint could not tell which pull request to review: the event payload names no pull request and head commit.'],
    });
    expect(fake.requests).toEqual([]);
  });

  it('returns nothing for a run that is not for a pull request', async () => {
    expect(await review(TOKEN, envFor('push', undefined, { GITHUB_API_URL: fake.origin }))).toBeUndefined();
    expect(fake.requests).toEqual([]);
  });
});
