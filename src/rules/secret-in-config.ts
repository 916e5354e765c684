import { compileGlobs } from '../core/glob.js';
import { DEFAULT_SECRET_KEYS, findSecrets, type SecretKeys } from '../pipelines/secrets.js';
import { defineRule } from './types.js';

export interface SecretInConfigOptions {
  /** More key names that hold secrets (globs, any case), such as `*_signing_key`. */
  'extra-keys': string[];
  /** Key names never reported (globs, any case), for values that only look like secrets. */
  'allowed-keys': string[];
}

/**
 * A password or API key committed to a repository is readable by everyone who can read the
 * repository, stays in its history after it is removed, and is copied into every clone and
 * CI log. Every document of every kind is walked; a value written out under a key that names
 * a secret is reported, one that refers to where the program finds it (an environment
 * variable, a file, a secret store) is not. The finding never shows the value, and the text
 * report masks it in the excerpt.
 */
export default defineRule<SecretInConfigOptions>({
  meta: {
    id: 'secret-in-config',
    summary: 'A password, token or API key written out in a config (or a URL with a password in it), rather than taken from the environment, a file or a secret store.',
    defaultSeverity: 'error',
    sensitive: true,
    messages: {
      value: {
        text: '`{key}` holds a secret written out in the file; anyone who can read the repository can use it.',
        help: 'Take it from the environment or a secret store instead, and revoke the value that was committed.',
      },
      url: {
        text: '`{key}` holds a URL with a password written in it; anyone who can read the repository can use it.',
        help: 'Take the password out of the URL and give it through the environment or a secret store, and revoke the one that was committed.',
      },
    },
    options: {
      defaults: { 'extra-keys': [], 'allowed-keys': [] },
      schema: {
        'extra-keys': {
          description: 'More key names that hold secrets, as globs matched in any case, such as `*_signing_key`. Default: none beyond the programs\' own secret fields.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
        'allowed-keys': {
          description: 'Key names never reported, as globs matched in any case, for values that only look like secrets (a public token). Default: none.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
      },
    },
  },
  check(context) {
    const keys = secretKeys(context.options);
    for (const document of context.model.documents) {
      for (const secret of findSecrets(document.value, keys)) {
        const site = { doc: document.doc, path: secret.path };
        // The subject names keys and indexes only: never a value.
        const subject = `${document.kind}#${document.doc}/${secret.path.join('/')}`;
        context.report({ messageId: secret.kind, data: { key: secret.key }, site, help: HOW_TO_REFER[document.kind], subject });
      }
    }
  },
});

function secretKeys(options: SecretInConfigOptions): SecretKeys {
  const lower = (patterns: string[]) => (patterns.length === 0 ? () => false : compileGlobs(patterns.map((p) => p.toLowerCase())));
  const extra = lower(options['extra-keys']);
  const allowed = lower(options['allowed-keys']);
  return {
    isSecret: (key, path) => (extra(key.toLowerCase()) || DEFAULT_SECRET_KEYS.isSecret(key, path)) && !allowed(key.toLowerCase()),
  };
}

/** How each program takes a secret from elsewhere, for the help line. */
const HOW_TO_REFER: Record<string, string> = {
  'otel-collector': 'Write `${env:NAME}` and set NAME where the Collector runs (or use the setting\'s `*_file` form), and revoke the value that was committed.',
  vector: 'Write `${NAME}` and set NAME where Vector runs (or use a secret backend: `SECRET[backend.key]`), and revoke the value that was committed.',
  'fluent-bit': 'Write `${NAME}` and set NAME where Fluent Bit runs, and revoke the value that was committed.',
  alertmanager: 'Alertmanager does not read environment variables: use the `*_file` setting beside it (such as `auth_password_file`) with a mounted secret, and revoke the value that was committed.',
};
