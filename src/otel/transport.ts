import type { Path } from '../core/locate.js';
import { isMapping } from '../kinds/prometheus-groups.js';

/**
 * Settings that send telemetry unencrypted or to an unverified server, found the same way in
 * Collector exporters and Vector sinks: an `http://` endpoint, TLS switched off
 * (`tls.insecure: true`, the Collector's gRPC clients), or certificate checks switched off
 * (`tls.insecure_skip_verify: true`; Vector's `tls.verify_certificate: false` and
 * `tls.verify_hostname: false`). An endpoint on this machine (loopback, a Unix socket) is not
 * reported, and neither is one whose host is only known at start (`${env:HOST}`).
 */
export type TransportProblem =
  | { kind: 'plainHttp'; path: Path; endpoint: string }
  | { kind: 'tlsOff'; path: Path; endpoint?: string }
  | { kind: 'noVerify'; path: Path; setting: string; endpoint?: string };

/** Keys that hold where a client sends to. */
const ENDPOINT_KEY = /^(endpoint|endpoints|\w+_endpoint|uri|url|server_urls)$/;
/** Shared client settings sit a few levels down (`http.tls`); deeper data is a component's own. */
const MAX_DEPTH = 4;

export function transportProblems(settings: Record<string, unknown>, path: Path, trusted: (host: string) => boolean): TransportProblem[] {
  const problems: TransportProblem[] = [];
  const visit = (map: Record<string, unknown>, at: Path, depth: number) => {
    const endpoints = endpointsIn(map, at);
    const remote = endpoints.filter((e) => !isTrusted(e.text, trusted));
    const plain = remote.filter((e) => /^http:\/\//i.test(e.text.trim()));
    for (const e of plain) problems.push({ kind: 'plainHttp', path: e.path, endpoint: e.text });
    const tls = map.tls;
    // Without an endpoint here, the client's endpoint is unknown: a switched-off check still counts.
    const towardsRemote = endpoints.length === 0 || remote.length > 0;
    if (isMapping(tls) && towardsRemote) {
      const endpoint = remote[0]?.text;
      if (tls.insecure === true && plain.length === 0 && !remote.some((e) => /^https:\/\//i.test(e.text.trim()))) {
        problems.push({ kind: 'tlsOff', path: [...at, 'tls', 'insecure'], endpoint });
      }
      for (const setting of ['insecure_skip_verify', 'verify_certificate', 'verify_hostname'] as const) {
        const off = setting === 'insecure_skip_verify' ? tls[setting] === true : tls[setting] === false;
        if (off) problems.push({ kind: 'noVerify', path: [...at, 'tls', setting], setting: `tls.${setting}: ${String(tls[setting])}`, endpoint });
      }
    }
    if (depth >= MAX_DEPTH) return;
    for (const [key, child] of Object.entries(map)) if (key !== 'tls' && isMapping(child)) visit(child, [...at, key], depth + 1);
  };
  visit(settings, path, 0);
  return problems;
}

function endpointsIn(map: Record<string, unknown>, at: Path): { text: string; path: Path }[] {
  const found: { text: string; path: Path }[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (!ENDPOINT_KEY.test(key)) continue;
    if (typeof value === 'string' && value.trim() !== '') found.push({ text: value, path: [...at, key] });
    else if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && v.trim() !== '' && found.push({ text: v, path: [...at, key, i] }));
  }
  return found;
}

/** Whether an endpoint's host is this machine, or trusted, or not known until start. */
function isTrusted(endpoint: string, trusted: (host: string) => boolean): boolean {
  const host = hostOf(endpoint);
  return host === undefined || isLoopback(host) || trusted(host);
}

/**
 * The host an endpoint names: `http://host:port/path`, `host:port`, `[::1]:4317`,
 * `dns:///host:port`. `undefined` for a Unix socket, or a host written as a reference.
 */
export function hostOf(endpoint: string): string | undefined {
  const text = endpoint.trim();
  if (/^unix(gram|packet)?:/i.test(text) || text.startsWith('/')) return undefined;
  const rest = text.replace(/^[a-z][a-z0-9+.-]*:\/\/\/?/i, '').replace(/^[^@/]*@/, '');
  const host = rest.startsWith('[') ? rest.slice(1, rest.indexOf(']') === -1 ? undefined : rest.indexOf(']')) : rest.split(/[:/?#]/)[0];
  if (host === '' || host.includes('$')) return undefined;
  return host.toLowerCase();
}

/** Loopback names and addresses (and 0.0.0.0, which a client reaches on this machine). */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '0:0:0:0:0:0:0:1' || host === '0.0.0.0';
}
