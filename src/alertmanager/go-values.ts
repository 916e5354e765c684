/**
 * Scalars as Alertmanager's Go code reads them: Go's YAML decoder (YAML 1.1 booleans, any
 * scalar into a string field), `net/url`, `net.SplitHostPort`, and Prometheus durations.
 */

/** A Go string field's value: null is the empty string, a number or boolean its text. */
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Whether a Go pointer field is set: any value but null (an empty string is still a value). */
export function present(value: unknown): boolean {
  return value !== null && value !== undefined;
}

/** Go's YAML decoder takes YAML 1.1 booleans: `yes`, `on` and `y` are true too. */
export function truthy(value: unknown): boolean {
  return value === true || (typeof value === 'string' && /^(y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/.test(value));
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const DURATION = /^(?:0|(?=\d)(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?)$/;
const UNIT_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];

/** A Prometheus duration (`1h30m`) in milliseconds, or undefined when it is not one. */
export function modelDurationMs(value: unknown): number | undefined {
  const match = DURATION.exec(text(value));
  if (!match) return undefined;
  return UNIT_MS.reduce((sum, unit, i) => sum + Number(match[i + 1] ?? 0) * unit, 0);
}

/** Go's net.SplitHostPort, and Alertmanager's own rule that the port is not empty. */
export function hostPortProblem(address: string): string | undefined {
  const colon = address.lastIndexOf(':');
  if (colon < 0) return 'it has no port (write `host:port`, such as `smtp.example.org:587`)';
  let from = 0;
  let after = 0;
  if (address.startsWith('[')) {
    const close = address.indexOf(']');
    if (close < 0) return 'it has `[` without `]`';
    if (close + 1 === address.length) return 'it has no port (write `[address]:port`)';
    if (close + 1 !== colon) return address[close + 1] === ':' ? 'it has too many colons' : 'it has no port (write `[address]:port`)';
    from = 1;
    after = close + 1;
  } else if (address.slice(0, colon).includes(':')) {
    return 'it has too many colons (write an IPv6 address as `[address]:port`)';
  }
  if (address.indexOf('[', from) >= 0) return 'it has an unexpected `[`';
  if (address.indexOf(']', after) >= 0) return 'it has an unexpected `]`';
  if (colon === address.length - 1) return 'its port is empty';
  return undefined;
}

/** Why Go's url.Parse refuses `raw`, or undefined when it parses. */
export function urlParseProblem(raw: string): string | undefined {
  if (/[\x00-\x1f\x7f]/.test(raw)) return 'it contains a control character';
  const hash = raw.indexOf('#');
  const fragment = hash < 0 ? '' : raw.slice(hash + 1);
  const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(beforeFragment);
  if (beforeFragment.startsWith(':')) return 'it has no scheme before `:`';
  let rest = scheme ? beforeFragment.slice(scheme[0].length) : beforeFragment;
  rest = rest.endsWith('?') && rest.indexOf('?') === rest.length - 1 ? rest.slice(0, -1) : rest.split('?')[0];
  if (!scheme && !rest.startsWith('/') && rest.split('/')[0].includes(':')) return 'its first path segment contains a colon';
  let path = rest;
  if (rest.startsWith('//') && (scheme || !rest.startsWith('///'))) {
    const slash = rest.indexOf('/', 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    path = slash < 0 ? '' : rest.slice(slash);
    const problem = authorityProblem(authority);
    if (problem) return problem;
  }
  return escapeProblem(path) ?? escapeProblem(fragment);
}

/** Alertmanager's URL fields: Go's url.Parse, then an `http` or `https` scheme and a host. */
export function httpUrlProblem(raw: string): string | undefined {
  const problem = urlParseProblem(raw);
  if (problem) return problem;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(raw)?.[1].toLowerCase() ?? '';
  if (scheme !== 'http' && scheme !== 'https') return scheme ? `its scheme \`${scheme}\` is not \`http\` or \`https\`` : 'it has no `http://` or `https://` scheme';
  const afterScheme = raw.slice(scheme.length + 1);
  const host = afterScheme.startsWith('//') ? afterScheme.slice(2).split(/[/?#]/)[0].replace(/^.*@/, '') : '';
  if (host === '') return 'it has no host';
  return undefined;
}

function authorityProblem(authority: string): string | undefined {
  const at = authority.lastIndexOf('@');
  const host = authority.slice(at + 1);
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) return 'its user information has characters that must be escaped';
    const problem = escapeProblem(userinfo);
    if (problem) return problem;
  }
  let port = '';
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) return 'its host has `[` without `]`';
    port = host.slice(close + 1);
  } else {
    if (host.includes('[') || host.includes(']')) return 'its host has `[` or `]` outside an IPv6 address';
    const colon = host.lastIndexOf(':');
    if (colon >= 0) port = host.slice(colon);
  }
  if (port !== '' && !/^:\d*$/.test(port)) return 'its port is not a number';
  return escapeProblem(host, true);
}

/** Percent escapes must be `%` and two hex digits; a host allows fewer characters and escapes. */
function escapeProblem(part: string, isHost = false): string | undefined {
  for (let i = 0; i < part.length; i++) {
    const ch = part[i];
    if (ch === '%') {
      const hex = part.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return `it has an invalid escape \`${part.slice(i, i + 3)}\``;
      if (isHost && parseInt(hex[0], 16) < 8 && hex !== '25') return `its host has an escaped ASCII character \`%${hex}\``;
      i += 2;
    } else if (isHost && ch < '\x80' && !/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(ch)) {
      return `its host contains \`${ch}\``;
    }
  }
  return undefined;
}
