import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { lintSource, ruleTester, scratchRepo, yaml } from '../rule-tester.js';
import { startServer } from '../policy/local-server.js';

const alertWith = (annotations: string) => yaml`
  groups:
    - name: api
      rules:
        - alert: HighErrorRate
          expr: up == 0
          annotations:
            ${annotations}
`;

ruleTester('alert-runbook', {
  root: scratchRepo({
    'docs/runbooks/api.md': '# API runbooks\n\n## High error rate\n\nHighErrorRate fires when ...\n\n## Latency\n',
    'docs/runbooks/other.md': '# Something else\n',
    'rules/local.md': '# Local\n',
  }),
  valid: [
    { name: 'https runbook_url', code: alertWith('runbook_url: https://runbooks.acme.dev/api/high-error-rate') },
    { name: 'http runbook', code: alertWith('runbook: http://wiki.internal/runbooks/api') },
    { name: 'templated URL', code: alertWith('runbook_url: https://runbooks.acme.dev/{{ $labels.alertname | toLower }}') },
    { name: 'a file in the repository', code: alertWith('runbook: docs/runbooks/api.md') },
    { name: 'a file with an anchor', code: alertWith('runbook: docs/runbooks/api.md#high-error-rate') },
    { name: 'a URL under an allowed prefix', config: { runbooks: { 'url-pattern': ['https://runbooks.acme.dev/', '/^https:\\/\\/wiki\\./'] } }, code: alertWith('runbook_url: https://wiki.acme.dev/p') },
    { name: 'a runbook file that mentions the alert', config: { runbooks: { 'mention-alert-name': true } }, code: alertWith('runbook: docs/runbooks/api.md') },
    { name: 'relative to the rule file', file: 'rules/api.yml', code: alertWith('runbook: local.md') },
    { name: 'a template filled in at fire time', code: alertWith('runbook_url: "{{ $labels.runbook }}"') },
    { name: 'configured annotation key', options: { annotations: ['playbook'] }, code: alertWith('playbook: https://wiki.acme.dev/p') },
    { name: 'recording rules need no runbook', code: yaml`
      groups:
        - name: api
          rules:
            - record: job:up:sum
              expr: sum by (job) (up)
    ` },
  ],
  invalid: [
    {
      name: 'no annotations: points at the alert',
      code: yaml`
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: up == 0
      `,
      errors: [{ line: 4, column: 9, message: 'Alert `HighErrorRate` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).' }],
    },
    {
      name: 'annotations without a runbook: points at `annotations`',
      code: alertWith('summary: Too many errors'),
      errors: [{ line: 6, column: 9 }],
    },
    { name: 'TODO', code: alertWith('runbook: TODO'), errors: [{ line: 7, column: 20, message: 'Alert `HighErrorRate`: the runbook is a placeholder (`TODO`).' }] },
    { name: 'tbd in any case', code: alertWith('runbook_url: tbd'), errors: [{ line: 7, column: 24, message: /placeholder/ }] },
    { name: 'empty', code: alertWith('runbook_url: ""'), errors: [{ line: 7, column: 24, message: 'Alert `HighErrorRate`: the runbook is empty.' }] },
    { name: 'example.com', code: alertWith('runbook_url: https://example.com/runbook'), errors: [{ line: 7, column: 24, message: /example domain/ }] },
    { name: 'a subdomain of example.org', code: alertWith('runbook_url: https://wiki.example.org/x'), errors: [{ line: 7, column: 24, message: /example domain/ }] },
    { name: 'not http(s)', code: alertWith('runbook_url: ftp://files.acme.dev/runbook.txt'), errors: [{ line: 7, column: 24, message: /not an http\(s\) URL/ }] },
    { name: 'a path that leaves the repository', code: alertWith('runbook: ../../../../../../etc/hostname'), errors: [{ line: 7, column: 20, message: /neither an http\(s\) URL nor a file/ }] },
    { name: 'a file that does not exist', code: alertWith('runbook: docs/runbooks/missing.md'), errors: [{ line: 7, column: 20, message: /neither an http\(s\) URL nor a file/ }] },
    { name: 'a custom placeholder', options: { placeholders: ['later'] }, code: alertWith('runbook: LATER'), errors: [{ line: 7, column: 20, message: /placeholder/ }] },
    {
      name: 'a heading the runbook does not have, with the closest one',
      code: alertWith('runbook: docs/runbooks/api.md#high-error'),
      errors: [{ line: 7, column: 20, message: 'Alert `HighErrorRate`: `docs/runbooks/api.md` has no heading `#high-error`. Did you mean `#high-error-rate`?' }],
    },
    {
      name: 'a URL outside the allowed places',
      config: { runbooks: { 'url-pattern': ['https://runbooks.acme.dev/'], template: 'https://runbooks.acme.dev/{{ alertname }}' } },
      code: alertWith('runbook_url: https://docs.google.com/document/d/1x'),
      errors: [{ line: 7, column: 24, message: 'Alert `HighErrorRate`: the runbook `https://docs.google.com/document/d/1x` is not where runbooks live (`https://runbooks.acme.dev/`).' }],
    },
    {
      name: 'a runbook file that does not mention the alert',
      config: { runbooks: { 'mention-alert-name': true } },
      code: alertWith('runbook: docs/runbooks/other.md'),
      errors: [{ line: 7, column: 20, message: 'Alert `HighErrorRate`: the runbook `docs/runbooks/other.md` does not mention `HighErrorRate`.' }],
    },
    { name: 'only the configured key counts', options: { annotations: ['playbook'] }, code: alertWith('runbook_url: https://wiki.acme.dev/p'), errors: [{ line: 6, column: 9, message: /\(`playbook`\)/ }] },
  ],
});

