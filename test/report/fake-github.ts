import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The part of GitHub's REST and GraphQL API that obslint's pull-request review uses, on
 * 127.0.0.1, holding one pull request's state: its changed files, and its review comments,
 * which a posted review adds to and a delete removes from, so a second run sees the first
 * run's comments. Lists come two to a page, so pagination is exercised. Every request is
 * recorded with its body.
 */

export const OWNER = 'acme';
export const REPO = 'observability';
export const PULL = 7;
export const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';
/** Who the token belongs to, as REST names the Actions app. */
export const BOT = { login: 'github-actions[bot]', type: 'Bot' };
/** Who GraphQL says the token belongs to. */
export const VIEWER = 'github-actions[bot]';

export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface ReviewComment {
  id: number;
  path: string;
  line: number | null;
  side: string;
  body: string;
  user: { login: string; type: string };
}

export interface Recorded {
  /** When it arrived (ms since the epoch). */
  at: number;
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

/** An answer given instead of the normal one; `effect` runs when it is given. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  effect?: () => void;
}

export interface FakeGitHub {
  origin: string;
  token: string;
  requests: Recorded[];
  files: PullFile[];
  comments: ReviewComment[];
  /** The review requests GitHub accepted, as sent. */
  /** GraphQL's `viewer.login`. */
  viewer: string;
  reviews: { commit_id: string; event: string; body: string; comments: { path: string; line: number; side: string; body: string }[] }[];
  /** Answers for `METHOD /path` (no query), given in order before the normal one; `times: Infinity` for always. */
  fail(route: string, answer: Answer, times?: number): void;
  close(): Promise<void>;
}

const PAGE = 2;

export async function startFakeGitHub(token: string): Promise<FakeGitHub> {
  const failures = new Map<string, Answer[]>();
  let nextId = 1000;
  const fake: FakeGitHub = {
    origin: '',
    token,
    requests: [],
    files: [],
    comments: [],
    viewer: VIEWER,
    reviews: [],
    fail(route, answer, times = 1) {
      const queue = failures.get(route) ?? [];
      for (let i = 0; i < Math.min(times, 100); i++) queue.push(answer);
      failures.set(route, queue);
    },
    close: async () => {},
  };

  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    fake.requests.push({ at: Date.now(), method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
    const url = new URL(req.url ?? '', fake.origin);
    const route = `${req.method} ${url.pathname}`;
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const page = <T>(items: T[]) => {
      const n = Number(url.searchParams.get('page') ?? '1');
      const next = new URL(url);
      next.searchParams.set('page', String(n + 1));
      const more = n * PAGE < items.length;
      send(200, items.slice((n - 1) * PAGE, n * PAGE), more ? { link: `<${next.href}>; rel="next"` } : {});
    };

    if (req.headers.authorization !== `token ${token}`) return send(401, { message: 'Bad credentials' });
    const failure = failures.get(route)?.shift();
    if (failure) {
      failure.effect?.();
      return send(failure.status, failure.body ?? { message: http.STATUS_CODES[failure.status] }, failure.headers);
    }
    const pull = `/repos/${OWNER}/${REPO}/pulls/${PULL}`;
    if (route === `GET ${pull}/files`) return page(fake.files);
    if (route === `GET ${pull}/comments`) return page(fake.comments);
    if (route === 'POST /graphql') return send(200, { data: { viewer: { login: fake.viewer } } });
    if (route === `POST ${pull}/reviews`) {
      const review = JSON.parse(body);
      fake.reviews.push(review);
      for (const c of review.comments ?? []) fake.comments.push({ id: nextId++, path: c.path, line: c.line, side: c.side, body: c.body, user: BOT });
      return send(200, { id: nextId++, user: BOT, state: 'COMMENTED', commit_id: review.commit_id });
    }
    const deleted = new RegExp(`^DELETE /repos/${OWNER}/${REPO}/pulls/comments/(\\d+)$`).exec(route);
    if (deleted) {
      const at = fake.comments.findIndex((c) => c.id === Number(deleted[1]));
      if (at === -1) return send(404, { message: 'Not Found' });
      fake.comments.splice(at, 1);
      return send(204);
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/**
 * The patch GitHub would list for a file whose `added` lines (1-based) the pull request added:
 * one hunk showing the whole file, every other line unchanged.
 */
export function patchAdding(text: string, added: readonly number[]): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const body = lines.map((line, i) => `${added.includes(i + 1) ? '+' : ' '}${line}`);
  return `@@ -1,${lines.length - added.length} +1,${lines.length} @@\n${body.join('\n')}`;
}
