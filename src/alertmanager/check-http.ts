import type { Path } from '../core/locate.js';
import { isMapping, present, text, truthy, urlParseProblem } from './go-values.js';
import type { Issues } from './types.js';

/** Headers the HTTP client sets itself (prometheus/common's ReservedHeaders). */
const RESERVED_HEADERS = new Set([
  'Authorization', 'Host', 'Content-Encoding', 'Content-Length', 'Content-Type', 'User-Agent', 'Connection', 'Keep-Alive',
  'Proxy-Authenticate', 'Proxy-Authorization', 'Www-Authenticate', 'Accept-Encoding', 'X-Prometheus-Remote-Write-Version',
  'X-Prometheus-Remote-Read-Version', 'X-Prometheus-Scrape-Timeout-Seconds', 'X-Amz-Date', 'X-Amz-Security-Token', 'X-Amz-Content-Sha256',
]);

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** What prometheus/common's HTTPClientConfig.Validate refuses, for an `http_config` at `path`. */
export function checkHttpConfig(config: unknown, path: Path, issues: Issues): void {
  if (!isMapping(config)) return;
  const set = (key: string, on: Record<string, unknown> = config): boolean => text(on[key]) !== '';
  const basic = config.basic_auth;
  const oauth2 = config.oauth2;
  const authorization = config.authorization;
  const bearer = set('bearer_token') || set('bearer_token_file');
  const conflict = (message: string): void => issues.error('http-config', path, message, 'Keep one way of authenticating.', { target: 'key' });
  if (set('bearer_token') && set('bearer_token_file')) atMostOne(issues, path, config, ['bearer_token', 'bearer_token_file']);
  if ((present(basic) || present(oauth2)) && bearer) conflict('Only one of `basic_auth`, `oauth2`, `bearer_token` and `bearer_token_file` may be set.');
  if (isMapping(basic)) {
    atMostOne(issues, [...path, 'basic_auth'], basic, ['username', 'username_file', 'username_ref']);
    atMostOne(issues, [...path, 'basic_auth'], basic, ['password', 'password_file', 'password_ref']);
  }
  if (present(authorization)) {
    const auth = isMapping(authorization) ? authorization : {};
    if (bearer) conflict('`authorization` cannot be set with `bearer_token` or `bearer_token_file`.');
    atMostOne(issues, [...path, 'authorization'], auth, ['credentials', 'credentials_file', 'credentials_ref']);
    if (text(auth.type).trim().toLowerCase() === 'basic') {
      issues.error('http-config', [...path, 'authorization', 'type'], '`authorization.type` cannot be `basic`.', 'Use `basic_auth` for basic authentication.');
    }
    if (present(basic) || present(oauth2)) conflict('Only one of `basic_auth`, `oauth2` and `authorization` may be set.');
  }
  if (present(oauth2)) {
    const o = isMapping(oauth2) ? oauth2 : {};
    const at = [...path, 'oauth2'];
    if (present(basic) && !present(authorization)) conflict('Only one of `basic_auth`, `oauth2` and `authorization` may be set.');
    if (!set('client_id', o)) issues.error('missing-field', at, '`oauth2` has no `client_id`.', 'Set the OAuth2 client ID.', { target: 'key' });
    if (!set('token_url', o)) issues.error('missing-field', at, '`oauth2` has no `token_url`.', 'Set the URL tokens are fetched from.', { target: 'key' });
    if (text(o.grant_type) === JWT_BEARER) {
      atMostOne(issues, at, o, ['client_certificate_key', 'client_certificate_key_file', 'client_certificate_key_ref']);
      const algorithm = text(o.signature_algorithm);
      if (algorithm !== '' && !['RS256', 'RS384', 'RS512'].includes(algorithm)) {
        issues.error('bad-value', [...at, 'signature_algorithm'], `\`${algorithm}\` is not a supported signature algorithm.`, 'Use `RS256`, `RS384` or `RS512`.');
      }
    } else {
      atMostOne(issues, at, o, ['client_secret', 'client_secret_file', 'client_secret_ref']);
    }
    // OAuth2.UnmarshalYAML validates its own proxy settings (it embeds ProxyConfig).
    checkProxy(o, at, issues);
    checkTlsConfig(o.tls_config, [...at, 'tls_config'], issues);
  }
  checkProxy(config, path, issues);
  checkTlsConfig(config.tls_config, [...path, 'tls_config'], issues);
  checkHeaders(config.http_headers, [...path, 'http_headers'], issues);
}

