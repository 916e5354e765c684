import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { blockingFindings, unwrapSecret } from './helpers.js';

/** Corpus files that really are broken, with why; every other file must give no blocking finding. */
const BROKEN: Record<string, string> = {
  'kube-prometheus__alertmanager-config-with-template.yaml': 'not valid YAML: the upstream example is badly indented',
  'kube-prometheus__alertmanager-config.yaml': '`slack_configs` at the top level instead of under a receiver, and a placeholder `slack_api_url`',
  'rabbitmq-op__slack.yml': 'a template to fill in: `api_url` is the placeholder `((SLACK_API_URL))`',
};

/** Kubernetes Secrets whose `stringData["alertmanager.yaml"]` is the config. */
const SECRETS = ['kube-prometheus__alertmanager-secret.yaml', 'rabbitmq-op__slack.yml', 'strimzi__alert-manager-config.yaml'];

describe.skipIf(!HAS_CORPUS)('the Alertmanager corpus', () => {
  const dir = path.join(CORPUS, 'alertmanager');
  const files = HAS_CORPUS ? readdirSync(dir).sort() : [];
  const results = files.map((file) => {
    const documents = parseAllDocuments(readFileSync(path.join(dir, file), 'utf8'));
    const secret = documents.some((d) => d.errors.length === 0 && (d.toJS() as { kind?: string } | null)?.kind === 'Secret');
    const findings = documents.flatMap((d) => (d.errors.length > 0 ? [`YAML: ${d.errors[0].code}`] : blockingFindings(unwrapSecret(d.toJS()))));
    return { file, secret, findings };
  });

  it('finds the Secrets that wrap a config', () => {
    expect(results.filter((r) => r.secret).map((r) => r.file)).toEqual(SECRETS);
  });

  it('blocks exactly the broken files', () => {
    expect(results.filter((r) => r.findings.length > 0).map((r) => r.file)).toEqual(Object.keys(BROKEN).sort());
  });

  it('says why the placeholder files are broken', () => {
    const byFile = Object.fromEntries(results.map((r) => [r.file, r.findings]));
    expect(byFile['rabbitmq-op__slack.yml']).toEqual([
      'bad-url at receivers.1.slack_configs.0.api_url: `api_url` is not a valid URL: it has no `http://` or `https://` scheme.',
    ]);
    expect(byFile['kube-prometheus__alertmanager-config.yaml'][0]).toMatch(/^slack_configs: Unknown key `slack_configs`\./);
  });
});

if (!HAS_CORPUS) skipNote('Alertmanager corpus tests', 'the corpus (../shared/corpus) is not beside the repository');
