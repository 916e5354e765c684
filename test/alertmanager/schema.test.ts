import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAlertmanagerConfig } from '../../src/alertmanager/check.js';
import { INTEGRATION_KEYS } from '../../src/alertmanager/check-receivers.js';
import { alertmanagerSchema, schemaMessages } from './helpers.js';

/** A config with every integration of the current release, each with typical fields. */
const EVERY_INTEGRATION = `
global:
  resolve_timeout: 5m
  smtp_smarthost: smtp.example.org:587
  smtp_from: alertmanager@example.org
  smtp_auth_username: alertmanager
  smtp_auth_password_file: /run/secrets/smtp
  smtp_require_tls: true
  smtp_tls_config: { min_version: TLS12 }
  slack_api_url_file: /run/secrets/slack
  opsgenie_api_key_file: /run/secrets/opsgenie
  victorops_api_key_file: /run/secrets/victorops
  wechat_api_secret_file: /run/secrets/wechat
  wechat_api_corp_id: corp
  telegram_bot_token_file: /run/secrets/telegram
  jira_api_url: https://example.atlassian.net
  rocketchat_token_id_file: /run/secrets/rc-id
  rocketchat_token_file: /run/secrets/rc-token
  mattermost_webhook_url_file: /run/secrets/mattermost
  http_config:
    proxy_from_environment: true
route:
  receiver: everything
receivers:
  - name: everything
    labels: { team: platform }
    discord_configs:
      - webhook_url_file: /run/secrets/discord
        title: '{{ .CommonLabels.alertname }}'
    email_configs:
      - to: oncall@example.org
        headers: { Subject: 'Alert' }
        threading: { enabled: true, thread_by_date: daily }
    incidentio_configs:
      - url: https://api.incident.io/v2/alert_events/http/abc
        alert_source_token_file: /run/secrets/incidentio
        timeout: 10s
    pagerduty_configs:
      - routing_key_file: /run/secrets/pagerduty
        severity: critical
        details: { runbook: 'https://runbooks.example.org' }
        links: [{ href: 'https://grafana.example.org', text: Grafana }]
        images: [{ src: 'https://example.org/a.png', alt: graph }]
        timeout: 1m
    slack_configs:
      - channel: '#alerts'
        send_resolved: true
        fields: [{ title: Severity, value: '{{ .CommonLabels.severity }}', short: true }]
        actions: [{ type: button, text: Runbook, url: 'https://runbooks.example.org' }]
        mrkdwn_in: [text]
    webhook_configs:
      - url: https://hooks.example.org/alerts
        max_alerts: 10
        timeout: 30s
        payload: { text: '{{ .CommonAnnotations.summary }}' }
        http_config:
          oauth2:
            client_id: alertmanager
            client_secret_file: /run/secrets/oauth
            token_url: https://auth.example.org/token
            scopes: [alerts]
    opsgenie_configs:
      - responders: [{ name: ops, type: team }]
        priority: P1
        update_alerts: true
    wechat_configs:
      - to_user: '@all'
        message_type: markdown
    pushover_configs:
      - user_key_file: /run/secrets/pushover-user
        token_file: /run/secrets/pushover-token
        retry: 1m
        expire: 1h
        ttl: 0
    victorops_configs:
      - routing_key: ops
        custom_fields: { team: platform }
    sns_configs:
      - topic_arn: arn:aws:sns:eu-west-1:123456789012:alerts
        sigv4: { region: eu-west-1, role_arn: 'arn:aws:iam::123456789012:role/am', external_id: am }
        attributes: { team: platform }
    telegram_configs:
      - chat_id: -1001234567890
        message_thread_id: 7
        parse_mode: MarkdownV2
    webex_configs:
      - room_id: Y2lzY29zcGFyazovL3VzL1JPT00v
        http_config: { authorization: { credentials_file: /run/secrets/webex } }
    msteams_configs:
      - webhook_url_file: /run/secrets/teams
    msteamsv2_configs:
      - webhook_url_file: /run/secrets/teams-v2
        title: '{{ .CommonLabels.alertname }}'
    jira_configs:
      - project: OPS
        issue_type: Bug
        api_type: cloud
        summary: { template: '{{ .CommonLabels.alertname }}', enable_update: false }
        description: '{{ .CommonAnnotations.description }}'
        reopen_duration: 1h
        fields: { customfield_10000: [a, b] }
    rocketchat_configs:
      - channel: '#alerts'
        fields: [{ title: a, value: b, short: true }]
        actions: [{ type: button, text: Open, url: 'https://example.org', imageurl: 'https://example.org/i.png', iswebview: false }]
    mattermost_configs:
      - channel: alerts
        attachments: [{ title: a, fields: [{ title: b, value: c }] }]
        priority: { priority: urgent, requested_ack: true }
time_intervals:
  - name: weekends
    time_intervals: [{ weekdays: [saturday, sunday], location: UTC }]
tracing:
  endpoint: otel-collector:4317
  client_type: grpc
  insecure: true
  sampling_fraction: 0.1
event_recorder:
  file_outputs: [{ path: /var/log/alertmanager/events.jsonl }]
  webhook_outputs: [{ url: https://events.example.org, batch: true, batch_max_events: 50 }]
  kafka_outputs: [{ brokers: ['kafka:9092'], topic: alertmanager-events, acks: all, compression: zstd }]
  stdout_outputs: [{}]
`;

