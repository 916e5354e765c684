import type { Path } from '../core/locate.js';
import { atMostOne, canonicalHeader, checkHttpConfig, checkTlsConfig } from './check-http.js';
import { hostPortProblem, httpUrlProblem, isMapping, list, present, text, truthy } from './go-values.js';
import type { Issues } from './types.js';

/** Every integration a receiver can have in the current release, by its list key. */
export const INTEGRATION_KEYS = [
  'discord_configs', 'email_configs', 'incidentio_configs', 'pagerduty_configs', 'slack_configs', 'webhook_configs', 'opsgenie_configs',
  'wechat_configs', 'pushover_configs', 'victorops_configs', 'sns_configs', 'telegram_configs', 'webex_configs', 'msteams_configs',
  'msteamsv2_configs', 'jira_configs', 'rocketchat_configs', 'mattermost_configs',
] as const;

type Config = Record<string, unknown>;

/** What one integration's decoding and config.go's defaulting from `global` refuse. */
interface IntegrationCheck {
  (config: Config, at: Path, global: Config, issues: Issues): void;
}

/**
 * Integrations a null list item (`- `) is refused for: config.go says "missing ... config".
 * The others (slack, opsgenie, wechat, rocketchat) read a null item as an empty config.
 */
const NULL_REFUSED = new Set(['discord', 'email', 'incidentio', 'pagerduty', 'webhook', 'pushover', 'victorops', 'sns', 'telegram', 'webex', 'msteams', 'msteamsv2', 'jira', 'mattermost']);

/** Checks `receivers` and returns the receiver names. */
export function checkReceivers(receivers: unknown, global: Config, issues: Issues): Set<string> {
  const names = new Set<string>();
  list(receivers).forEach((receiver, i) => {
    if (!isMapping(receiver)) return;
    const at: Path = ['receivers', i];
    const name = text(receiver.name);
    if (name === '') issues.error('receiver-name', at, 'This receiver has no `name`.', 'Name it: routes send alerts to receivers by name.', { target: 'key' });
    else if (names.has(name)) issues.error('duplicate-receiver', [...at, 'name'], `Another receiver is already named \`${name}\`.`, 'Give each receiver its own name, or merge the two.');
    names.add(name);
    if (isMapping(receiver.labels) && 'name' in receiver.labels && text(receiver.labels.name) !== name) {
      issues.error('receiver-label-name', [...at, 'labels', 'name'], `The label \`name\` must equal the receiver's name \`${name}\`.`, 'Remove the label: Alertmanager sets it to the receiver name.');
    }
    for (const key of INTEGRATION_KEYS) {
      const kind = key.replace(/_configs$/, '');
      list(receiver[key]).forEach((item, j) => {
        const path = [...at, key, j];
        if (!present(item) && NULL_REFUSED.has(kind)) {
          issues.error('missing-integration-config', path, `This item of \`${key}\` is empty.`, 'Fill in the integration, or remove the empty `-` entry.');
          return;
        }
        const config = isMapping(item) ? item : {};
        checkHttpConfig(config.http_config, [...path, 'http_config'], issues);
        CHECKS[kind](config, path, global, issues);
      });
    }
  });
  return names;
}

