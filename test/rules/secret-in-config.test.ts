import { describe, expect, it } from 'vitest';
import { lintSource, ruleTester, yaml } from '../rule-tester.js';
import { reportsOn } from './pipeline-model.js';

const collector = 'otelcol.yaml';

ruleTester('secret-in-config', {
  valid: [
    { name: 'Collector: references to the environment and files, empty values, redacted output', file: collector, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters:
        otlphttp:
          endpoint: https://otlp.acme.dev
          headers: { Authorization: "Bearer \${env:OTLP_TOKEN}", X-Scope-OrgID: tenant-1, x-api-key: "\${API_KEY}" }
        datadog: { api: { key: "\${env:DD_API_KEY}", site: datadoghq.eu } }
      extensions:
        basicauth/client: { client_auth: { username: otel, password: "" } }
        oauth2client: { client_id: otel, client_secret_file: /var/run/secrets/oauth, token_url: https://idp.acme.dev/token }
        bearertokenauth: { token: "[REDACTED]" }
      service:
        extensions: [basicauth/client, oauth2client, bearertokenauth]
        pipelines:
          traces: { receivers: [otlp], exporters: [otlphttp, datadog] }
    ` },
    { name: 'Vector: variables, secret backends, and keys that are no secret', file: 'vector.toml', code: [
      '[sources.in]', 'type = "stdin"', '',
      '[sinks.dd]', 'type = "datadog_logs"', 'inputs = ["in"]', 'default_api_key = "${DD_API_KEY}"', '',
      '[sinks.es]', 'type = "elasticsearch"', 'inputs = ["in"]', 'endpoints = ["https://es.acme.dev"]', 'auth.strategy = "basic"', 'auth.user = "vector"', 'auth.password = "SECRET[vault.es_password]"', '',
      '[sinks.s3]', 'type = "aws_s3"', 'inputs = ["in"]', 'bucket = "logs"', 'auth.access_key_id = "AKIAEXAMPLE"', 'auth.secret_access_key = "$AWS_SECRET"', 'encoding.codec = "json"', '',
    ].join('\n') },
    { name: 'Alertmanager: `*_file` settings, URLs that are not secrets', file: 'alertmanager.yml', code: yaml`
      global: { smtp_auth_password_file: /etc/am/smtp, opsgenie_api_url: https://api.opsgenie.com/ }
      route: { receiver: team }
      receivers:
        - name: team
          webhook_configs: [{ url: "http://relay.internal:8080/hook" }]
          pagerduty_configs: [{ routing_key_file: /etc/am/pd }]
    ` },
    { name: 'placeholders to fill in: `<...>`, a Concourse `((var))`, a webhook URL that is no URL', file: 'alertmanager.yml', code: yaml`
      global: { slack_api_url: url, smtp_auth_password: "<smtp password>" }
      route: { receiver: team }
      receivers:
        - name: team
          pagerduty_configs: [{ service_key: <team-X-key> }]
          slack_configs: [{ channel: "#a", api_url: "((SLACK_API_URL))" }, { channel: "#b", api_url: "https://hooks.slack.com/services/<webhook-id>" }]
    ` },
    { name: 'allowed keys', file: collector, options: { 'allowed-keys': ['X-Honeycomb-*'] }, code: yaml`
      receivers: { otlp: { protocols: { grpc: } } }
      exporters: { otlp_grpc: { endpoint: api.honeycomb.io:443, headers: { x-honeycomb-team: hcaik_public_ingest } } }
      service: { pipelines: { traces: { receivers: [otlp], exporters: [otlp_grpc] } } }
    ` },
  ],
  invalid: [
    {
      name: 'Collector: a header, a client secret, an API key, a private key, a password in a URL',
      file: collector,
      code: yaml`
        receivers: { otlp: { protocols: { grpc: } } }
        exporters:
          otlphttp: { endpoint: https://otlp.acme.dev, headers: { Authorization: "Bearer abc123" } }
          datadog: { api: { key: 0123456789abcdef } }
          kafka: { brokers: [kafka:9092], auth: { sasl: { username: otel, password: hunter22, mechanism: PLAIN } } }
          otlp_grpc: { endpoint: backend:4317, tls: { key_pem: "-----BEGIN PRIVATE KEY-----" } }
          clickhouse: { endpoint: "tcp://default:ch-pass@clickhouse:9000" }
        extensions:
          oauth2client: { client_id: otel, client_secret: s3cr3t, token_url: https://idp.acme.dev/token }
        service:
          extensions: [oauth2client]
          pipelines:
            traces: { receivers: [otlp], exporters: [otlphttp, datadog, kafka, otlp_grpc, clickhouse] }
      `,
      errors: [
        { line: 3, column: 74, endColumn: 89, message: '`Authorization` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 4, column: 26, message: '`api.key` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 5, column: 77, message: '`password` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 6, column: 56, message: '`key_pem` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 7, column: 27, message: '`endpoint` holds a URL with a password written in it; anyone who can read the repository can use it.' },
        { line: 9, column: 51, message: '`client_secret` holds a secret written out in the file; anyone who can read the repository can use it.' },
      ],
    },
    {
      name: 'Vector (TOML): a password and an API key',
      file: 'vector.toml',
      code: ['[sources.in]', 'type = "stdin"', '', '[sinks.dd]', 'type = "datadog_logs"', 'inputs = ["in"]', 'default_api_key = "0123456789abcdef0123456789abcdef"', '', '[sinks.es]', 'type = "elasticsearch"', 'inputs = ["in"]', 'auth.strategy = "basic"', 'auth.user = "vector"', 'auth.password = "hunter22"', ''].join('\n'),
      errors: [
        { line: 7, column: 19, message: '`default_api_key` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 14, column: 17, message: '`password` holds a secret written out in the file; anyone who can read the repository can use it.' },
      ],
    },
    {
      name: 'Alertmanager: its Secret fields, the Slack webhook, basic auth',
      file: 'alertmanager.yml',
      code: yaml`
        global: { smtp_auth_password: hunter22, slack_api_url: "https://hooks.slack.com/services/T0/B0/XXXX" }
        route: { receiver: team }
        receivers:
          - name: team
            slack_configs: [{ channel: "#alerts", api_url: "https://hooks.slack.com/services/T1/B1/YYYY" }]
            pagerduty_configs: [{ routing_key: 0123456789abcdef0123456789abcdef }]
            webhook_configs: [{ url: "http://relay.internal/hook", http_config: { basic_auth: { username: am, password: hunter22 } } }]
      `,
      errors: [
        { line: 1, column: 31, message: '`smtp_auth_password` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 1, column: 56, message: '`slack_api_url` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 5, column: 52, message: '`api_url` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 6, column: 40, message: '`routing_key` holds a secret written out in the file; anyone who can read the repository can use it.' },
        { line: 7, column: 113, message: '`password` holds a secret written out in the file; anyone who can read the repository can use it.' },
      ],
    },
    {
      name: 'more keys by option; the help says how this program takes a secret from elsewhere',
      file: collector,
      options: { 'extra-keys': ['*_signing_key'] },
      code: yaml`
        receivers: { webhookevent: { endpoint: "0.0.0.0:8088", hmac_signing_key: abcdef } }
        exporters: { debug: }
        service: { pipelines: { logs: { receivers: [webhookevent], exporters: [debug] } } }
      `,
      errors: [{ line: 1, column: 74, message: '`hmac_signing_key` holds a secret written out in the file; anyone who can read the repository can use it.' }],
    },
  ],
});

describe('secret-in-config on other shapes', () => {
  it('Fluent Bit (the model its kind fills): a password property, an Authorization header line, an environment section', () => {
    const value = {
      env: { DD_API_KEY: '0123456789abcdef', LOG_LEVEL: 'info' },
      pipeline: {
        outputs: [
          { name: 'http', host: 'logs.acme.dev', http_user: 'fb', HTTP_Passwd: 'hunter22', header: ['X-Scope-OrgID tenant-1', 'Authorization Bearer abc123'] },
          { name: 'es', host: 'es', http_passwd: '${ES_PASSWORD}', header: 'Authorization Bearer ${ES_TOKEN}' },
        ],
      },
    };
    expect(reportsOn('secret-in-config', { documents: [{ kind: 'fluent-bit', doc: 0, value }] }).map((r) => `${r.path} ${r.message}`)).toEqual([
      'env.DD_API_KEY `DD_API_KEY` holds a secret written out in the file; anyone who can read the repository can use it.',
      'pipeline.outputs.0.HTTP_Passwd `HTTP_Passwd` holds a secret written out in the file; anyone who can read the repository can use it.',
      'pipeline.outputs.0.header.1 `Authorization` holds a secret written out in the file; anyone who can read the repository can use it.',
    ]);
  });

  it('a container environment: `{ name, value }` with a literal value, not `valueFrom`', () => {
    const value = { env: [{ name: 'DD_API_KEY', value: 'abcdef0123456789' }, { name: 'DD_APP_KEY', valueFrom: { secretKeyRef: { name: 'dd', key: 'app' } } }, { name: 'DD_SITE', value: 'datadoghq.eu' }] };
    expect(reportsOn('secret-in-config', { documents: [{ kind: 'otel-collector', doc: 0, value }] }).map((r) => `${r.path} ${r.message}`)).toEqual([
      'env.0.value `DD_API_KEY` holds a secret written out in the file; anyone who can read the repository can use it.',
    ]);
  });

  it.each([
    ['otelcol.yaml', 'exporters: { otlphttp: { endpoint: https://x, headers: { api-key: abc123 } } }\nservice: { pipelines: { traces: { receivers: [otlp], exporters: [otlphttp] } } }\n', /^Write `\$\{env:NAME\}`/],
    ['vector.toml', '[sources.in]\ntype = "stdin"\n[sinks.x]\ntype = "http"\ninputs = ["in"]\nuri = "https://x"\nauth.strategy = "bearer"\nauth.token = "abc123"\nencoding.codec = "json"\n', /SECRET\[backend\.key\]/],
    ['alertmanager.yml', 'route: { receiver: a }\nreceivers: [{ name: a, telegram_configs: [{ bot_token: "123:abc", chat_id: 1 }] }]\n', /^Alertmanager does not read environment variables: use the `\*_file` setting/],
  ])('%s: the help says how this program takes a secret from elsewhere', async (file, code, help) => {
    const findings = (await lintSource(code, { file })).filter((f) => f.rule === 'secret-in-config');
    expect(findings).toHaveLength(1);
    expect(findings[0].help).toMatch(help);
  });
});