describe('the Alertmanager schema', () => {
  it('compiles with the build options (ajv strict mode)', () => {
    expect(typeof alertmanagerSchema()).toBe('function');
  });

  it('accepts every integration of the current release, and so does the checker', () => {
    const config = parse(EVERY_INTEGRATION);
    expect(Object.keys(config.receivers[0]).filter((k) => k.endsWith('_configs')).sort()).toEqual([...INTEGRATION_KEYS].sort());
    expect(schemaMessages(config)).toEqual([]);
    expect(checkAlertmanagerConfig(config)).toEqual([]);
  });

  it.each([
    ['a number or boolean where text is expected', 'route: { receiver: 42 }\nreceivers: [{ name: 42, webhook_configs: [{ url: https://x.org, url_file: ~ }] }]'],
    ['YAML 1.1 booleans, as Go reads them', 'route: { receiver: r, continue: no }\nreceivers: [{ name: r, webhook_configs: [{ url: https://x.org, send_resolved: on }] }]'],
    ['null for any value', 'global: ~\nroute: { receiver: r, group_by: ~, matchers: ~ }\nreceivers: [{ name: r, labels: ~ }]\ninhibit_rules: ~\ntemplates: ~'],
    ['durations: 0, Prometheus and Go styles', 'route: { receiver: r, group_wait: 0, group_interval: 1h30m, repeat_interval: 1w }\nreceivers: [{ name: r, slack_configs: [{ timeout: 1.5s, api_url_file: /u }] }]'],
  ])('accepts %s', (_name, yaml) => {
    expect(schemaMessages(parse(yaml))).toEqual([]);
  });

  it('refuses wrong types with the message of each kind of value', () => {
    const yaml = `route:
  receiver: r
  matchers: severity="critical"
  group_wait: 1h 30m
  continue: maybe
receivers:
  - name: r
    slack_configs: [{ timeout: 5 minutes, fields: [{ short: sometimes }] }]
    telegram_configs: [{ chat_id: "-100", parse_mode: markdown }]
    jira_configs: [{ api_type: server, summary: [a] }]
    pushover_configs: [{ retry: 30 }]
    wechat_configs: [{ message_type: html }]
    webhook_configs: [{ url: https://x.org, max_alerts: -1, http_config: { tls_config: { min_version: TLS1.2 } } }]
tracing: { client_type: zipkin, compression: zstd }`;
    expect(schemaMessages(parse(yaml))).toEqual([
      'route.matchers: `matchers` must be a list of matchers such as `severity="critical"`.',
      'route.continue: `continue` must be `true` or `false`.',
      'route.group_wait: `group_wait` must be a duration such as `30s`, `5m` or `1h30m` (units ms, s, m, h, d, w, y, largest first).',
      'receivers.0.slack_configs.0.fields.0.short: `short` must be `true` or `false`.',
      'receivers.0.slack_configs.0.timeout: `timeout` must be a Go duration such as `10s`, `1m30s` or `1.5h` (units ns, us, ms, s, m, h).',
      'receivers.0.webhook_configs.0.http_config.tls_config.min_version: `min_version` must be `TLS10`, `TLS11`, `TLS12` or `TLS13`.',
      'receivers.0.webhook_configs.0.max_alerts: `max_alerts` must be a number, 0 or more.',
      'receivers.0.wechat_configs.0.message_type: `message_type` must be `text` or `markdown`.',
      'receivers.0.pushover_configs.0.retry: `retry` must be a Go duration such as `30s`, `1m` or `1.5h` (units ns, us, ms, s, m, h).',
      'receivers.0.telegram_configs.0.chat_id: `chat_id` must be a number (a chat ID, not quoted).',
      'receivers.0.telegram_configs.0.parse_mode: `parse_mode` must be `Markdown`, `MarkdownV2` or `HTML`.',
      'receivers.0.jira_configs.0.api_type: `api_type` must be `auto`, `cloud` or `datacenter`.',
      'receivers.0.jira_configs.0.summary: `summary` must be a template string, or a mapping with `template` and `enable_update`.',
      'tracing.client_type: `client_type` must be `http` or `grpc`.',
      'tracing.compression: `compression` must be `gzip` (or empty).',
    ]);
  });

  it('says when a key was removed from Alertmanager', () => {
    const yaml = `global: { hipchat_auth_token: x }\nroute: { receiver: r }\nreceivers:\n  - name: r\n    opsgenie_configs: [{ teams: ops }]\n    hipchat_configs: [{ room_id: ops }]`;
    expect(schemaMessages(parse(yaml))).toEqual([
      'global.hipchat_auth_token: `hipchat_auth_token` was removed in Alertmanager 0.21, when HipChat shut down: remove it.',
      'receivers.0.opsgenie_configs.0.teams: `teams` was removed in Alertmanager 0.18: list each team under `responders` with `type: team`.',
      'receivers.0.hipchat_configs: `hipchat_configs` was removed in Alertmanager 0.21, when HipChat shut down: remove it.',
    ]);
  });

  it('refuses unknown keys everywhere, as Go decodes strictly', () => {
    const yaml = `route:
  receiver: r
  group_bye: [a]
recievers: []
receivers:
  - name: r
    rocketchat_configs: [{ actions: [{ image_url: x }] }]
    email_configs: [{ to: a, tls: { insecure_skip_verify: true } }]
    webhook_configs: [{ url: https://x.org, http_config: { bearer: x } }]
time_intervals: [{ name: x, time_intervals: [{ weekday: [monday] }] }]`;
    expect(schemaMessages(parse(yaml))).toEqual([
      'recievers: Unknown key `recievers`. Did you mean `receivers`?',
      'route.group_bye: Unknown key `group_bye` in `route`. Did you mean `group_by`?',
      'receivers.0.email_configs.0.tls: Unknown key `tls` in this item of `email_configs`. Did you mean `to`?',
      'receivers.0.webhook_configs.0.http_config.bearer: Unknown key `bearer` in `http_config`. Allowed here: `basic_auth`, `authorization`, `oauth2`, `bearer_token`, `bearer_token_file`, `tls_config`, `follow_redirects`, `enable_http2`, `proxy_url`, `no_proxy`, `proxy_from_environment`, `proxy_connect_header`, `http_headers`.',
      // Rocket.Chat actions have no YAML names in Go: the decoder lowercases the field names.
      'receivers.0.rocketchat_configs.0.actions.0.image_url: Unknown key `image_url` in this item of `actions`. Did you mean `imageurl`?',
      'time_intervals.0.time_intervals.0.weekday: Unknown key `weekday` in this item of `time_intervals`. Did you mean `weekdays`?',
    ]);
  });
});
