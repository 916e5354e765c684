import type { Path } from '../core/locate.js';
import { isMapping } from '../kinds/prometheus-groups.js';

/**
 * Where a config holds a secret written out, rather than a reference the program resolves
 * when it loads the config. The key names are the secret fields of the programs' own configs:
 * the Collector's `configopaque.String` fields (`password`, `client_secret`, `key_pem`, header
 * values such as `Authorization` and `X-API-Key`, Datadog's `api.key`), Vector's
 * `SensitiveString` ones (`auth.password`, `token`, `default_api_key`, `secret_access_key`),
 * Fluent Bit's (`http_passwd`, `apikey`, `splunk_token`, `cloud_auth`), Alertmanager's
 * `Secret` and `SecretURL` ones (`auth_password`, `routing_key`, `bot_token`, `webhook_url`,
 * Slack's `api_url`), and environment variables such as `DD_API_KEY`.
 */

export interface FoundSecret {
  /** The key (or the environment variable's name) that holds it. */
  key: string;
  path: Path;
  /** A secret value, or a URL with a password in it. */
  kind: 'value' | 'url';
}

export interface SecretKeys {
  /** Whether a key names a secret. */
  isSecret(key: string, path: Path): boolean;
}

/**
 * A key's words, lower case: `apiKey`, `API-Key` and `api_key` are all `api_key`, so one list
 * covers the programs' spellings.
 */
function keyWords(key: string): string {
  let words = wordsOf.get(key);
  if (words === undefined) {
    words = key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
    // Configs use few distinct keys; a file of millions of made-up ones must not fill memory.
    if (wordsOf.size < MAX_REMEMBERED) wordsOf.set(key, words);
  }
  return words;
}

const wordsOf = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

/** Names (as `keyWords`) that hold secrets, as a whole or as their last words. */
const SECRET_NAMES =
  /(^|_)(password|passwd|passphrase|secret|token|apikey|api_key|app_key|application_key|license_key|routing_key|service_key|integration_key|instrumentation_key|user_key|private_key|secret_key|secret_access_key|key_pem|key_pass|credentials|authorization|connection_string|webhook_url|slack_api_url|cloud_auth|x_honeycomb_team)$/;

export const DEFAULT_SECRET_KEYS: SecretKeys = {
  isSecret(key, path) {
    const words = keyWords(key);
    if (SECRET_NAMES.test(words)) return true;
    const parent = path.length >= 2 ? path[path.length - 2] : undefined;
    // Datadog's `api: { key: ... }`; Slack's webhook, the only `api_url` that is a secret in Alertmanager.
    if (words === 'key' && typeof parent === 'string') return SECRET_NAMES.test(`${keyWords(parent)}_key`);
    return words === 'api_url' && path.includes('slack_configs');
  },
};

/**
 * Whether a value is written out. Not: an empty value; a reference, whole or inside the value
 * (`${env:TOKEN}`, `${TOKEN}`, `$TOKEN`, Grafana's `$__env{TOKEN}`, Vector's
 * `SECRET[backend.key]`, a template `{{ ... }}`, a Concourse `((var))`); a placeholder to fill
 * in (`<team-key>`); or a redacted value pasted from a program's own output (Alertmanager's
 * `<secret>`, the Collector's `[REDACTED]`).
 */
function isWrittenOut(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text !== '' && !REFERENCE.test(text) && text !== '[REDACTED]';
}

const REFERENCE = /\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|\$__(env|file|vault)\{|SECRET\[[^\]]+\]|\{\{.*\}\}|\(\(.+\)\)|<[^<>]+>/;

/** A URL with a password written in it: `scheme://user:password@host`. */
function hasPasswordInUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !value.includes('@')) return false;
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(value.trim());
  return match !== null && isWrittenOut(match[1]);
}

/** Headers whose value is a credential, for Fluent Bit's `header Authorization Bearer ...` lines. */
const SECRET_HEADER = /^(authorization|proxy-authorization|x-api-key|api-key|dd-api-key|x-honeycomb-team|x-auth-token)\s+(.+)$/i;

/** Nesting deeper than this is not a config a person wrote. */
const MAX_DEPTH = 64;

/** Every secret written out in a document: by key, an environment variable (`{ name, value }`), a header line, or a URL. */
export function findSecrets(document: unknown, keys: SecretKeys): FoundSecret[] {
  const found: FoundSecret[] = [];
  // One path, grown and shrunk on the way: a copy only for what is found.
  const path: (string | number)[] = [];
  const at = (last: string | number): Path => [...path, last];
  const visit = (node: unknown, key: string | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        path.push(index);
        visit(item, key, depth + 1);
        path.pop();
      });
      return;
    }
    if (isMapping(node)) {
      // A Kubernetes container's `env: [{ name: DD_API_KEY, value: ... }]` (`valueFrom` is the reference).
      const variable = typeof node.name === 'string' && keys.isSecret(node.name, at(node.name)) && isWrittenOut(node.value);
      if (variable) found.push({ key: node.name as string, path: at('value'), kind: 'value' });
      for (const [childKey, child] of Object.entries(node)) {
        if (variable && childKey === 'value') continue;
        path.push(childKey);
        if ((typeof child === 'string' || typeof child === 'number') && keys.isSecret(childKey, path)) {
          const words = keyWords(childKey);
          // Datadog's `api: { key: ... }` is named with its parent.
          const name = words === 'key' && key !== undefined ? `${key}.${childKey}` : childKey;
          // A secret URL (a Slack webhook) that is no URL is a placeholder (`slack_api_url: url`).
          const placeholder = words.endsWith('url') && !String(child).includes('://');
          if (isWrittenOut(child) && !placeholder) found.push({ key: name, path: [...path], kind: 'value' });
        } else visit(child, childKey, depth + 1);
        path.pop();
      }
      return;
    }
    if (typeof node !== 'string' || key === undefined) return;
    // Fluent Bit: `header Authorization Bearer abc` (one value, or a list of them).
    const header = keyWords(key) === 'header' ? SECRET_HEADER.exec(node.trim()) : null;
    if (header && isWrittenOut(header[2].replace(/^(bearer|basic|token)\s+/i, ''))) found.push({ key: header[1], path: [...path], kind: 'value' });
    else if (hasPasswordInUrl(node)) found.push({ key, path: [...path], kind: 'url' });
  };
  visit(document, undefined, 0);
  return found;
}
