import type http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatRemoteConfigRef, githubTokenFromEnv, parseRemoteConfigRef, readRemoteConfig, RemoteConfigError, type RemoteConfigRef } from '../../src/policy/remote-config.js';
import { startServer, type LocalServer } from './local-server.js';

const TOKEN = 'ghs_secretTokenValue123';
const POLICY = 'prometheus:\n  metric-name-validation-scheme: legacy\n';

/**
 * A small GitHub REST API: the contents endpoint of a few repositories. `org/private` is
 * readable with TOKEN only; `org/flaky` fails once per path, then answers; `org/down` always fails.
 */
function github(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '', 'http://x');
  const match = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const raw = (text: string) => {
    res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
    res.end(text);
  };
  if (!match) return json(404, { message: 'Not Found' });
  const [, owner, repo, encodedPath] = match;
  const path = decodeURIComponent(encodedPath);
  const auth = req.headers.authorization;
  if (auth !== undefined && auth !== `token ${TOKEN}`) return json(401, { message: 'Bad credentials' });
  if (req.headers.accept !== 'application/vnd.github.raw+json') return json(415, { message: 'Unsupported media type' });
  const name = `${owner}/${repo}`;
  const attempt = (attempts.get(name + path) ?? 0) + 1;
  attempts.set(name + path, attempt);
  switch (name) {
    case 'org/public':
      if (path === 'rules') return json(200, [{ type: 'file', name: 'a.yml', path: 'rules/a.yml' }]);
      if (path === 'policy.json') return json(200, { extends: [] });
      if (path !== 'obslint/policy.yml') return json(404, { message: 'Not Found' });
      return raw(url.searchParams.get('ref') === 'v1' ? 'version: v1\n' : POLICY);
    case 'org/private':
      return auth === undefined ? json(404, { message: 'Not Found' }) : raw(POLICY);
    case 'org/locked':
      return json(403, { message: 'Resource not accessible by integration' });
    case 'org/flaky':
      if (path === 'rate-limited.yml' && attempt === 1) return json(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) });
      if (path === 'secondary.yml' && attempt === 1) return json(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' });
      if (path === 'busy.yml' && attempt === 1) return json(429, { message: 'Too many requests' });
      return attempt === 1 ? json(502, { message: 'Server Error' }) : raw(POLICY);
    case 'org/down':
      return json(503, { message: 'Service Unavailable' });
    case 'org/exhausted':
      return json(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
    case 'org/hang':
      return;
  }
  json(404, { message: 'Not Found' });
}

const attempts = new Map<string, number>();
let server: LocalServer;
beforeAll(async () => {
  server = await startServer(github);
});
afterAll(() => server.close());
afterEach(() => vi.restoreAllMocks());

/** Reads with short retry waits; the message and help of a failure, or the text. */
async function read(spec: string, token?: string, timeoutMs?: number): Promise<string | { message: string; help: string }> {
  try {
    return await readRemoteConfig(parseRemoteConfigRef(spec), { baseUrl: `${server.origin}/`, token, retryBaseMs: 10, timeoutMs });
  } catch (error) {
    if (!(error instanceof RemoteConfigError)) throw error;
    return { message: error.message, help: error.help };
  }
}

const TOKEN_HELP = "Pass a token that can read it: the Action's `github-token` input, or `GITHUB_TOKEN` or `GH_TOKEN` when run locally.";