it('finds runbook paths of a repository linted from outside it, up to the folder holding .git', async () => {
  const repo = scratchRepo({
    'team/rules/api.yml': alertWith('runbook: runbooks/api.md'),
    'team/runbooks/api.md': '# API\n',
    'rules/other.yml': alertWith('runbook: docs/other.md'),
    'docs/other.md': '# Other\n',
  });
  mkdirSync(path.join(repo, '.git'));
  const elsewhere = scratchRepo({});
  const result = await runLint({ root: elsewhere, paths: [repo], config: resolveConfig({}), threads: 1 });
  expect(result.findings.filter((f) => f.rule === 'alert-runbook')).toEqual([]);
  writeFileSync(path.join(repo, 'rules/other.yml'), alertWith('runbook: docs/missing.md'));
  const again = await runLint({ root: elsewhere, paths: [repo], config: resolveConfig({}), threads: 1 });
  expect(again.findings.filter((f) => f.rule === 'alert-runbook')).toHaveLength(1);
});

describe('alert-runbook with runbooks.template and check-links', () => {
  it('suggests where the runbook should be', async () => {
    const findings = await lintSource(alertWith('summary: x'), { config: { runbooks: { template: 'https://runbooks.acme.dev/{{ labels.team }}/{{ alertname }}' } } });
    expect(findings.find((f) => f.rule === 'alert-runbook')?.help).toBe(
      'Link the page that tells whoever is paged what to check and how to fix it. Expected: https://runbooks.acme.dev/<team>/HighErrorRate',
    );
  });

  it('reports runbook URLs that do not answer, asking each once, sending no credentials', async () => {
    const server = await startServer((req, res) => {
      res.writeHead(req.url === '/ok' ? 200 : 404);
      res.end();
    });
    try {
      const root = scratchRepo({
        'a.yml': `groups:\n  - name: g\n    rules:\n${['ok', 'gone', 'gone'].map((p, i) => `      - alert: A${i}\n        expr: up == 0\n        annotations: { runbook_url: "${server.origin}/${p}" }\n`).join('')}`,
      });
      const config = resolveConfig({ runbooks: { 'check-links': true } });
      const { findings } = await runLint({ root, paths: ['.'], config, threads: 1 });
      expect(findings.filter((f) => f.rule === 'alert-runbook').map((f) => `${f.start.line} ${f.message}`)).toEqual([
        `9 Alert \`A1\`: the runbook \`${server.origin}/gone\` does not answer (broken (404)).`,
        `12 Alert \`A2\`: the runbook \`${server.origin}/gone\` does not answer (broken (404)).`,
      ]);
      expect(server.seen.filter((r) => r.url === '/gone')).toHaveLength(1);
      expect(server.seen.every((r) => r.headers.authorization === undefined && r.headers.cookie === undefined)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
