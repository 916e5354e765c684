import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLinkResult, LinkChecker } from '../../src/policy/link-check.js';
import { startServer, type LocalServer } from './local-server.js';

/** Paths of the test server and how each answers. */
function answer(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '';
  const send = (status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : 'body');
  };
  if (url === '/ok') return send(200);
  if (url === '/missing') return send(404);
  if (url === '/error') return send(500);
  if (url === '/no-head') return req.method === 'HEAD' ? send(405) : send(200);
  if (url === '/head-forbidden') return req.method === 'HEAD' ? send(403) : send(200);
  if (url === '/forbidden') return send(403);
  if (url === '/moved') return send(301, { location: '/ok' });
  if (url === '/moved-away') return send(302, { location: '/missing' });
  if (url === '/to-credentials') return send(302, { location: 'http://user:secret@127.0.0.1:1/x' });
  if (url === '/to-ftp') return send(302, { location: 'ftp://example.com/x' });
  if (url === '/no-location') return send(302);
  if (url.startsWith('/loop')) return send(302, { location: `/loop${Number(url.slice(5) || 0) + 1}` });
  if (url === '/hang') return; // never answers
  res.writeHead(404);
  res.end();
}

let server: LocalServer;
beforeAll(async () => {
  server = await startServer(answer);
});
afterAll(() => server.close());

describe('LinkChecker', () => {
  const CASES: [string, string][] = [
    ['/ok', 'ok'],
    ['/missing', 'broken (404)'],
    ['/error', 'broken (500)'],
    ['/no-head', 'ok'],
    ['/head-forbidden', 'ok'],
    ['/forbidden', 'broken (403)'],
    ['/moved', 'ok'],
    ['/moved-away', 'broken (404)'],
    ['/no-location', 'broken (302)'],
    ['/to-credentials', 'unreachable (redirected to a URL that holds a user name or password, which is never sent)'],
    ['/to-ftp', 'unreachable (redirected to a URL that is not http(s))'],
    ['/loop', 'unreachable (more than 3 redirects)'],
    ['/hang', 'unreachable (no answer within 0.3 s)'],
  ];
  for (const [path, expected] of CASES) {
    it(`${path} is ${expected}`, async () => {
      const checker = new LinkChecker({ timeoutMs: 300, maxRedirects: 3 });
      expect(describeLinkResult(await checker.check(`${server.origin}${path}`))).toBe(expected);
    });
  }

  it('falls back to GET only when HEAD is refused, and follows each hop itself', async () => {
    server.seen.length = 0;
    const checker = new LinkChecker();
    await checker.check(`${server.origin}/no-head`);
    await checker.check(`${server.origin}/moved`);
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['HEAD /no-head', 'GET /no-head', 'HEAD /moved', 'HEAD /ok']);
  });

  it('refuses what it cannot or must not request, without sending anything', async () => {
    server.seen.length = 0;
    const checker = new LinkChecker();
    const results = await Promise.all(
      [`http://user:secret@${server.origin.slice(7)}/ok`, `http://:token@${server.origin.slice(7)}/ok`, 'ftp://example.com/runbook', 'not a url', 'mailto:oncall@example.com'].map(async (url) => describeLinkResult(await checker.check(url))),
    );
    expect(results).toEqual([
      'unreachable (the URL holds a user name or password, which is never sent)',
      'unreachable (the URL holds a user name or password, which is never sent)',
      'unreachable (the URL is not http(s))',
      'unreachable (the URL is not valid)',
      'unreachable (the URL is not http(s))',
    ]);
    expect(server.seen).toEqual([]);
  });

  it('never sends cookies, authorization or a proxy credential', async () => {
    server.seen.length = 0;
    process.env.HTTP_PROXY = 'http://proxyuser:proxysecret@127.0.0.1:9';
    try {
      await new LinkChecker().check(`${server.origin}/moved`);
    } finally {
      delete process.env.HTTP_PROXY;
    }
    expect(server.seen.length).toBe(2);
    for (const request of server.seen) {
      expect(Object.keys(request.headers).filter((h) => /auth|cookie|proxy/i.test(h))).toEqual([]);
      expect(request.headers['user-agent']).toMatch(/^obslint\/\S+ \(link check\)$/);
    }
  });

  it('asks once per URL, whatever the fragment, even when asked at the same time', async () => {
    server.seen.length = 0;
    const checker = new LinkChecker();
    const results = await Promise.all([`${server.origin}/ok#a`, `${server.origin}/ok#b`, `${server.origin}/ok`].map((u) => checker.check(u)));
    expect(results).toEqual([
      { state: 'ok', status: 200 },
      { state: 'ok', status: 200 },
      { state: 'ok', status: 200 },
    ]);
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['HEAD /ok']);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = await startServer((_req, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.end();
      }, 50);
    });
    try {
      const checker = new LinkChecker({ concurrency: 2 });
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => checker.check(`${slow.origin}/page-${i}`)));
      expect(results.every((r) => r.state === 'ok')).toBe(true);
      expect(most).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it('names why a host cannot be reached', async () => {
    const closed = await startServer(() => undefined);
    const origin = closed.origin;
    await closed.close();
    expect(describeLinkResult(await new LinkChecker().check(`${origin}/x`))).toBe('unreachable (connection refused)');
  });
});

describe('LinkChecker and a host that rate-limits', () => {
  it('waits as asked, then asks once more, sending nothing else to that host meanwhile', async () => {
    const times: Record<string, number[]> = {};
    let limited = true;
    const host = await startServer((req, res) => {
      (times[req.url ?? ''] ??= []).push(Date.now());
      if (req.url === '/first' && limited) {
        limited = false;
        res.writeHead(429, { 'retry-after': '1' });
      } else res.writeHead(200);
      res.end();
    });
    try {
      const checker = new LinkChecker();
      const first = checker.check(`${host.origin}/first`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = checker.check(`${host.origin}/second`);
      expect(await Promise.all([first, second])).toEqual([
        { state: 'ok', status: 200 },
        { state: 'ok', status: 200 },
      ]);
      const [refused, retried] = times['/first'];
      expect(retried - refused).toBeGreaterThanOrEqual(950);
      expect(times['/second'][0] - refused).toBeGreaterThanOrEqual(950);
    } finally {
      await host.close();
    }
  });

  it('gives up after the second 429, and does not wait longer than allowed', async () => {
    const host = await startServer((req, res) => {
      res.writeHead(429, { 'retry-after': req.url === '/long' ? '3600' : '0' });
      res.end();
    });
    try {
      const checker = new LinkChecker();
      const started = Date.now();
      expect(await checker.check(`${host.origin}/short`)).toEqual({ state: 'unreachable', reason: 'rate-limited: 429 Too Many Requests' });
      expect(await checker.check(`${host.origin}/long`)).toEqual({ state: 'unreachable', reason: 'rate-limited: 429 Too Many Requests' });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(host.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['HEAD /short', 'HEAD /short', 'HEAD /long']);
    } finally {
      await host.close();
    }
  });
});
