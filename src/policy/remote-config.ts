import { shown } from '../core/text.js';
import { VERSION } from '../version.js';

/**
 * Reads a shared config from another repository, for `extends: github:owner/repo/path.yml@ref`,
 * through GitHub's REST API (the contents endpoint, raw media type) with Octokit, which
 * retries server errors and waits out rate limits. Failures become one clear message; the
 * token never appears in one.
 */

export interface RemoteConfigRef {
  owner: string;
  repo: string;
  /** Inside the repository, without a leading `/`. */
  path: string;
  /** A branch, tag or commit; the repository's default branch when absent. */
  ref?: string;
}

export class RemoteConfigError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
  }
}

export interface RemoteReadOptions {
  /** The Action's `github-token`, or `GITHUB_TOKEN`/`GH_TOKEN` locally; none for a public repository. */
  token?: string;
  /** `https://api.github.com` by default; GitHub Enterprise Server's is `https://HOST/api/v3`. */
  baseUrl?: string;
  /** For the whole read, retries included; 60 s by default. */
  timeoutMs?: number;
  /** The unit of the waits between retries (1 s, then 4 s, then 9 s); 1 s by default. */
  retryBaseMs?: number;
}

/** The token to use when run locally. */
export function githubTokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}

const REF_HELP = 'Write `github:owner/repo/path/to/file.yml`, optionally followed by `@` and a branch, tag or commit.';
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// What `git check-ref-format` refuses: control characters, space, `~^:?*[\`, `..`, `@{`, and bad ends.
const BAD_REF = /[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|^[/.]|[/.]$|\.lock$|\/\/|^@$/;

/** `github:owner/repo/path.yml@ref`, or a RemoteConfigError saying what is wrong. */
export function parseRemoteConfigRef(spec: string): RemoteConfigRef {
  const refuse = (why: string) => new RemoteConfigError(`\`${shown(spec)}\` ${why}.`, REF_HELP);
  if (!spec.startsWith('github:')) {
    throw refuse(/^[a-z][a-z0-9+.-]*:/i.test(spec) ? 'is not a GitHub reference: only `github:` configs can be extended' : 'does not start with `github:`');
  }
  const at = spec.lastIndexOf('@');
  const location = at === -1 ? spec.slice('github:'.length) : spec.slice('github:'.length, at);
  const ref = at === -1 ? undefined : spec.slice(at + 1);
  const [owner = '', repo = '', ...segments] = location.split('/');
  if (!OWNER.test(owner)) throw refuse(`has no valid owner (\`${shown(owner)}\`)`);
  if (!REPO.test(repo) || repo === '.' || repo === '..') throw refuse(`has no valid repository name (\`${shown(repo)}\`)`);
  if (segments.length === 0 || segments.every((s) => s === '')) throw refuse('names no file in the repository');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) throw refuse('has an empty, `.` or `..` part in its path');
  if (ref !== undefined && (ref === '' || BAD_REF.test(ref))) throw refuse(`has an invalid ref after \`@\` (\`${shown(ref)}\`)`);
  return { owner, repo, path: segments.join('/'), ...(ref === undefined ? {} : { ref }) };
}

export function formatRemoteConfigRef({ owner, repo, path, ref }: RemoteConfigRef): string {
  return `github:${owner}/${repo}/${path}${ref === undefined ? '' : `@${ref}`}`;
}

/** Octokit and its plugins, loaded only by a run whose config extends one in another repository. */
async function gitHubClient() {
  const [{ Octokit }, { retry }, { throttling }] = await Promise.all([import('@octokit/core'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')]);
  return Octokit.plugin(retry, throttling);
}

/** A rate limit is waited out once, when GitHub asks for a minute or less. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/** The file's text, or a RemoteConfigError. */
export async function readRemoteConfig(config: RemoteConfigRef, options: RemoteReadOptions = {}): Promise<string> {
  const { token, timeoutMs = 60_000, retryBaseMs = 1000 } = options;
  const waitOnce = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
  const GitHub = await gitHubClient();
  const octokit = new GitHub({
    ...(token ? { auth: token } : {}),
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: `obslint/${VERSION}`,
    retry: { retryAfterBaseValue: retryBaseMs },
    throttle: { retryAfterBaseValue: retryBaseMs, onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
  });
  const name = `\`${shown(formatRemoteConfigRef(config))}\``;
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: config.owner,
      repo: config.repo,
      path: config.path,
      ...(config.ref === undefined ? {} : { ref: config.ref }),
      headers: { accept: 'application/vnd.github.raw+json' },
      // The raw text as it is: Octokit would parse a JSON file, or a folder's listing, into data.
      request: { signal: deadline, parseSuccessResponseBody: false },
    });
    const text = await new Response(response.data as unknown as ReadableStream | null).text();
    if (/^application\/json\b/.test(response.headers['content-type'] ?? '') && text.trimStart().startsWith('[')) {
      throw new RemoteConfigError(`${name} is a folder, not a file.`, 'Name a file inside it.');
    }
    return text;
  } catch (error) {
    const failure =
      error instanceof RemoteConfigError
        ? error
        : deadline.aborted
          ? new RemoteConfigError(`GitHub did not answer within ${timeoutMs / 1000} s when reading ${name}.`, 'Run again later.')
          : explain(error, name, token !== undefined && token !== '');
    throw token ? redact(failure, token) : failure;
  }
}

interface RequestFailure {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
  cause?: { cause?: { code?: string } };
}

function explain(error: unknown, name: string, hasToken: boolean): RemoteConfigError {
  const failure = (error ?? {}) as RequestFailure;
  const tokenHelp = 'Pass a token that can read it: the Action\'s `github-token` input, or `GITHUB_TOKEN` or `GH_TOKEN` when run locally.';
  if (failure.response === undefined) {
    const code = failure.cause?.cause?.code;
    return new RemoteConfigError(`Could not reach GitHub to read ${name}${code ? ` (${code})` : ''}.`, 'Check the network and the API URL, then run again.');
  }
  const status = failure.status ?? 0;
  if (status === 404) {
    return new RemoteConfigError(
      `${name} was not found: the repository, the ref or the file does not exist, or the repository is private and ${hasToken ? 'the token cannot read it' : 'no token was given'}.`,
      `Check the owner, repository, path and ref. ${tokenHelp}`,
    );
  }
  if (status === 401) return new RemoteConfigError(`GitHub refused the token (401 Bad credentials) when reading ${name}.`, 'Pass a valid token that has not expired, or none for a public repository.');
  if (status === 403 && failure.response.headers?.['x-ratelimit-remaining'] === '0') {
    return new RemoteConfigError(`Could not read ${name}: GitHub's API rate limit is used up.`, hasToken ? 'Run again after the limit resets.' : `Requests without a token have a low limit. ${tokenHelp}`);
  }
  if (status === 403) {
    return new RemoteConfigError(
      `The token may not read ${name} (403 Forbidden).`,
      'Give the workflow `permissions: contents: read`, or pass a token that can read that repository. A pull request from a fork gets a read-only token that cannot read other private repositories.',
    );
  }
  return new RemoteConfigError(`Could not read ${name} from GitHub (${status}${status === 429 ? ' Too Many Requests' : ''}), even after retrying.`, 'GitHub may be busy or having trouble: run again later.');
}

/** Messages quote the reference as written; should a token be pasted into it, it is hidden. */
function redact(error: RemoteConfigError, token: string): RemoteConfigError {
  if (!error.message.includes(token) && !error.help.includes(token)) return error;
  return new RemoteConfigError(error.message.split(token).join('***'), error.help.split(token).join('***'));
}
