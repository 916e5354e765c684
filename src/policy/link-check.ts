import pLimit, { type LimitFunction } from 'p-limit';
import { VERSION } from '../version.js';

/**
 * Whether http(s) links (runbook URLs) answer, for an opt-in rule. Each URL is asked once per
 * run (the checker keeps the answers); a HEAD request first, then GET where a server refuses
 * HEAD; redirects followed one by one, so each hop is checked before it is requested; no
 * credential of any kind is ever sent (no cookies, no authorization, and a URL holding a user
 * name or password is not requested at all); a host answering 429 is asked once more after
 * the wait it asks for, and no other request goes to that host meanwhile.
 */

export type LinkResult = { state: 'ok'; status: number } | { state: 'broken'; status: number } | { state: 'unreachable'; reason: string };

export interface LinkCheckOptions {
  /** How long one request may take; 10 s by default. */
  timeoutMs?: number;
  /** Requests in flight at once; 8 by default. */
  concurrency?: number;
  /** Redirects followed before giving up; 10 by default. */
  maxRedirects?: number;
  /** The longest `retry-after` waited for (once); a longer one is not waited for. 60 s by default. */
  maxRetryAfterMs?: number;
}

/** `ok`, `broken (404)`, `unreachable (connection refused)`. */
export function describeLinkResult(result: LinkResult): string {
  switch (result.state) {
    case 'ok':
      return 'ok';
    case 'broken':
      return `broken (${result.status})`;
    case 'unreachable':
      return `unreachable (${result.reason})`;
  }
}

/** Statuses some servers answer to HEAD alone; GET tells whether the page is there. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const TOO_MANY_REQUESTS = 429;
/** The wait when a 429 does not say how long. */
const DEFAULT_RETRY_AFTER_MS = 1000;

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in the chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host',
};

type Answer = { status: number; location: string | null } | { reason: string };

export class LinkChecker {
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;
  private readonly maxRetryAfterMs: number;
  private readonly limit: LimitFunction;
  private readonly results = new Map<string, Promise<LinkResult>>();
  /** Per host, the time before which it asked not to be sent anything. */
  private readonly quietUntil = new Map<string, number>();

  constructor(options: LinkCheckOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxRedirects = options.maxRedirects ?? 10;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.limit = pLimit(options.concurrency ?? 8);
  }

  /** The answer for a URL; asked at most once per checker, whatever the fragment. */
  check(url: string): Promise<LinkResult> {
    const parsed = checkable(url);
    if (typeof parsed === 'string') return Promise.resolve({ state: 'unreachable', reason: `the URL ${parsed}` });
    parsed.hash = '';
    const key = parsed.href;
    let result = this.results.get(key);
    if (!result) {
      result = this.limit(() => this.follow(parsed));
      this.results.set(key, result);
    }
    return result;
  }

  private async follow(start: URL): Promise<LinkResult> {
    let url = start;
    for (let hop = 0; ; hop++) {
      let answer = await this.request(url, 'HEAD');
      if ('status' in answer && HEAD_REFUSED.has(answer.status)) answer = await this.request(url, 'GET');
      if ('reason' in answer) return { state: 'unreachable', reason: answer.reason };
      const { status, location } = answer;
      if (status >= 200 && status < 300) return { state: 'ok', status };
      if (status === TOO_MANY_REQUESTS) return { state: 'unreachable', reason: 'rate-limited: 429 Too Many Requests' };
      if (status < 300 || status >= 400 || location === null) return { state: 'broken', status };
      if (hop === this.maxRedirects) return { state: 'unreachable', reason: `more than ${this.maxRedirects} redirects` };
      const next = checkable(location, url);
      if (typeof next === 'string') return { state: 'unreachable', reason: `redirected to a URL that ${next}` };
      url = next;
    }
  }

  /** One request, asked once more after the wait a 429 asks for (when not too long). */
  private async request(url: URL, method: 'HEAD' | 'GET'): Promise<Answer> {
    const answer = await this.send(url, method);
    if (!('status' in answer) || answer.status !== TOO_MANY_REQUESTS) return answer;
    const wait = answer.retryAfterMs;
    if (wait > this.maxRetryAfterMs) return answer;
    this.quietUntil.set(url.host, Math.max(this.quietUntil.get(url.host) ?? 0, Date.now() + wait));
    return this.send(url, method);
  }

  private async send(url: URL, method: 'HEAD' | 'GET'): Promise<{ status: number; location: string | null; retryAfterMs: number } | { reason: string }> {
    const quiet = (this.quietUntil.get(url.host) ?? 0) - Date.now();
    if (quiet > 0) await new Promise((resolve) => setTimeout(resolve, quiet));
    try {
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        credentials: 'omit',
        headers: { 'user-agent': `obslint/${VERSION} (link check)`, accept: '*/*' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // The body is not needed: only whether the page is there.
      await response.body?.cancel();
      return { status: response.status, location: response.headers.get('location'), retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
    } catch (error) {
      return { reason: this.reasonOf(error) };
    }
  }

  private reasonOf(error: unknown): string {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${this.timeoutMs / 1000} s`;
    const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
    const code = cause?.code;
    if (code !== undefined) return NETWORK_REASONS[code] ?? code;
    return cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
}

/** The URL when it can be requested, else what is wrong with it (never quoting it: it may hold a password). */
function checkable(url: string, base?: URL): URL | string {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return 'is not valid';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'is not http(s)';
  if (parsed.username !== '' || parsed.password !== '') return 'holds a user name or password, which is never sent';
  return parsed;
}

/** `retry-after` in seconds or as an HTTP date; the default when absent or unreadable. */
function retryAfterMs(header: string | null): number {
  if (header === null) return DEFAULT_RETRY_AFTER_MS;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - Date.now());
}
