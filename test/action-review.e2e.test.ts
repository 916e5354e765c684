import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, CLI, FIXTURE_REPO, cleanEnv, copyFixture, runNode } from './e2e-helpers.js';
import { BOT, HEAD_SHA, OWNER, PULL, REPO, patchAdding, startFakeGitHub, type FakeGitHub } from './report/fake-github.js';

/**
 * The Action's pull-request review as the runner runs it: dist/index.js with the real Octokit,
 * against a stand-in for GitHub's API on 127.0.0.1 (GITHUB_API_URL).
 */

const TOKEN = 'ghs_0123456789abcdefSECRETtoken';
const PULLS = `/repos/${OWNER}/${REPO}/pulls`;
const DOCS = 'https://github.com/obslint/obslint/blob/main/docs/rules/';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub(TOKEN);
});
afterEach(() => fake.close());

/** The pull request: the ApiLatencyHigh alert added (lines 17 to 25), a line of the PrometheusRule changed, an image added, a file removed. */
function openPullRequest(workspace: string, apiLines = range(17, 25)): void {
  const text = (file: string) => readFileSync(path.join(workspace, file), 'utf8');
  fake.files = [
    { filename: 'k8s/prometheusrule.yaml', status: 'modified', patch: patchAdding(text('k8s/prometheusrule.yaml'), [11]) },
    { filename: 'rules/api.yml', status: 'modified', patch: patchAdding(text('rules/api.yml'), apiLines) },
    { filename: 'runbooks/diagram.png', status: 'added' },
    { filename: 'rules/old.yml', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-groups:\n-  - name: old' },
  ];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

async function runAction(workspace: string, options: { event?: string; inputs?: Record<string, string> } = {}) {
  const scratch = copyFixture(path.join(FIXTURE_REPO, 'runbooks'));
  const files = { output: path.join(scratch, 'github_output'), summary: path.join(scratch, 'step_summary'), event: path.join(scratch, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify({ pull_request: { number: PULL, head: { sha: HEAD_SHA } } }));
  const inputs = { paths: '.', 'review-comments': 'true', 'github-token': TOKEN, ...options.inputs };
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event ?? 'pull_request',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: 'fedcba9876543210fedcba9876543210fedcba98',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.origin,
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: os.tmpdir(),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  const ran = await runNode(ACTION, [], { cwd: workspace, env });
  const summary = readFileSync(files.summary, 'utf8');
  // Wherever the run went, the token shows nowhere but in the authorization header.
  for (const text of [ran.stdout, ran.stderr, summary, ...fake.requests.map((r) => r.body + r.url)]) expect(text).not.toContain(TOKEN);
  return { ...ran, summary, outputs: parseOutputs(readFileSync(files.output, 'utf8')) };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) outputs[match[1]] = match[3];
  return outputs;
}

/** Requests as `METHOD path?query`, from the `from`th on. */
function requests(from = 0): string[] {
  return fake.requests.slice(from).map((r) => `${r.method} ${r.url}`);
}

const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));

const PROMQL_COMMENT = [
  `:x: **error** · [\`promql-syntax\`](${DOCS}promql-syntax.md)`,
  'Invalid PromQL: `rat` is not a PromQL function.',
  'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
].join('\n\n');
const OWNER_COMMENT = [
  `:x: **error** · [\`alert-owner\`](${DOCS}alert-owner.md)`,
  'Alert `ApiLatencyHigh` has no owner: add a label naming its team (`owner` or `team`).',
  'Name the team that is paged when it fires, so routing and escalation reach someone who can act.',
].join('\n\n');

const READS = [
  `GET ${PULLS}/${PULL}/files?per_page=100`,
  `GET ${PULLS}/${PULL}/files?per_page=100&page=2`,
  `GET ${PULLS}/${PULL}/comments?per_page=100`,
];
const POST_REVIEW = `POST ${PULLS}/${PULL}/reviews`;

