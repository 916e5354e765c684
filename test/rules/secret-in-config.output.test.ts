import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { formatAnnotations } from '../../src/report/annotations.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatSummary } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';
import { scratchRepo, yaml } from '../rule-tester.js';

/** Secrets no output may show, not even four characters of one. */
const SECRETS = ['Qz7#xK9vW2mP4tR8', 'Vb5%nL3qJ8wE1yH6', 'Tn4&gF6hD9sA2kM7', 'Jc8!uP5rZ3xB6vN1'];

const CONFIG = yaml`
  receivers: { otlp: { protocols: { grpc: } } }
  exporters:
    otlp_grpc/a: { endpoint: "backend:4317", tls: { insecure: true }, headers: { authorization: "Bearer ${SECRETS[0]}" } }
    otlphttp: { endpoint: "https://otel:${SECRETS[1]}@otlp.acme.dev" }
    kafka:
      brokers: [kafka:9092]
      auth: { sasl: { username: otel, mechanism: PLAIN, password: "${SECRETS[2]}" } }
  extensions:
    oauth2client:
      client_id: otel
      token_url: https://idp.acme.dev/token
      client_secret: |
        ${SECRETS[3]}
        ${SECRETS[3]}
  service:
    extensions: [oauth2client]
    pipelines:
      traces: { receivers: [otlp], exporters: [otlp_grpc/a, otlphttp, kafka] }
`;

describe('secret-in-config never shows a secret', () => {
  it('in any report format: text (with excerpts), JSON, SARIF, GitHub annotations, the job summary', async () => {
    const root = scratchRepo({ 'otelcol.yaml': CONFIG });
    const { findings } = await runLint({ root, paths: ['.'], config: resolveConfig({}), threads: 1 });
    // The file has the secrets, and they are found where they are.
    expect(findings.filter((f) => f.rule === 'secret-in-config').map((f) => `${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.message}`)).toEqual([
      '3:95-3:120 `authorization` holds a secret written out in the file; anyone who can read the repository can use it.',
      '4:25-4:70 `endpoint` holds a URL with a password written in it; anyone who can read the repository can use it.',
      '7:65-7:83 `password` holds a secret written out in the file; anyone who can read the repository can use it.',
      '12:20-15:1 `client_secret` holds a secret written out in the file; anyone who can read the repository can use it.',
    ]);
    // Another rule's finding on a secret's line shows the line, masked too.
    expect(findings.some((f) => f.rule === 'exporter-insecure' && f.start.line === 3)).toBe(true);

    const readSource = (file: string) => readFileSync(path.join(root, file), 'utf8');
    const outputs = {
      text: formatText(findings, { readSource, color: false, filesLinted: 1 }),
      json: formatJson(findings),
      sarif: formatSarif(findings, { rules: RULES.map((r) => ({ id: r.meta.id, summary: r.meta.summary, defaultSeverity: r.meta.defaultSeverity })), toolVersion: 'test' }),
      annotations: formatAnnotations(findings, 1000),
      summary: formatSummary(findings, { filesLinted: 1, failOn: 'error' }),
    };
    for (const [format, output] of Object.entries(outputs)) {
      expect(output.length, format).toBeGreaterThan(0);
      for (const secret of SECRETS) {
        for (let i = 0; i + 4 <= secret.length; i++) expect(output, `${format} shows part of a secret`).not.toContain(secret.slice(i, i + 4));
      }
    }
    // The excerpt keeps its shape: the secret's characters are masked one for one, so the caret stays under it.
    expect(outputs.text).toContain(`authorization: ${'*'.repeat(25)} } }`);
  });
});
