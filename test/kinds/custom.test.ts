import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { scratchRepo } from '../rule-tester.js';

/** A platform team's own alert format: one file per service, a list of checks with owner and runbook fields. */
const SCHEMA = JSON.stringify({
  type: 'object',
  required: ['service', 'checks'],
  properties: {
    service: { type: 'string' },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'query'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          query: { type: 'string' },
          owner: { type: 'string' },
          playbook: { type: 'string' },
          urgency: { enum: ['critical', 'warning', 'info'] },
          tags: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
});

const CONFIG = `custom-kinds:
  - id: acme-checks
    title: ACME service checks
    files: ["checks/**/*.yml"]
    schema: schemas/acme-checks.json
    alerts: /checks
    name: /id
    owner: /owner
    runbook: /playbook
    severity: /urgency
    labels: /tags
`;

const CHECKS = `service: checkout
checks:
  - id: checkout-errors
    query: rate(errors[5m]) > 1
    owner: payments
    playbook: https://runbooks.acme.dev/checkout/errors
    urgency: critical
  - id: checkout-latency
    query: p99 > 1s
    urgency: page
    retries: 3
`;

describe('a custom kind', () => {
  it('validates its files with its schema and checks owners, runbooks and severities, at their lines', async () => {
    const root = scratchRepo({ '.obslint.yml': CONFIG, 'schemas/acme-checks.json': SCHEMA, 'checks/checkout.yml': CHECKS });
    const config = await loadConfig(root);
    const { findings, kinds } = await runLint({ root, paths: ['.'], config, threads: 1 });
    expect(kinds).toEqual([{ file: 'checks/checkout.yml', kinds: ['acme-checks'] }]);
    expect(findings.map((f) => `${f.start.line}:${f.start.column} ${f.rule} ${f.message}`)).toEqual([
      '8:5 alert-owner Alert `checkout-latency` has no owner: add a label naming its team (`owner` or `team`).',
      '8:5 alert-runbook Alert `checkout-latency` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).',
      '10:14 alert-severity Alert `checkout-latency` has severity `page`, which is not one of `critical`, `warning` or `info`.',
      '10:14 schema `urgency` must be one of `critical`, `warning`, `info`.',
      '11:5 schema Unknown key `retries` in this item of `checks`. Allowed here: `id`, `query`, `owner`, `playbook`, `urgency`, `tags`.',
    ]);
  });

  it.each([
    ['a schema file that does not exist', { '.obslint.yml': CONFIG }, '.obslint.yml:5:13: The schema `schemas/acme-checks.json` does not exist.'],
    ['a schema that does not compile', { '.obslint.yml': CONFIG, 'schemas/acme-checks.json': '{"type": "nonsense"}' }, /^\.obslint\.yml:5:13: The schema `schemas\/acme-checks\.json` does not compile: /],
    ['an id a built-in kind has', { '.obslint.yml': CONFIG.replace('acme-checks', 'vector'), 'schemas/acme-checks.json': SCHEMA }, '.obslint.yml:2:9: `vector` is a kind obslint has; name your kind differently.'],
  ])('refuses %s when the config loads', async (_name, files, expected) => {
    const root = scratchRepo(files as Record<string, string>);
    const error = await loadConfig(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    if (typeof expected === 'string') expect((error as Error).message).toBe(expected);
    else expect((error as Error).message).toMatch(expected);
  });
});