/** What prometheus/common's TLSConfig.Validate refuses. */
export function checkTlsConfig(config: unknown, path: Path, issues: Issues): void {
  if (!isMapping(config)) return;
  atMostOne(issues, path, config, ['ca', 'ca_file', 'ca_ref']);
  atMostOne(issues, path, config, ['cert', 'cert_file', 'cert_ref']);
  atMostOne(issues, path, config, ['key', 'key_file', 'key_ref']);
  const cert = ['cert', 'cert_file', 'cert_ref'].some((k) => text(config[k]) !== '');
  const key = ['key', 'key_file', 'key_ref'].some((k) => text(config[k]) !== '');
  if (cert && !key) issues.error('missing-field', path, 'A client certificate is set without its key.', 'Set `key_file` (or `key`) too.', { target: 'key' });
  if (key && !cert) issues.error('missing-field', path, 'A client key is set without its certificate.', 'Set `cert_file` (or `cert`) too.', { target: 'key' });
}

/** Headers an HTTP client adds to its requests (prometheus/common's Headers). */
function checkHeaders(headers: unknown, path: Path, issues: Issues): void {
  if (!isMapping(headers)) return;
  for (const name of Object.keys(headers)) {
    const canonical = canonicalHeader(name);
    if (RESERVED_HEADERS.has(canonical)) {
      issues.error('reserved-header', [...path, name], `The header \`${canonical}\` cannot be set here.`, 'The HTTP client sets it itself; use `authorization` or `basic_auth` for credentials.', { target: 'key' });
    }
  }
}

function checkProxy(config: Record<string, unknown>, path: Path, issues: Issues): void {
  const proxyUrl = text(config.proxy_url);
  const fromEnvironment = truthy(config.proxy_from_environment);
  const noProxy = text(config.no_proxy) !== '';
  const connectHeader = isMapping(config.proxy_connect_header) && Object.keys(config.proxy_connect_header).length > 0;
  const refuse = (key: string, message: string, help: string): void => issues.error('http-config', [...path, key], message, help, { target: 'key' });
  if (proxyUrl !== '') {
    const problem = urlParseProblem(proxyUrl);
    if (problem) issues.error('bad-url', [...path, 'proxy_url'], `\`proxy_url\` is not a valid URL: ${problem}.`, 'Write a URL such as `http://proxy.example.org:3128`.');
  }
  if (connectHeader && !fromEnvironment && proxyUrl === '') refuse('proxy_connect_header', '`proxy_connect_header` needs a proxy.', 'Set `proxy_url` or `proxy_from_environment: true` too.');
  if (fromEnvironment && proxyUrl !== '') refuse('proxy_url', '`proxy_url` cannot be set with `proxy_from_environment`.', 'Keep one of the two.');
  if (fromEnvironment && noProxy) refuse('no_proxy', '`no_proxy` cannot be set with `proxy_from_environment`.', 'The environment\'s `NO_PROXY` applies instead.');
  if (noProxy && !present(config.proxy_url)) refuse('no_proxy', '`no_proxy` needs `proxy_url`.', 'Set `proxy_url` too, or remove `no_proxy`.');
}

/** Reports when more than one of `keys` is set (non-empty) in `config`, at the second one. */
export function atMostOne(issues: Issues, path: Path, config: Record<string, unknown>, keys: string[], isSet = (v: unknown) => text(v) !== ''): void {
  const used = keys.filter((k) => isSet(config[k]));
  if (used.length < 2) return;
  const names = used.map((k) => `\`${k}\``);
  const listed = names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  issues.error('secret-and-file', [...path, used[1]], `Only one of ${listed} may be set.`, 'Keep one (a `_file` keeps the secret out of the config) and remove the other.', { target: 'key' });
}

/** Go's textproto.CanonicalMIMEHeaderKey: `x-custom-header` becomes `X-Custom-Header`. */
export function canonicalHeader(name: string): string {
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) return name;
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}