describe('the Action reviews a pull request', () => {
  it('posts one review with a comment for each finding on a line the pull request changes', async () => {
    const workspace = copyFixture(FIXTURE_REPO);
    openPullRequest(workspace);
    const { code, stdout, outputs, summary } = await runAction(workspace, { inputs: { 'sarif-file': 'obslint.sarif' } });

    expect(requests()).toEqual([...READS, POST_REVIEW]);
    // The alert-runbook finding at k8s/prometheusrule.yaml:16 is on an unchanged line: not commented.
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'obslint.sarif'), 'utf8'));
    const fingerprint = (rule: string) => sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === rule).partialFingerprints['obslint/v2'];
    expect(fake.reviews).toEqual([
      {
        commit_id: HEAD_SHA,
        event: 'COMMENT',
        body: '**obslint** comments on 2 findings on lines this pull request changes (2 errors).',
        comments: [
          { path: 'rules/api.yml', line: 20, side: 'RIGHT', body: `${PROMQL_COMMENT}\n\n<!-- obslint:${fingerprint('promql-syntax')} -->` },
          { path: 'rules/api.yml', line: 22, side: 'RIGHT', body: `${OWNER_COMMENT}\n\n<!-- obslint:${fingerprint('alert-owner')} -->` },
        ],
      },
    ]);
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    // The other reports as before.
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(3);
    expect(summary).toContain('## obslint');
    expect(outputs).toMatchObject({ errors: '3', 'review-comments': '2' });
    expect(stdout).toContain('obslint review comments: 2 posted, 0 kept from earlier runs, 0 deleted as their finding is gone.');
    expect(warnings(stdout)).toEqual([]);
  });

  it('posts nothing on a second run with the same findings', async () => {
    const workspace = copyFixture(FIXTURE_REPO);
    openPullRequest(workspace);
    await runAction(workspace);
    const first = fake.requests.length;
    const { stdout, outputs } = await runAction(workspace);

    // Two comments now: one page. The viewer is asked only once comments with a marker exist.
    expect(requests(first)).toEqual([...READS, 'POST /graphql']);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.comments).toHaveLength(2);
    expect(outputs['review-comments']).toBe('0');
    expect(stdout).toContain('obslint review comments: 0 posted, 2 kept from earlier runs, 0 deleted as their finding is gone.');
    expect(warnings(stdout)).toEqual([]);
  });

  it("deletes the comment of a fixed finding, and never another's comment", async () => {
    const workspace = copyFixture(FIXTURE_REPO);
    openPullRequest(workspace);
    await runAction(workspace);
    const [promql, owner] = fake.comments;
    const marker = promql.body.slice(promql.body.lastIndexOf('<!--'));
    const others = [
      // A person quoting obslint's comment, marker and all; the Actions app without a marker; another app with one.
      { id: 1, path: 'rules/api.yml', line: 20, side: 'RIGHT', body: `Quoting:\n\n${promql.body}`, user: { login: 'octocat', type: 'User' } },
      { id: 2, path: 'rules/api.yml', line: 20, side: 'RIGHT', body: 'A comment of another workflow.', user: BOT },
      { id: 3, path: 'rules/api.yml', line: 20, side: 'RIGHT', body: `Other tool.\n\n${marker}`, user: { login: 'other-app[bot]', type: 'Bot' } },
    ];
    fake.comments.push(...others);

    // The fix: `rat` becomes `rate` on line 20.
    const file = path.join(workspace, 'rules/api.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('(rat(', '(rate('));
    openPullRequest(workspace);
    const first = fake.requests.length;
    const { stdout, outputs } = await runAction(workspace);

    expect(requests(first)).toEqual([
      ...READS,
      `GET ${PULLS}/${PULL}/comments?per_page=100&page=2`,
      `GET ${PULLS}/${PULL}/comments?per_page=100&page=3`,
      'POST /graphql',
      `DELETE ${PULLS}/comments/${promql.id}`,
    ]);
    expect(fake.comments).toEqual([owner, ...others]);
    expect(fake.reviews).toHaveLength(1);
    expect(outputs['review-comments']).toBe('0');
    expect(stdout).toContain('obslint review comments: 0 posted, 1 kept from earlier runs, 1 deleted as their finding is gone.');
    expect(warnings(stdout)).toEqual([]);
  });

  it('comments only on findings the baseline does not know', async () => {
    const workspace = copyFixture(FIXTURE_REPO);
    // The baseline accepts today's three findings; then the pull request adds an alert without an owner.
    const baseline = await runNode(CLI, ['baseline'], { cwd: workspace });
    expect(baseline.code).toBe(0);
    const file = path.join(workspace, 'rules/api.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}      - alert: ApiDown\n        expr: up{job="api"} == 0\n        labels: { severity: critical }\n        annotations: { runbook: runbooks/api-latency.md }\n`);
    openPullRequest(workspace, range(17, 29));
    const { stdout, outputs } = await runAction(workspace, { inputs: { baseline: '.obslint-baseline.json' } });

    expect(fake.reviews.map((r) => r.comments.map((c) => `${c.line} ${c.body.split('\n\n')[1]}`))).toEqual([
      ['28 Alert `ApiDown` has no owner: add a label naming its team (`owner` or `team`).'],
    ]);
    expect(outputs).toMatchObject({ errors: '1', known: '3', 'review-comments': '1' });
    expect(warnings(stdout)).toEqual([]);
  });

  it.each([
    { name: 'a push', event: 'push', inputs: {}, output: '0' },
    { name: 'a pull request, with review-comments off', event: 'pull_request', inputs: { 'review-comments': 'false' }, output: undefined },
  ] as { name: string; event: string; inputs: Record<string, string>; output?: string }[])('makes no request on $name', async ({ event, inputs, output }) => {
    const workspace = copyFixture(FIXTURE_REPO);
    openPullRequest(workspace);
    const { code, stdout, outputs } = await runAction(workspace, { event, inputs });
    expect(fake.requests).toEqual([]);
    expect(code).toBe(1);
    expect(warnings(stdout)).toEqual([]);
    expect(outputs['review-comments']).toBe(output);
  });

  it('reviews on pull_request_target too', async () => {
    const workspace = copyFixture(FIXTURE_REPO);
    openPullRequest(workspace);
    const { outputs } = await runAction(workspace, { event: 'pull_request_target' });
    expect(fake.reviews).toHaveLength(1);
    expect(outputs['review-comments']).toBe('2');
  });

  it('refuses a review-comments value that is not a boolean', async () => {
    const { code, stdout } = await runAction(copyFixture(FIXTURE_REPO), { inputs: { 'review-comments': 'yes' } });
    expect(code).toBe(1);
    expect(stdout).toContain('::error::obslint: input review-comments must be true or false, not "yes".');
    expect(fake.requests).toEqual([]);
  });
});

describe('when GitHub refuses or fails, the review degrades to one warning', () => {
  const ELSEWHERE = 'The findings are in the annotations and the job summary.';
  const LINE_422 = { message: 'Unprocessable Entity', errors: ["Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"] };
  const LINE_422_TEXT = "422 Unprocessable Entity: Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank";

  /** Runs on the pull request and checks that the other reports are all there. */
  async function runDegraded() {
    const workspace = copyFixture(FIXTURE_REPO);
    openPullRequest(workspace);
    const ran = await runAction(workspace);
    expect(ran.code).toBe(1);
    expect(ran.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(3);
    expect(ran.summary).toContain('Invalid PromQL');
    expect(ran.outputs).toMatchObject({ errors: '3', warnings: '0', notices: '0' });
    return { ...ran, workspace };
  }

  it('403 (a fork gets a read-only token): says which permission is needed', async () => {
    fake.fail(`POST ${PULLS}/${PULL}/reviews`, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } });
    const { stdout, outputs } = await runDegraded();
    expect(warnings(stdout)).toEqual([
      '::warning::obslint could not post the review on pull request #7: GitHub refused the token (403 Resource not accessible by integration). Give the job `permissions: pull-requests: write`. A pull request from a fork gets a read-only token, so its findings are only in the annotations and the job summary.',
    ]);
    expect(requests()).toEqual([...READS, POST_REVIEW]);
    expect(outputs['review-comments']).toBe('0');
  });

  it('422 on a line the diff no longer holds (a push since): posts once more without that comment', async () => {
    let workspace = '';
    fake.fail(`POST ${PULLS}/${PULL}/reviews`, {
      status: 422,
      body: LINE_422,
      // Meanwhile a push left line 22 unchanged.
      effect: () => openPullRequest(workspace, range(17, 21)),
    });
    workspace = copyFixture(FIXTURE_REPO);
    openPullRequest(workspace);
    const { stdout, outputs } = await runAction(workspace);
    expect(requests()).toEqual([...READS, POST_REVIEW, ...READS.slice(0, 2), POST_REVIEW]);
    expect(fake.reviews.map((r) => r.comments.map((c) => c.line))).toEqual([[20]]);
    expect(fake.reviews[0].body).toBe('**obslint** comments on 1 finding on lines this pull request changes (1 error).');
    expect(warnings(stdout)).toEqual([
      `::warning::obslint posted its review on pull request #7 without 1 comment: GitHub refused a comment's line (${LINE_422_TEXT}), and the pull request's diff no longer holds that comment's line. Its finding is in the annotations and the job summary.`,
    ]);
    expect(outputs['review-comments']).toBe('1');
  });

  it.each([
    { name: 'on a line the diff still holds: no retry would do better', body: LINE_422, text: LINE_422_TEXT, reread: true },
    { name: 'for another reason: no retry', body: { message: 'Unprocessable Entity', errors: ['Commit is not part of the pull request'] }, text: '422 Unprocessable Entity: Commit is not part of the pull request', reread: false },
  ])('422 $name', async ({ body, text, reread }) => {
    fake.fail(`POST ${PULLS}/${PULL}/reviews`, { status: 422, body });
    const { stdout, outputs } = await runDegraded();
    expect(requests()).toEqual([...READS, POST_REVIEW, ...(reread ? READS.slice(0, 2) : [])]);
    expect(warnings(stdout)).toEqual([`::warning::obslint could not post the review on pull request #7: GitHub refused it (${text}). ${ELSEWHERE}`]);
    expect(outputs['review-comments']).toBe('0');
  });

  it.each([
    // Two seconds, where a plain retry would wait one.
    { name: '429 (a secondary rate limit) then 200: waits as retry-after asks', status: 429, headers: { 'retry-after': '2' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', wait: 2000 },
    { name: '500 then 200: retried', status: 500, headers: {}, message: 'Server Error', wait: 1000 },
  ] as { name: string; status: number; headers: Record<string, string>; message: string; wait: number }[])('$name', async ({ status, headers, message, wait }) => {
    fake.fail(`POST ${PULLS}/${PULL}/reviews`, { status, headers, body: { message } });
    const { stdout, outputs } = await runDegraded();
    expect(requests()).toEqual([...READS, POST_REVIEW, POST_REVIEW]);
    const [first, second] = fake.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/reviews'));
    expect(second.at - first.at).toBeGreaterThanOrEqual(wait - 50);
    expect(fake.reviews).toHaveLength(1);
    expect(warnings(stdout)).toEqual([]);
    expect(outputs['review-comments']).toBe('2');
  });

  it('500 every time: retried three times, then a warning', async () => {
    fake.fail(`POST ${PULLS}/${PULL}/reviews`, { status: 500, body: { message: 'Server Error' } }, Infinity);
    const { stdout, outputs } = await runDegraded();
    expect(requests()).toEqual([...READS, POST_REVIEW, POST_REVIEW, POST_REVIEW, POST_REVIEW]);
    expect(warnings(stdout)).toEqual([`::warning::obslint could not post the review on pull request #7: GitHub answered 500 Server Error, even after retrying. The next run will try again. ${ELSEWHERE}`]);
    expect(outputs['review-comments']).toBe('0');
  });
});
