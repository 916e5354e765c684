import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAlertmanagerConfig } from '../../src/alertmanager/check.js';

const R = 'route: { receiver: r }\n';

/** [id, path, message, severity when a warning]. */
type Expected = [string, string, string, 'warning'?];

function found(yaml: string): Expected[] {
  return checkAlertmanagerConfig(parse(yaml)).map((i) => [i.id, i.path.join('.'), i.message, ...(i.severity ? [i.severity] : [])] as Expected);
}

const TABLES: Record<string, { name: string; yaml: string; issues: Expected[] }[]> = {
  'the routing tree': [
    {
      name: 'a minimal config',
      yaml: `route: { receiver: a }
receivers: [{ name: a }]`,
      issues: [
      ],
    },
    {
      name: 'no route',
      yaml: `receivers: [{ name: a }]`,
      issues: [
        ['no-route', '', 'The config has no `route`.'],
      ],
    },
    {
      name: 'a null route',
      yaml: `route:
receivers: [{ name: a }]`,
      issues: [
        ['no-route', 'route', 'The config has no `route`.'],
      ],
    },
    {
      name: 'what the root route cannot have',
      yaml: `route:
  match: { a: b }
  matchers: [a="b"]
  mute_time_intervals: [x]
  continue: true
time_intervals: [{ name: x }]
receivers: [{ name: a }]`,
      issues: [
        ['root-route-receiver', 'route', 'The root route has no `receiver`.'],
        ['root-route-matchers', 'route.match', 'The root route cannot have `match`.'],
        ['root-route-matchers', 'route.matchers', 'The root route cannot have `matchers`.'],
        ['root-route-time-intervals', 'route.mute_time_intervals', 'The root route cannot have `mute_time_intervals`.'],
        ['root-route-continue', 'route.continue', 'The root route cannot have `continue`.'],
        ['deprecated-match', 'route.match', '`match` is deprecated.', 'warning'],
      ],
    },
    {
      name: 'an unknown receiver deep in the tree, and a null child route',
      yaml: `route:
  receiver: a
  routes:
    - receiver: b
      routes: [{ receiver: c }, ~]
receivers: [{ name: a }, { name: b }]`,
      issues: [
        ['unknown-receiver', 'route.routes.0.routes.0.receiver', 'No receiver is named `c`.'],
        ['empty-route', 'route.routes.0.routes.1', 'This child route is empty.'],
      ],
    },
    {
      name: 'group_by and intervals',
      yaml: `route:
  receiver: a
  group_by: [alertname, '...', alertname, '']
  group_interval: 0s
  repeat_interval: 0
  routes:
    - group_by: ['...']
      group_wait: 0s
      labels: { '': x }
receivers: [{ name: a }]`,
      issues: [
        ['label-name', 'route.group_by.3', 'An empty label name in `group_by`.'],
        ['group-by-duplicate', 'route.group_by.2', '`alertname` is listed twice in `group_by`.'],
        ['group-by-all', 'route.group_by.1', '`...` cannot be combined with other labels in `group_by`.'],
        ['zero-interval', 'route.group_interval', '`group_interval` cannot be zero.'],
        ['zero-interval', 'route.repeat_interval', '`repeat_interval` cannot be zero.'],
        ['label-name', 'route.routes.0.labels.', 'A route label has an empty name.'],
      ],
    },
    {
      name: 'match and match_re',
      yaml: `route:
  receiver: a
  routes:
    - match: { severity: critical, "service.name": api }
    - match: { team: "it's" }
      match_re: { env: "prod|staging", bad: "(x", none: ~ }
receivers: [{ name: a }]`,
      issues: [
        ['label-name', 'route.routes.0.match.service.name', '`service.name` is not a valid label name for `match`.'],
        ['deprecated-match', 'route.routes.1.match', '`match` is deprecated.', 'warning'],
        ['bad-regexp', 'route.routes.1.match_re.bad', '`(x` is not a valid regular expression: a `(` is never closed.'],
        ['bad-regexp', 'route.routes.1.match_re.none', '`none` in `match_re` has no regular expression.'],
      ],
    },
    {
      name: 'matchers',
      yaml: `route:
  receiver: a
  routes:
    - matchers: ['severity=critical', 'env=~"[x"', 'foo=', '']
receivers: [{ name: a }]`,
      issues: [
        ['bad-regexp', 'route.routes.0.matchers.1', '`env=~"[x"` is not a valid matcher: `[x` is not a valid regular expression (the character class `[x` is never closed).'],
        ['matcher-fallback', 'route.routes.0.matchers.2', '`foo=` is read only by Alertmanager\'s old matcher parser (the UTF-8 parser says: expected a label value, but the text ends).', 'warning'],
        ['empty-matcher', 'route.routes.0.matchers.3', '`` holds no matcher, so it adds no condition.', 'warning'],
      ],
    },
    {
      name: 'inhibition rules',
      yaml: `route: { receiver: a }
inhibit_rules:
  - source_match: { severity: critical }
    target_matchers: ['severity="warning']
    equal: [alertname, '']
  - ~
receivers: [{ name: a }]`,
      issues: [
        ['deprecated-match', 'inhibit_rules.0.source_match', '`source_match` is deprecated.', 'warning'],
        ['bad-matcher', 'inhibit_rules.0.target_matchers.0', '`severity="warning` is not a valid matcher: a double-quoted string has no closing `"`.'],
        ['label-name', 'inhibit_rules.0.equal.1', 'An empty label name in `equal`.'],
      ],
    },
  ],
  'receivers and time intervals': [
    {
      name: 'receiver names',
      yaml: `route: { receiver: a }
receivers:
  - name: a
  - name: a
  - labels: { team: x }
  - name: c
    labels: { name: d }
  - name: e
    labels: { name: ~ }
  - name: f
    labels: { name: f }`,
      issues: [
        ['duplicate-receiver', 'receivers.1.name', 'Another receiver is already named `a`.'],
        ['receiver-name', 'receivers.2', 'This receiver has no `name`.'],
        ['receiver-label-name', 'receivers.3.labels.name', 'The label `name` must equal the receiver\'s name `c`.'],
        ['receiver-label-name', 'receivers.4.labels.name', 'The label `name` must equal the receiver\'s name `e`.'],
      ],
    },
    {
      name: 'time intervals',
      yaml: `route:
  receiver: a
  routes:
    - matchers: [a="b"]
      active_time_intervals: [nights, weekend]
mute_time_intervals:
  - name: nights
    time_intervals:
      - times: [{ start_time: "22:00", end_time: "06:00" }, { start_time: "9:00", end_time: "10:00" }, { start_time: "10:00" }]
time_intervals:
  - name: nights
  - time_intervals:
      - weekdays: [Monday, 'friday:monday', sat]
        days_of_month: ['0', '-3:5', '10:2', '1:31', '-7:-1']
        months: ['13', 'may:march', 'jan']
        years: ['2030:2020', '20x']
        location: Mars/Olympus
      - location: europe/berlin
receivers: [{ name: a }]`,
      issues: [
        ['deprecated-mute-time-intervals', 'mute_time_intervals', '`mute_time_intervals` is deprecated.', 'warning'],
        ['bad-time-interval', 'mute_time_intervals.0.time_intervals.0.times.0.end_time', 'The time range ends (`06:00`) before or when it starts (`22:00`).'],
        ['bad-time-interval', 'mute_time_intervals.0.time_intervals.0.times.1.start_time', '`9:00` is not a time of day.'],
        ['bad-time-interval', 'mute_time_intervals.0.time_intervals.0.times.2', 'A time range needs both `start_time` and `end_time`.'],
        ['duplicate-time-interval', 'time_intervals.0.name', 'Another time interval is already named `nights`.'],
        ['time-interval-name', 'time_intervals.1', 'This time interval has no `name`.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.weekdays.1', '`friday:monday` is a range that ends before it starts.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.weekdays.2', '`sat` is not a weekday (write its English name, such as `monday`).'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.days_of_month.0', '`0` is not a day of the month: days run from 1 to 31, or -1 to -31 counted from the end.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.days_of_month.1', '`-3:5` starts counting from the month end but ends from its start.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.days_of_month.2', '`10:2` is a range that ends before it starts.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.months.1', '`may:march` is a range that ends before it starts.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.months.2', '`jan` is not a month (write its English name or its number).'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.years.0', '`2030:2020` is a range that ends before it starts.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.years.1', '`20x` is not a year.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.0.location', '`Mars/Olympus` is not a known time zone.'],
        ['bad-time-interval', 'time_intervals.1.time_intervals.1.location', '`europe/berlin` is not a known time zone.'],
        ['unknown-time-interval', 'route.routes.0.active_time_intervals.1', 'No time interval is named `weekend`.'],
      ],
    },
  ],
  'integrations': [
    {
      name: 'email',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    email_configs:
      - send_resolved: true
      - to: a@b
        smarthost: smtp.example.org
        from: x@y
        auth_password: hunter2
        auth_password_file: /p
        headers: { subject: a, Subject: b, references: c }
        threading: { enabled: true, thread_by_date: weekly }
      - ~`,
      issues: [
        ['missing-field', 'receivers.0.email_configs.0', 'This email config has no `to` address.'],
        ['missing-field', 'receivers.0.email_configs.0', 'This email config has no SMTP server.'],
        ['missing-field', 'receivers.0.email_configs.0', 'This email config has no `from` address.'],
        ['bad-address', 'receivers.0.email_configs.1.smarthost', '`smtp.example.org` is not a valid address: it has no port (write `host:port`, such as `smtp.example.org:587`).'],
        ['secret-and-file', 'receivers.0.email_configs.1.auth_password', '`auth_password` is ignored: `auth_password_file` is set too.', 'warning'],
        ['duplicate-header', 'receivers.0.email_configs.1.headers.Subject', 'The header `Subject` is set twice.'],
        ['conflicting-fields', 'receivers.0.email_configs.1.threading', 'Threading cannot be enabled with a custom `References` header.'],
        ['bad-value', 'receivers.0.email_configs.1.threading.thread_by_date', '`thread_by_date` must be `none` or `daily` when threading is enabled.'],
        ['missing-integration-config', 'receivers.0.email_configs.2', 'This item of `email_configs` is empty.'],
      ],
    },
    {
      name: 'email with SMTP settings from global',
      yaml: `global: { smtp_smarthost: 'smtp:25', smtp_from: a@b }
route: { receiver: r }
receivers:
  - name: r
    email_configs: [{ to: x@y }]`,
      issues: [
      ],
    },
    {
      name: 'slack',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    slack_configs:
      - channel: '#a'
      - api_url: https://hooks.slack.com/services/T/B/SECRETPART
        app_token: xoxb-SECRET
      - app_token_file: /t
        http_config: { authorization: { credentials_file: /c } }
      - api_url: https://hooks.slack.com/services/T/B/SECRETPART
        update_message: true
        fields: [{ title: t }]
        actions: [{ type: button }, { type: button, text: go, url: https://x.org, confirm: { title: sure } }]
      - api_url: 'hooks.slack.com/SECRETPART'
      - ~`,
      issues: [
        ['missing-field', 'receivers.0.slack_configs.0', 'This Slack config has neither a webhook URL nor an app token.'],
        ['conflicting-fields', 'receivers.0.slack_configs.1.app_token', 'A Slack config takes a webhook URL (`api_url`) or an app token (`app_token`), not both.'],
        ['conflicting-fields', 'receivers.0.slack_configs.2.http_config', 'An `http_config.authorization` cannot be used with a Slack app token.'],
        ['conflicting-fields', 'receivers.0.slack_configs.3.update_message', '`update_message` needs a bot token, with `api_url: https://slack.com/api/chat.postMessage`.'],
        ['missing-field', 'receivers.0.slack_configs.3.fields.0', 'This field has no `value`.'],
        ['missing-field', 'receivers.0.slack_configs.3.actions.0', 'This action has no `text`.'],
        ['missing-field', 'receivers.0.slack_configs.3.actions.0', 'This Slack action has neither `url` nor `name`.'],
        ['missing-field', 'receivers.0.slack_configs.3.actions.1.confirm', 'This confirmation has no `text`.'],
        ['bad-url', 'receivers.0.slack_configs.4.api_url', '`api_url` is not a valid URL: it has no `http://` or `https://` scheme.'],
        ['missing-field', 'receivers.0.slack_configs.5', 'This Slack config has neither a webhook URL nor an app token.'],
      ],
    },
    {
      name: 'slack app token and webhook URL both in global',
      yaml: `global: { slack_app_token: xoxb-SECRET, slack_api_url: https://hooks.slack.com/services/SECRET }
route: { receiver: r }
receivers:
  - name: r
    slack_configs: [{ channel: '#a' }]`,
      issues: [
        ['conflicting-fields', 'global.slack_api_url', 'Slack app tokens (`slack_app_token`) and webhook URLs (`slack_api_url`) cannot both be set in `global`.'],
      ],
    },
    {
      name: 'slack app token from global with a global authorization',
      yaml: `global: { slack_app_token_file: /t, http_config: { bearer_token: SECRET } }
route: { receiver: r }
receivers:
  - name: r
    slack_configs: [{ channel: '#a' }, { channel: '#b', api_url: 'https://hooks.slack.com/x' }]`,
      issues: [
        ['conflicting-fields', 'receivers.0.slack_configs.0', 'The Slack app token from `global` cannot be used with the authorization of `global.http_config`.'],
      ],
    },
    {
      name: 'pagerduty and opsgenie',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    pagerduty_configs: [{ severity: x }, { service_key: SECRET, service_key_file: /k, url: 'ftp://pd' }]
    opsgenie_configs:
      - api_key: SECRET
        responders: [{ type: team }, { name: x, type: squad }, { name: y, type: '{{ .CommonLabels.kind }}' }, ~, { id: z }]
      - api_url: https://api.eu.opsgenie.com
`,
      issues: [
        ['missing-field', 'receivers.0.pagerduty_configs.0', 'This PagerDuty config has no routing or service key.'],
        ['secret-and-file', 'receivers.0.pagerduty_configs.1.service_key_file', 'Only one of `service_key` and `service_key_file` may be set.'],
        ['bad-url', 'receivers.0.pagerduty_configs.1.url', '`url` is not a valid URL: its scheme `ftp` is not `http` or `https`.'],
        ['missing-field', 'receivers.0.opsgenie_configs.0.responders.0', 'This responder has no `id`, `username` or `name`.'],
        ['bad-value', 'receivers.0.opsgenie_configs.0.responders.1.type', '`squad` is not a responder type.'],
        ['missing-field', 'receivers.0.opsgenie_configs.0.responders.3', 'This responder has no `id`, `username` or `name`.'],
        ['missing-field', 'receivers.0.opsgenie_configs.0.responders.3', 'This responder has no `type`.'],
        ['missing-field', 'receivers.0.opsgenie_configs.0.responders.4', 'This responder has no `type`.'],
        ['missing-field', 'receivers.0.opsgenie_configs.1', 'This OpsGenie config has no API key.'],
      ],
    },
    {
      name: 'opsgenie key from global, even for a null item',
      yaml: `global: { opsgenie_api_key_file: /k }
route: { receiver: r }
receivers:
  - name: r
    opsgenie_configs: [~, {}]`,
      issues: [
      ],
    },
    {
      name: 'webhook, discord and msteams',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    webhook_configs: [{}, { url: 'https://x.org/{{ .GroupLabels.team }}' }, { url: 'http://host with space/' }, ~]
    discord_configs: [{}]
    msteams_configs: [{ webhook_url: 'https://x.org/SECRET', webhook_url_file: /u }]
    msteamsv2_configs: [{ webhook_url: '<secret>' }]`,
      issues: [
        ['missing-field', 'receivers.0.discord_configs.0', 'This config has no webhook URL.'],
        ['missing-field', 'receivers.0.webhook_configs.0', 'This webhook config has no URL.'],
        ['bad-url', 'receivers.0.webhook_configs.2.url', '`url` is not a valid URL: its host contains ` `.'],
        ['missing-integration-config', 'receivers.0.webhook_configs.3', 'This item of `webhook_configs` is empty.'],
        ['secret-and-file', 'receivers.0.msteams_configs.0.webhook_url_file', 'Only one of `webhook_url` and `webhook_url_file` may be set.'],
      ],
    },
    {
      name: 'telegram, webex and jira',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    telegram_configs: [{ chat_id: 0 }, { bot_token: SECRET, bot_token_file: /t, chat_id: 42, chat_id_file: /c }]
    webex_configs: [{ room_id: x, http_config: { bearer_token_file: /t } }, {}]
    jira_configs: [{ project: OPS, issue_type: Bug }, { api_url: https://jira.example.org }]`,
      issues: [
        ['missing-field', 'receivers.0.telegram_configs.0', 'This Telegram config has no `chat_id`.'],
        ['missing-field', 'receivers.0.telegram_configs.0', 'This Telegram config has no bot token.'],
        ['secret-and-file', 'receivers.0.telegram_configs.1.bot_token_file', 'Only one of `bot_token` and `bot_token_file` may be set.'],
        ['secret-and-file', 'receivers.0.telegram_configs.1.chat_id_file', 'Only one of `chat_id` and `chat_id_file` may be set.'],
        ['missing-field', 'receivers.0.webex_configs.1', 'This Webex config has no `room_id`.'],
        ['missing-field', 'receivers.0.webex_configs.1', 'This Webex config has no `http_config.authorization`.'],
        ['missing-field', 'receivers.0.jira_configs.0', 'This Jira config has no API URL.'],
        ['missing-field', 'receivers.0.jira_configs.1', 'This Jira config has no `project`.'],
        ['missing-field', 'receivers.0.jira_configs.1', 'This Jira config has no `issue_type`.'],
      ],
    },
    {
      name: 'telegram and jira settings from global',
      yaml: `global: { telegram_bot_token: SECRET, jira_api_url: https://x.atlassian.net }
route: { receiver: r }
receivers:
  - name: r
    telegram_configs: [{ chat_id: -100123 }]
    jira_configs: [{ project: OPS, issue_type: Bug }]`,
      issues: [
      ],
    },
    {
      name: 'rocketchat, mattermost and wechat',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    rocketchat_configs: [{}, { token: SECRET, token_file: /t, token_id: SECRET, token_id_file: /i }]
    mattermost_configs: [{ fields: [{ title: a }], attachments: [{ fields: [{ value: b }] }] }]
    wechat_configs: [{ api_secret: SECRET }]`,
      issues: [
        ['missing-field', 'receivers.0.wechat_configs.0', 'This WeChat config has no corp ID.'],
        ['missing-field', 'receivers.0.rocketchat_configs.0', 'This Rocket.Chat config has no token ID.'],
        ['missing-field', 'receivers.0.rocketchat_configs.0', 'This Rocket.Chat config has no token.'],
        ['secret-and-file', 'receivers.0.rocketchat_configs.1.token_file', 'Only one of `token` and `token_file` may be set.'],
        ['secret-and-file', 'receivers.0.rocketchat_configs.1.token_id_file', 'Only one of `token_id` and `token_id_file` may be set.'],
        ['missing-field', 'receivers.0.mattermost_configs.0', 'This config has no webhook URL.'],
        ['missing-field', 'receivers.0.mattermost_configs.0.fields.0', 'This field has no `value`.'],
        ['missing-field', 'receivers.0.mattermost_configs.0.attachments.0.fields.0', 'This field has no `title`.'],
      ],
    },
    {
      name: 'mattermost and wechat settings from global',
      yaml: `global: { mattermost_webhook_url_file: /m, wechat_api_secret_file: /w, wechat_api_corp_id: c }
route: { receiver: r }
receivers:
  - name: r
    mattermost_configs: [{}]
    wechat_configs: [{}]`,
      issues: [
      ],
    },
    {
      name: 'sns, pushover, victorops and incidentio',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    sns_configs: [{}, { topic_arn: a, target_arn: b, phone_number: c, sigv4: { access_key: AKIA, external_id: e } }, { topic_arn: a, phone_number: c }]
    pushover_configs: [{ html: true, monospace: yes }]
    victorops_configs: [{ custom_fields: { entity_state: x, ok: y } }]
    incidentio_configs: [{ url_file: /u, alert_source_token: SECRET, http_config: { authorization: { credentials: SECRET } } }, { url: https://x.org, http_config: { follow_redirects: false } }, { url: https://x.org }]`,
      issues: [
        ['conflicting-fields', 'receivers.0.incidentio_configs.0.http_config', '`alert_source_token` cannot be set with `http_config.authorization`.'],
        ['missing-field', 'receivers.0.incidentio_configs.1', 'This config has no alert source token.'],
        ['missing-field', 'receivers.0.pushover_configs.0', 'This Pushover config has no `user_key`.'],
        ['missing-field', 'receivers.0.pushover_configs.0', 'This Pushover config has no `token`.'],
        ['conflicting-fields', 'receivers.0.pushover_configs.0.monospace', '`html` and `monospace` cannot both be set.'],
        ['missing-field', 'receivers.0.victorops_configs.0', 'This VictorOps config has no `routing_key`.'],
        ['missing-field', 'receivers.0.victorops_configs.0', 'This VictorOps config has no API key.'],
        ['bad-value', 'receivers.0.victorops_configs.0.custom_fields.entity_state', '`entity_state` cannot be a custom field: VictorOps sets it itself.'],
        ['missing-field', 'receivers.0.sns_configs.0', 'This SNS config has no target.'],
        ['missing-field', 'receivers.0.sns_configs.1.sigv4', 'SigV4 needs both `access_key` and `secret_key`, or neither.'],
        ['missing-field', 'receivers.0.sns_configs.1.sigv4.external_id', '`external_id` needs `role_arn`.'],
        ['conflicting-fields', 'receivers.0.sns_configs.2.phone_number', 'This SNS config has two targets, `topic_arn` and `phone_number`.'],
      ],
    },
  ],
  'http_config, global and the rest': [
    {
      name: 'http_config',
      yaml: `route: { receiver: r }
receivers:
  - name: r
    webhook_configs:
      - url: https://x.org
        http_config:
          authorization: { type: Basic, credentials: SECRET, credentials_file: /c }
          bearer_token: SECRET
          oauth2: { client_secret: SECRET, client_secret_file: /s, tls_config: { ca: x, ca_file: /ca } }
          basic_auth: { username: u, username_file: /u, password: SECRET, password_ref: p }
          no_proxy: localhost
          proxy_from_environment: true
          proxy_connect_header: { X-Auth: [SECRET] }
          http_headers: { authorization: { secrets: [SECRET] }, x-team: { values: [a] } }
          tls_config: { key_file: /k }
      - url: https://x.org
        http_config:
          proxy_url: 'http://proxy:port'
          oauth2: { client_id: id, token_url: https://t, grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', signature_algorithm: HS256, client_certificate_key: SECRET, client_certificate_key_file: /k, no_proxy: x }`,
      issues: [
        ['http-config', 'receivers.0.webhook_configs.0.http_config', 'Only one of `basic_auth`, `oauth2`, `bearer_token` and `bearer_token_file` may be set.'],
        ['secret-and-file', 'receivers.0.webhook_configs.0.http_config.basic_auth.username_file', 'Only one of `username` and `username_file` may be set.'],
        ['secret-and-file', 'receivers.0.webhook_configs.0.http_config.basic_auth.password_ref', 'Only one of `password` and `password_ref` may be set.'],
        ['http-config', 'receivers.0.webhook_configs.0.http_config', '`authorization` cannot be set with `bearer_token` or `bearer_token_file`.'],
        ['secret-and-file', 'receivers.0.webhook_configs.0.http_config.authorization.credentials_file', 'Only one of `credentials` and `credentials_file` may be set.'],
        ['http-config', 'receivers.0.webhook_configs.0.http_config.authorization.type', '`authorization.type` cannot be `basic`.'],
        ['http-config', 'receivers.0.webhook_configs.0.http_config', 'Only one of `basic_auth`, `oauth2` and `authorization` may be set.'],
        ['missing-field', 'receivers.0.webhook_configs.0.http_config.oauth2', '`oauth2` has no `client_id`.'],
        ['missing-field', 'receivers.0.webhook_configs.0.http_config.oauth2', '`oauth2` has no `token_url`.'],
        ['secret-and-file', 'receivers.0.webhook_configs.0.http_config.oauth2.client_secret_file', 'Only one of `client_secret` and `client_secret_file` may be set.'],
        ['secret-and-file', 'receivers.0.webhook_configs.0.http_config.oauth2.tls_config.ca_file', 'Only one of `ca` and `ca_file` may be set.'],
        ['http-config', 'receivers.0.webhook_configs.0.http_config.no_proxy', '`no_proxy` cannot be set with `proxy_from_environment`.'],
        ['http-config', 'receivers.0.webhook_configs.0.http_config.no_proxy', '`no_proxy` needs `proxy_url`.'],
        ['missing-field', 'receivers.0.webhook_configs.0.http_config.tls_config', 'A client key is set without its certificate.'],
        ['reserved-header', 'receivers.0.webhook_configs.0.http_config.http_headers.authorization', 'The header `Authorization` cannot be set here.'],
        ['secret-and-file', 'receivers.0.webhook_configs.1.http_config.oauth2.client_certificate_key_file', 'Only one of `client_certificate_key` and `client_certificate_key_file` may be set.'],
        ['bad-value', 'receivers.0.webhook_configs.1.http_config.oauth2.signature_algorithm', '`HS256` is not a supported signature algorithm.'],
        ['http-config', 'receivers.0.webhook_configs.1.http_config.oauth2.no_proxy', '`no_proxy` needs `proxy_url`.'],
        ['bad-url', 'receivers.0.webhook_configs.1.http_config.proxy_url', '`proxy_url` is not a valid URL: its port is not a number.'],
      ],
    },
    {
      name: 'global',
      yaml: `global:
  opsgenie_api_key: SECRET
  opsgenie_api_key_file: /k
  rocketchat_token: SECRET
  rocketchat_token_file: /t
  slack_api_url: 'https://hooks.slack.com/%zzSECRET'
  mattermost_webhook_url: '<secret>'
  pagerduty_url: 'https://user:pa ss@events.pagerduty.com'
  smtp_smarthost: '[::1]25'
  smtp_tls_config: { cert: x }
  http_config: { authorization: { type: basic } }
route: { receiver: r }
receivers: [{ name: r }]`,
      issues: [
        ['secret-and-file', 'global.opsgenie_api_key_file', 'Only one of `opsgenie_api_key` and `opsgenie_api_key_file` may be set.'],
        ['secret-and-file', 'global.rocketchat_token_file', 'Only one of `rocketchat_token` and `rocketchat_token_file` may be set.'],
        ['bad-url', 'global.pagerduty_url', '`pagerduty_url` is not a valid URL: its user information has characters that must be escaped.'],
        ['bad-url', 'global.slack_api_url', '`slack_api_url` is not a valid URL: it has an invalid escape `%zz`.'],
        ['bad-address', 'global.smtp_smarthost', '`[::1]25` is not a valid address: it has no port (write `[address]:port`).'],
        ['http-config', 'global.http_config.authorization.type', '`authorization.type` cannot be `basic`.'],
        ['missing-field', 'global.smtp_tls_config', 'A client certificate is set without its key.'],
      ],
    },
    {
      name: 'global URLs written as null remove the defaults',
      yaml: `global: { pagerduty_url: ~, slack_app_url: ~, opsgenie_api_url: ~ }
route: { receiver: r }
receivers:
  - name: r
    pagerduty_configs: [{ routing_key_file: /k }]
    slack_configs: [{ api_url_file: /u }]
    opsgenie_configs: [{ api_key_file: /k }]`,
      issues: [
        ['missing-field', 'receivers.0.pagerduty_configs.0', 'This PagerDuty config has no URL.'],
        ['missing-field', 'receivers.0.slack_configs.0', 'This Slack config has no app URL.'],
        ['missing-field', 'receivers.0.opsgenie_configs.0', 'This OpsGenie config has no API URL.'],
      ],
    },
    {
      name: 'tracing and the event recorder',
      yaml: `route: { receiver: r }
receivers: [{ name: r }]
tracing: { client_type: http, headers: { Content-Type: { values: [x] } } }
event_recorder:
  file_outputs: [{}]
  webhook_outputs: [{ batch_max_events: 10 }, { url: '<secret>', batch: true, batch_max_bytes: -1 }, { url: https://x.org, batch_flush_interval: 1s }]
  kafka_outputs: [{ brokers: [''] }]`,
      issues: [
        ['missing-field', 'tracing', 'Tracing has no `endpoint`.'],
        ['missing-field', 'event_recorder.file_outputs.0', 'This file output has no `path`.'],
        ['missing-field', 'event_recorder.webhook_outputs.0', 'This webhook output has no `url`.'],
        ['conflicting-fields', 'event_recorder.webhook_outputs.0.batch_max_events', '`batch_max_events` needs `batch: true`.'],
        ['bad-url', 'event_recorder.webhook_outputs.1.url', '`url` is not a valid URL: it has no `http://` or `https://` scheme.'],
        ['bad-value', 'event_recorder.webhook_outputs.1.batch_max_bytes', '`batch_max_bytes` cannot be negative.'],
        ['conflicting-fields', 'event_recorder.webhook_outputs.2.batch_flush_interval', '`batch_flush_interval` needs `batch: true`.'],
        ['bad-value', 'event_recorder.kafka_outputs.0.brokers.0', 'A broker address is empty.'],
        ['missing-field', 'event_recorder.kafka_outputs.0', 'This Kafka output has no `topic`.'],
      ],
    },
  ],
};

for (const [group, cases] of Object.entries(TABLES)) {
  describe(`checkAlertmanagerConfig: ${group}`, () => {
    it.each(cases)('$name', ({ yaml, issues }) => {
      expect(found(yaml)).toEqual(issues);
    });
  });
}

describe('checkAlertmanagerConfig: details', () => {
  it('gives the matchers that replace a deprecated match map', () => {
    const issues = checkAlertmanagerConfig(parse(`route:\n  receiver: r\n  routes:\n    - match: { severity: critical }\n      match_re: { service: 'api|web' }\nreceivers: [{ name: r }]`));
    expect(issues.map((i) => [i.path.join('.'), i.target, i.help])).toEqual([
      ['route.routes.0.match', 'key', 'Use `matchers: [\'severity="critical"\']` instead.'],
      ['route.routes.0.match_re', 'key', 'Use `matchers: [\'service=~"api|web"\']` instead.'],
    ]);
  });

  it('points inside a matcher string at what is wrong', () => {
    const [issue] = checkAlertmanagerConfig(parse(`route:\n  receiver: r\n  routes:\n    - matchers: ['env="prod", team=~"(a"']\nreceivers: [{ name: r }]`));
    expect([issue.id, issue.path.join('.'), issue.valueSpan]).toEqual(['bad-regexp', 'route.routes.0.matchers.0', { start: 18, end: 22 }]);
    expect('env="prod", team=~"(a"'.slice(18, 22)).toBe('"(a"');
  });

  it('never repeats a secret in a message or help', () => {
    const yaml = `${R}receivers:\n  - name: r\n    slack_configs:\n      - api_url: 'https://hooks.slack.com/services/%zzSECRET'\n        app_token: xoxb-SECRET\n    pagerduty_configs: [{ routing_key: SECRET, routing_key_file: /k }]\n    webhook_configs: [{ url: 'https://SECRET host/' }]\n    telegram_configs: [{ bot_token: SECRET, bot_token_file: /t }]`;
    const issues = checkAlertmanagerConfig(parse(yaml));
    expect(issues.length).toBeGreaterThanOrEqual(4);
    expect(issues.filter((i) => `${i.message} ${i.help}`.includes('SECRET'))).toEqual([]);
  });

  it('copes with any shape of data', () => {
    for (const value of [null, 42, 'text', [], { route: [], receivers: {}, global: 'x', inhibit_rules: 'y', time_intervals: [1, 'a', null] }]) {
      expect(() => checkAlertmanagerConfig(value)).not.toThrow();
    }
  });
});