/** What config.go refuses in `global` itself. */
export function checkGlobal(global: Config, issues: Issues): void {
  const at: Path = ['global'];
  for (const [secret, file] of [
    ['slack_app_token', 'slack_app_token_file'],
    ['opsgenie_api_key', 'opsgenie_api_key_file'],
    ['victorops_api_key', 'victorops_api_key_file'],
    ['telegram_bot_token', 'telegram_bot_token_file'],
    ['smtp_auth_password', 'smtp_auth_password_file'],
    ['smtp_auth_secret', 'smtp_auth_secret_file'],
    ['wechat_api_secret', 'wechat_api_secret_file'],
  ]) {
    atMostOne(issues, at, global, [secret, file]);
  }
  for (const [pointer, file] of [
    ['slack_api_url', 'slack_api_url_file'],
    ['rocketchat_token', 'rocketchat_token_file'],
    ['rocketchat_token_id', 'rocketchat_token_id_file'],
    ['mattermost_webhook_url', 'mattermost_webhook_url_file'],
  ]) {
    pointerAndFile(global, at, pointer, file, issues);
  }
  const appToken = set(global, 'slack_app_token') || set(global, 'slack_app_token_file');
  const apiUrl = present(global.slack_api_url) || set(global, 'slack_api_url_file');
  // A slack_api_url equal to slack_app_url is the old workaround for app tokens, still allowed.
  if (appToken && apiUrl && text(global.slack_api_url) !== text(globalDefault(global, 'slack_app_url'))) {
    issues.error('conflicting-fields', [...at, 'slack_api_url'], 'Slack app tokens (`slack_app_token`) and webhook URLs (`slack_api_url`) cannot both be set in `global`.', 'Keep one way of reaching Slack.', { target: 'key' });
  }
  for (const key of ['jira_api_url', 'slack_app_url', 'pagerduty_url', 'opsgenie_api_url', 'wechat_api_url', 'victorops_api_url', 'telegram_api_url', 'webex_api_url', 'rocketchat_api_url']) {
    checkUrl(global, key, at, issues);
  }
  checkUrl(global, 'slack_api_url', at, issues, 'secret');
  checkUrl(global, 'mattermost_webhook_url', at, issues, 'secret');
  checkHostPort(global, 'smtp_smarthost', at, issues);
  checkHttpConfig(global.http_config, [...at, 'http_config'], issues);
  checkTlsConfig(global.smtp_tls_config, [...at, 'smtp_tls_config'], issues);
}

const DEFAULT_URLS: Record<string, string> = {
  pagerduty_url: 'https://events.pagerduty.com/v2/enqueue',
  opsgenie_api_url: 'https://api.opsgenie.com/',
  wechat_api_url: 'https://qyapi.weixin.qq.com/cgi-bin/',
  victorops_api_url: 'https://alert.victorops.com/integrations/generic/20131114/alert/',
  telegram_api_url: 'https://api.telegram.org',
  webex_api_url: 'https://webexapis.com/v1/messages',
  rocketchat_api_url: 'https://open.rocket.chat/',
  slack_app_url: 'https://slack.com/api/chat.postMessage',
};

/** A `global` URL with its default; written as null it is unset, default and all. */
function globalDefault(global: Config, key: string): unknown {
  return key in global ? global[key] : DEFAULT_URLS[key];
}

function set(config: Config, key: string): boolean {
  return text(config[key]) !== '';
}

function pointerAndFile(config: Config, at: Path, pointer: string, file: string, issues: Issues): void {
  atMostOne(issues, at, config, [pointer, file], (v) => (v === config[pointer] ? present(v) : text(v) !== ''));
}

/** `secret`: a secret URL, never repeated in a message (`<secret>` is accepted as Alertmanager prints it). */
function checkUrl(config: Config, key: string, at: Path, issues: Issues, kind: 'url' | 'secret' | 'template' = 'url'): void {
  if (!present(config[key])) return;
  const raw = text(config[key]);
  if (kind === 'secret' && raw === '<secret>') return;
  // A templated webhook URL is rendered per notification; only a plain one is checked now.
  if (kind === 'template' && (raw === '' || raw === '<secret>' || raw.includes('{{'))) return;
  const problem = httpUrlProblem(raw);
  if (problem) issues.error('bad-url', [...at, key], `\`${key}\` is not a valid URL: ${problem}.`, 'Write a full `https://` (or `http://`) URL with a host.');
}

function checkHostPort(config: Config, key: string, at: Path, issues: Issues): void {
  const raw = text(config[key]);
  const problem = raw === '' ? undefined : hostPortProblem(raw);
  if (problem) issues.error('bad-address', [...at, key], `\`${raw}\` is not a valid address: ${problem}.`, 'Write `host:port`, such as `smtp.example.org:587`.');
}

/** Reports a required value missing both here and in `global`, at the integration. */
function missing(issues: Issues, at: Path, message: string, help: string): void {
  issues.error('missing-field', at, message, help, { target: 'key' });
}

function oneOf(config: Config, at: Path, issues: Issues, pointer: string, file: string, what: string): void {
  if (!present(config[pointer]) && !set(config, file)) missing(issues, at, `This config has no ${what}.`, `Set \`${pointer}\` or \`${file}\`.`);
  pointerAndFile(config, at, pointer, file, issues);
}

/** Whether an http_config carries authorization (a `bearer_token` becomes one when loaded). */
function hasAuthorization(httpConfig: unknown): boolean {
  return isMapping(httpConfig) && (present(httpConfig.authorization) || set(httpConfig, 'bearer_token') || set(httpConfig, 'bearer_token_file'));
}