describe('readRemoteConfig', () => {
  it('reads a public file on the default branch, without a token', async () => {
    server.seen.length = 0;
    expect(await read('github:org/public/obslint/policy.yml')).toBe(POLICY);
    expect(server.seen.map((r) => r.url)).toEqual(['/repos/org/public/contents/obslint%2Fpolicy.yml']);
    expect(server.seen[0].headers.authorization).toBeUndefined();
    expect(server.seen[0].headers['user-agent']).toMatch(/^obslint\//);
  });

  it('reads at a ref', async () => {
    expect(await read('github:org/public/obslint/policy.yml@v1')).toBe('version: v1\n');
    expect(server.seen.at(-1)?.url).toBe('/repos/org/public/contents/obslint%2Fpolicy.yml?ref=v1');
  });

  it('reads a JSON file as text', async () => {
    expect(await read('github:org/public/policy.json')).toBe('{"extends":[]}');
  });

  it('reads a private file with a token', async () => {
    expect(await read('github:org/private/policy.yml', TOKEN)).toBe(POLICY);
    expect(server.seen.at(-1)?.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('retries a server error, a 429 and rate limits, then reads', async () => {
    attempts.clear();
    expect(await read('github:org/flaky/policy.yml')).toBe(POLICY);
    expect(await read('github:org/flaky/busy.yml')).toBe(POLICY);
    expect(await read('github:org/flaky/rate-limited.yml')).toBe(POLICY);
    expect(await read('github:org/flaky/secondary.yml')).toBe(POLICY);
    expect(Object.fromEntries(attempts)).toEqual({ 'org/flakypolicy.yml': 2, 'org/flakybusy.yml': 2, 'org/flakyrate-limited.yml': 2, 'org/flakysecondary.yml': 2 });
  });

  const FAILURES: [string, string | undefined, { message: string; help: string }][] = [
    [
      'github:org/public/missing.yml',
      undefined,
      { message: '`github:org/public/missing.yml` was not found: the repository, the ref or the file does not exist, or the repository is private and no token was given.', help: `Check the owner, repository, path and ref. ${TOKEN_HELP}` },
    ],
    [
      'github:org/private/policy.yml',
      undefined,
      { message: '`github:org/private/policy.yml` was not found: the repository, the ref or the file does not exist, or the repository is private and no token was given.', help: `Check the owner, repository, path and ref. ${TOKEN_HELP}` },
    ],
    [
      'github:org/elsewhere/policy.yml',
      TOKEN,
      { message: '`github:org/elsewhere/policy.yml` was not found: the repository, the ref or the file does not exist, or the repository is private and the token cannot read it.', help: `Check the owner, repository, path and ref. ${TOKEN_HELP}` },
    ],
    ['github:org/private/policy.yml', 'ghp_wrongToken', { message: 'GitHub refused the token (401 Bad credentials) when reading `github:org/private/policy.yml`.', help: 'Pass a valid token that has not expired, or none for a public repository.' }],
    [
      'github:org/locked/policy.yml',
      TOKEN,
      {
        message: 'The token may not read `github:org/locked/policy.yml` (403 Forbidden).',
        help: 'Give the workflow `permissions: contents: read`, or pass a token that can read that repository. A pull request from a fork gets a read-only token that cannot read other private repositories.',
      },
    ],
    ['github:org/exhausted/policy.yml', undefined, { message: "Could not read `github:org/exhausted/policy.yml`: GitHub's API rate limit is used up.", help: `Requests without a token have a low limit. ${TOKEN_HELP}` }],
    ['github:org/down/policy.yml', TOKEN, { message: 'Could not read `github:org/down/policy.yml` from GitHub (503), even after retrying.', help: 'GitHub may be busy or having trouble: run again later.' }],
    ['github:org/public/rules', undefined, { message: '`github:org/public/rules` is a folder, not a file.', help: 'Name a file inside it.' }],
  ];
  for (const [spec, token, expected] of FAILURES) {
    it(`explains ${spec}${token ? ` with ${token === TOKEN ? 'a' : 'a bad'} token` : ''}`, async () => {
      expect(await read(spec, token)).toEqual(expected);
    });
  }

  it('retries a failing server three times before giving up', async () => {
    attempts.clear();
    await read('github:org/down/policy.yml');
    expect(attempts.get('org/downpolicy.yml')).toBe(4);
  });

  it('gives up on a server that does not answer', async () => {
    expect(await read('github:org/hang/policy.yml', undefined, 300)).toEqual({ message: 'GitHub did not answer within 0.3 s when reading `github:org/hang/policy.yml`.', help: 'Run again later.' });
  });

  it('says when GitHub cannot be reached', async () => {
    const closed = await startServer(() => undefined);
    const origin = closed.origin;
    await closed.close();
    const failure = await readRemoteConfig(parseRemoteConfigRef('github:org/public/policy.yml'), { baseUrl: origin, retryBaseMs: 1 }).catch((e: RemoteConfigError) => e);
    expect(failure).toBeInstanceOf(RemoteConfigError);
    expect((failure as RemoteConfigError).message).toBe('Could not reach GitHub to read `github:org/public/policy.yml` (ECONNREFUSED).');
  });

  it('never puts the token in a message or a log', async () => {
    const logged: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation((...args) => void logged.push(...args));
    const texts: string[] = [];
    for (const spec of ['github:org/private/policy.yml', 'github:org/locked/policy.yml', 'github:org/down/policy.yml', 'github:org/flaky/again.yml', `github:org/public/x.yml@${TOKEN}`]) {
      for (const token of [TOKEN, 'ghp_wrongToken']) {
        const result = await read(spec.replace(TOKEN, token), token);
        if (typeof result !== 'string') texts.push(`${result.message} ${result.help}`.split(token).join('<the token>'));
      }
    }
    expect(texts.filter((t) => t.includes('<the token>'))).toEqual([]);
    expect(texts.filter((t) => t.includes('***')).length).toBe(2);
    expect(logged.map((l) => String(l)).filter((l) => l.includes(TOKEN))).toEqual([]);
  });
});

describe('parseRemoteConfigRef', () => {
  const VALID: [string, RemoteConfigRef][] = [
    ['github:org/shared/obslint.yml', { owner: 'org', repo: 'shared', path: 'obslint.yml' }],
    ['github:my-org/platform.config/policies/alerts.yml@v2.1.0', { owner: 'my-org', repo: 'platform.config', path: 'policies/alerts.yml', ref: 'v2.1.0' }],
    ['github:org/shared/a.yml@release/2026-q1', { owner: 'org', repo: 'shared', path: 'a.yml', ref: 'release/2026-q1' }],
    ['github:org/shared/a.yml@0123456789abcdef0123456789abcdef01234567', { owner: 'org', repo: 'shared', path: 'a.yml', ref: '0123456789abcdef0123456789abcdef01234567' }],
  ];
  for (const [spec, expected] of VALID) {
    it(spec, () => {
      expect(parseRemoteConfigRef(spec)).toEqual(expected);
      expect(formatRemoteConfigRef(expected)).toBe(spec);
    });
  }

  const HELP = 'Write `github:owner/repo/path/to/file.yml`, optionally followed by `@` and a branch, tag or commit.';
  const INVALID: [string, string][] = [
    ['org/shared/obslint.yml', '`org/shared/obslint.yml` does not start with `github:`.'],
    ['gitlab:org/shared/obslint.yml', '`gitlab:org/shared/obslint.yml` is not a GitHub reference: only `github:` configs can be extended.'],
    ['https://github.com/org/shared/blob/main/x.yml', '`https://github.com/org/shared/blob/main/x.yml` is not a GitHub reference: only `github:` configs can be extended.'],
    ['github:org/shared', '`github:org/shared` names no file in the repository.'],
    ['github:org/shared/', '`github:org/shared/` names no file in the repository.'],
    ['github:-org/shared/x.yml', '`github:-org/shared/x.yml` has no valid owner (`-org`).'],
    ['github:org/sha red/x.yml', '`github:org/sha red/x.yml` has no valid repository name (`sha red`).'],
    ['github:org/shared/../secrets.yml', '`github:org/shared/../secrets.yml` has an empty, `.` or `..` part in its path.'],
    ['github:org/shared//x.yml', '`github:org/shared//x.yml` has an empty, `.` or `..` part in its path.'],
    ['github:org/shared/x.yml@', '`github:org/shared/x.yml@` has an invalid ref after `@` (``).'],
    ['github:org/shared/x.yml@main..dev', '`github:org/shared/x.yml@main..dev` has an invalid ref after `@` (`main..dev`).'],
    ['github:org/shared/x.yml@feature branch', '`github:org/shared/x.yml@feature branch` has an invalid ref after `@` (`feature branch`).'],
  ];
  for (const [spec, message] of INVALID) {
    it(`refuses ${spec}`, () => {
      expect(() => parseRemoteConfigRef(spec)).toThrow(new RemoteConfigError(message, HELP));
      try {
        parseRemoteConfigRef(spec);
      } catch (error) {
        expect((error as RemoteConfigError).help).toBe(HELP);
      }
    });
  }
});

describe('githubTokenFromEnv', () => {
  it('takes GITHUB_TOKEN, then GH_TOKEN, ignoring empty ones', () => {
    expect(githubTokenFromEnv({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b' })).toBe('a');
    expect(githubTokenFromEnv({ GITHUB_TOKEN: '', GH_TOKEN: 'b' })).toBe('b');
    expect(githubTokenFromEnv({})).toBeUndefined();
  });
});