const CHECKS: Record<string, IntegrationCheck> = {
  discord(c, at, _g, issues) {
    oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
    checkUrl(c, 'webhook_url', at, issues, 'secret');
  },
  msteams(c, at, _g, issues) {
    oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
    checkUrl(c, 'webhook_url', at, issues, 'secret');
  },
  msteamsv2(c, at, _g, issues) {
    oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
    checkUrl(c, 'webhook_url', at, issues, 'secret');
  },
  mattermost(c, at, g, issues) {
    pointerAndFile(c, at, 'webhook_url', 'webhook_url_file', issues);
    if (!present(c.webhook_url) && !set(c, 'webhook_url_file') && !present(g.mattermost_webhook_url) && !set(g, 'mattermost_webhook_url_file')) {
      missing(issues, at, 'This config has no webhook URL.', 'Set `webhook_url` or `webhook_url_file`, or `mattermost_webhook_url` in `global`.');
    }
    checkUrl(c, 'webhook_url', at, issues, 'secret');
    const fields = (value: unknown, path: Path): void =>
      list(value).forEach((field, i) => requireTexts(field, [...path, i], ['title', 'value'], 'field', issues));
    fields(c.fields, [...at, 'fields']);
    list(c.attachments).forEach((attachment, i) => fields(isMapping(attachment) ? attachment.fields : undefined, [...at, 'attachments', i, 'fields']));
  },
  email(c, at, g, issues) {
    if (!set(c, 'to')) missing(issues, at, 'This email config has no `to` address.', 'Set `to`.');
    if (!set(c, 'smarthost') && !set(g, 'smtp_smarthost')) missing(issues, at, 'This email config has no SMTP server.', 'Set `smarthost`, or `smtp_smarthost` in `global`.');
    if (!set(c, 'from') && !set(g, 'smtp_from')) missing(issues, at, 'This email config has no `from` address.', 'Set `from`, or `smtp_from` in `global`.');
    checkHostPort(c, 'smarthost', at, issues);
    for (const [secret, file] of [['auth_password', 'auth_password_file'], ['auth_secret', 'auth_secret_file']]) {
      if (set(c, secret) && set(c, file)) {
        issues.warning('secret-and-file', [...at, secret], `\`${secret}\` is ignored: \`${file}\` is set too.`, `Remove \`${secret}\` (keep the file).`, { target: 'key' });
      }
    }
    const seen = new Set<string>();
    for (const name of isMapping(c.headers) ? Object.keys(c.headers) : []) {
      const canonical = canonicalHeader(name);
      if (seen.has(canonical)) issues.error('duplicate-header', [...at, 'headers', name], `The header \`${canonical}\` is set twice.`, 'Header names ignore case: keep one.', { target: 'key' });
      seen.add(canonical);
    }
    const threading = isMapping(c.threading) ? c.threading : {};
    if (truthy(threading.enabled)) {
      for (const header of ['References', 'In-Reply-To']) {
        if (seen.has(header)) issues.error('conflicting-fields', [...at, 'threading'], `Threading cannot be enabled with a custom \`${header}\` header.`, `Remove the \`${header}\` header, or threading.`, { target: 'key' });
      }
      if (!['none', 'daily'].includes(text(threading.thread_by_date))) {
        issues.error('bad-value', [...at, 'threading', 'thread_by_date'], '`thread_by_date` must be `none` or `daily` when threading is enabled.', 'Set `thread_by_date: daily` (or `none`).', { target: 'key' });
      }
    }
    checkTlsConfig(c.tls_config, [...at, 'tls_config'], issues);
  },
  incidentio(c, at, _g, issues) {
    oneOf(c, at, issues, 'url', 'url_file', 'URL');
    atMostOne(issues, at, c, ['alert_source_token', 'alert_source_token_file']);
    const token = set(c, 'alert_source_token') || set(c, 'alert_source_token_file');
    const http = c.http_config;
    if (hasAuthorization(http) && token) {
      issues.error('conflicting-fields', [...at, 'http_config'], '`alert_source_token` cannot be set with `http_config.authorization`.', 'Keep one of the two.', { target: 'key' });
    }
    if (present(http) && !hasAuthorization(http) && !token) {
      missing(issues, at, 'This config has no alert source token.', 'Set `alert_source_token`, `alert_source_token_file` or `http_config.authorization`.');
    }
    checkUrl(c, 'url', at, issues);
  },
  pagerduty(c, at, g, issues) {
    if (!['routing_key', 'service_key', 'routing_key_file', 'service_key_file'].some((k) => set(c, k))) {
      missing(issues, at, 'This PagerDuty config has no routing or service key.', 'Set `routing_key` (Events API v2) or `service_key`, or their `_file` variants.');
    }
    atMostOne(issues, at, c, ['routing_key', 'routing_key_file']);
    atMostOne(issues, at, c, ['service_key', 'service_key_file']);
    if (!present(c.url) && !present(globalDefault(g, 'pagerduty_url'))) missing(issues, at, 'This PagerDuty config has no URL.', 'Set `url`, or `pagerduty_url` in `global`.');
    checkUrl(c, 'url', at, issues);
  },
  slack(c, at, g, issues) {
    pointerAndFile(c, at, 'api_url', 'api_url_file', issues);
    atMostOne(issues, at, c, ['app_token', 'app_token_file']);
    const localUrl = present(c.api_url) || set(c, 'api_url_file');
    const localToken = set(c, 'app_token') || set(c, 'app_token_file');
    if (localUrl && localToken) {
      issues.error('conflicting-fields', [...at, 'app_token' in c ? 'app_token' : 'app_token_file'], 'A Slack config takes a webhook URL (`api_url`) or an app token (`app_token`), not both.', 'Keep one way of reaching Slack.', { target: 'key' });
    }
    if (truthy(c.update_message) && text(c.api_url) !== 'https://slack.com/api/chat.postMessage') {
      issues.error('conflicting-fields', [...at, 'update_message'], '`update_message` needs a bot token, with `api_url: https://slack.com/api/chat.postMessage`.', 'Webhook URLs cannot update messages: use an app token, or remove `update_message`.', { target: 'key' });
    }
    if (!present(c.app_url) && !present(globalDefault(g, 'slack_app_url'))) missing(issues, at, 'This Slack config has no app URL.', 'Set `app_url`, or `slack_app_url` in `global`.');
    // config.go: the global app token applies only without a local authorization or api_url.
    const token = localToken || (!hasAuthorization(c.http_config) && !present(c.api_url) && (set(g, 'slack_app_token') || set(g, 'slack_app_token_file')));
    const url = localUrl || present(g.slack_api_url) || set(g, 'slack_api_url_file');
    if (!url && !token) {
      missing(issues, at, 'This Slack config has neither a webhook URL nor an app token.', 'Set `api_url` (or `api_url_file`), `app_token` (or `app_token_file`), or `slack_api_url` in `global`.');
    }
    const http = present(c.http_config) ? c.http_config : g.http_config;
    if (token && hasAuthorization(http)) {
      const where = present(c.http_config) ? [...at, 'http_config'] : at;
      const message = present(c.http_config) ? 'An `http_config.authorization` cannot be used with a Slack app token.' : 'The Slack app token from `global` cannot be used with the authorization of `global.http_config`.';
      issues.error('conflicting-fields', where, message, 'The app token becomes the authorization: remove one of the two.', { target: 'key' });
    }
    checkUrl(c, 'api_url', at, issues, 'secret');
    checkUrl(c, 'app_url', at, issues);
    list(c.fields).forEach((field, i) => requireTexts(field, [...at, 'fields', i], ['title', 'value'], 'field', issues));
    list(c.actions).forEach((action, i) => {
      const path = [...at, 'actions', i];
      requireTexts(action, path, ['type', 'text'], 'action', issues);
      if (isMapping(action) && !set(action, 'url') && !set(action, 'name')) missing(issues, path, 'This Slack action has neither `url` nor `name`.', 'Set `url` (a link button) or `name` (a message action).');
      if (isMapping(action) && isMapping(action.confirm)) requireTexts(action.confirm, [...path, 'confirm'], ['text'], 'confirmation', issues);
    });
  },
  webhook(c, at, _g, issues) {
    if (!set(c, 'url') && !set(c, 'url_file')) missing(issues, at, 'This webhook config has no URL.', 'Set `url` or `url_file`.');
    atMostOne(issues, at, c, ['url', 'url_file']);
    checkUrl(c, 'url', at, issues, 'template');
  },
  opsgenie(c, at, g, issues) {
    atMostOne(issues, at, c, ['api_key', 'api_key_file']);
    if (!present(c.api_url) && !present(globalDefault(g, 'opsgenie_api_url'))) missing(issues, at, 'This OpsGenie config has no API URL.', 'Set `api_url`, or `opsgenie_api_url` in `global`.');
    if (![c.api_key, c.api_key_file, g.opsgenie_api_key, g.opsgenie_api_key_file].some((v) => text(v) !== '')) {
      missing(issues, at, 'This OpsGenie config has no API key.', 'Set `api_key` or `api_key_file`, or `opsgenie_api_key` in `global`.');
    }
    checkUrl(c, 'api_url', at, issues);
    list(c.responders).forEach((item, i) => {
      // Responders are plain structs: a null item is an empty responder, and refused as one.
      const responder = isMapping(item) ? item : {};
      const path = [...at, 'responders', i];
      if (!set(responder, 'id') && !set(responder, 'username') && !set(responder, 'name')) missing(issues, path, 'This responder has no `id`, `username` or `name`.', 'Identify the responder with one of them.');
      const type = text(responder.type);
      const help = 'Use `team`, `teams`, `user`, `escalation` or `schedule`.';
      if (type === '') missing(issues, path, 'This responder has no `type`.', help);
      else if (!type.includes('{{') && !/^(team|teams|user|escalation|schedule)$/.test(type.toLowerCase())) {
        issues.error('bad-value', [...path, 'type'], `\`${type}\` is not a responder type.`, help);
      }
    });
  },
  wechat(c, at, g, issues) {
    atMostOne(issues, at, c, ['api_secret', 'api_secret_file']);
    if (!present(c.api_url) && !present(globalDefault(g, 'wechat_api_url'))) missing(issues, at, 'This WeChat config has no API URL.', 'Set `api_url`, or `wechat_api_url` in `global`.');
    if (![c.api_secret, c.api_secret_file, g.wechat_api_secret, g.wechat_api_secret_file].some((v) => text(v) !== '')) {
      missing(issues, at, 'This WeChat config has no API secret.', 'Set `api_secret` or `api_secret_file`, or `wechat_api_secret` in `global`.');
    }
    if (!set(c, 'corp_id') && !set(g, 'wechat_api_corp_id')) missing(issues, at, 'This WeChat config has no corp ID.', 'Set `corp_id`, or `wechat_api_corp_id` in `global`.');
    checkUrl(c, 'api_url', at, issues);
  },
  pushover(c, at, _g, issues) {
    for (const [secret, file] of [['user_key', 'user_key_file'], ['token', 'token_file']]) {
      if (!set(c, secret) && !set(c, file)) missing(issues, at, `This Pushover config has no \`${secret}\`.`, `Set \`${secret}\` or \`${file}\`.`);
      atMostOne(issues, at, c, [secret, file]);
    }
    if (truthy(c.html) && truthy(c.monospace)) issues.error('conflicting-fields', [...at, 'monospace'], '`html` and `monospace` cannot both be set.', 'Pick one message format.', { target: 'key' });
  },
  victorops(c, at, g, issues) {
    if (!set(c, 'routing_key')) missing(issues, at, 'This VictorOps config has no `routing_key`.', 'Set `routing_key`.');
    atMostOne(issues, at, c, ['api_key', 'api_key_file']);
    if (!present(c.api_url) && !present(globalDefault(g, 'victorops_api_url'))) missing(issues, at, 'This VictorOps config has no API URL.', 'Set `api_url`, or `victorops_api_url` in `global`.');
    if (![c.api_key, c.api_key_file, g.victorops_api_key, g.victorops_api_key_file].some((v) => text(v) !== '')) {
      missing(issues, at, 'This VictorOps config has no API key.', 'Set `api_key` or `api_key_file`, or `victorops_api_key` in `global`.');
    }
    for (const field of isMapping(c.custom_fields) ? Object.keys(c.custom_fields) : []) {
      if (['routing_key', 'message_type', 'state_message', 'entity_display_name', 'monitoring_tool', 'entity_id', 'entity_state'].includes(field)) {
        issues.error('bad-value', [...at, 'custom_fields', field], `\`${field}\` cannot be a custom field: VictorOps sets it itself.`, 'Use the config field of that name, or another name.', { target: 'key' });
      }
    }
    checkUrl(c, 'api_url', at, issues);
  },
  sns(c, at, _g, issues) {
    const targets = ['target_arn', 'topic_arn', 'phone_number'].filter((k) => set(c, k));
    // config.go XORs the three "is empty" tests, so one target or all three pass.
    const help = 'Set exactly one of `topic_arn`, `target_arn` and `phone_number`.';
    if (targets.length === 0) missing(issues, at, 'This SNS config has no target.', help);
    if (targets.length === 2) issues.error('conflicting-fields', [...at, targets[1]], `This SNS config has two targets, \`${targets[0]}\` and \`${targets[1]}\`.`, help, { target: 'key' });
    const sigv4 = isMapping(c.sigv4) ? c.sigv4 : {};
    if (set(sigv4, 'access_key') !== set(sigv4, 'secret_key')) {
      missing(issues, [...at, 'sigv4'], 'SigV4 needs both `access_key` and `secret_key`, or neither.', 'Set the missing one, or remove both to use the default AWS credentials.');
    }
    if (set(sigv4, 'external_id') && !set(sigv4, 'role_arn')) {
      issues.error('missing-field', [...at, 'sigv4', 'external_id'], '`external_id` needs `role_arn`.', 'Set the role to assume, or remove `external_id`.', { target: 'key' });
    }
  },
  telegram(c, at, g, issues) {
    atMostOne(issues, at, c, ['bot_token', 'bot_token_file']);
    if (!text(c.chat_id).replace(/^0$/, '') && !set(c, 'chat_id_file')) missing(issues, at, 'This Telegram config has no `chat_id`.', 'Set `chat_id` or `chat_id_file`.');
    if (text(c.chat_id).replace(/^0$/, '') && set(c, 'chat_id_file')) atMostOne(issues, at, c, ['chat_id', 'chat_id_file']);
    if (![c.bot_token, c.bot_token_file, g.telegram_bot_token, g.telegram_bot_token_file].some((v) => text(v) !== '')) {
      missing(issues, at, 'This Telegram config has no bot token.', 'Set `bot_token` or `bot_token_file`, or `telegram_bot_token` in `global`.');
    }
    checkUrl(c, 'api_url', at, issues);
  },
  webex(c, at, _g, issues) {
    if (!set(c, 'room_id')) missing(issues, at, 'This Webex config has no `room_id`.', 'Set `room_id`.');
    if (!hasAuthorization(c.http_config)) missing(issues, at, 'This Webex config has no `http_config.authorization`.', 'Set `http_config.authorization.credentials` (the bot token).');
    checkUrl(c, 'api_url', at, issues);
  },
  jira(c, at, g, issues) {
    if (!set(c, 'project')) missing(issues, at, 'This Jira config has no `project`.', 'Set `project`.');
    if (!set(c, 'issue_type')) missing(issues, at, 'This Jira config has no `issue_type`.', 'Set `issue_type`, such as `Bug`.');
    if (!present(c.api_url) && !present(g.jira_api_url)) missing(issues, at, 'This Jira config has no API URL.', 'Set `api_url`, or `jira_api_url` in `global`.');
    checkUrl(c, 'api_url', at, issues);
  },
  rocketchat(c, at, g, issues) {
    pointerAndFile(c, at, 'token', 'token_file', issues);
    pointerAndFile(c, at, 'token_id', 'token_id_file', issues);
    for (const [pointer, file, what] of [['token_id', 'token_id_file', 'token ID'], ['token', 'token_file', 'token']]) {
      if (!present(c[pointer]) && !set(c, file) && !present(g[`rocketchat_${pointer}`]) && !set(g, `rocketchat_${file}`)) {
        missing(issues, at, `This Rocket.Chat config has no ${what}.`, `Set \`${pointer}\` or \`${file}\`, or \`rocketchat_${pointer}\` in \`global\`.`);
      }
    }
    checkUrl(c, 'api_url', at, issues);
  },
};

/** Checks that each of `keys` has a non-empty value in an item (a Slack field, an action, ...). */
function requireTexts(item: unknown, path: Path, keys: string[], what: string, issues: Issues): void {
  if (!isMapping(item)) return;
  for (const key of keys) if (!set(item, key)) missing(issues, path, `This ${what} has no \`${key}\`.`, `Set \`${key}\`.`);
}
