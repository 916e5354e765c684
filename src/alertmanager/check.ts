import { checkHttpConfig, checkTlsConfig } from './check-http.js';
import { checkLabelNames, checkMatchersList, checkMatchMap } from './check-matching.js';
import { checkGlobal, checkReceivers } from './check-receivers.js';
import { checkRoutingTree } from './check-route.js';
import { checkTimeIntervals } from './check-time-intervals.js';
import { httpUrlProblem, isMapping, list, modelDurationMs, present, text, truthy } from './go-values.js';
import { type AlertmanagerIssue, Issues } from './types.js';

/**
 * What Alertmanager's config.Load refuses (or accepts with a warning) beyond the shape the JSON
 * Schema checks: receivers and time intervals that routes name exist and are unique, matchers
 * and regular expressions parse, each integration has its secrets (here or in `global`) set
 * once, URLs are URLs. Written against the current release; copes with any shape of data, so
 * the schema and this can run on the same document.
 */
export function checkAlertmanagerConfig(value: unknown): AlertmanagerIssue[] {
  const issues = new Issues();
  const config = isMapping(value) ? value : {};
  const global = isMapping(config.global) ? config.global : {};
  checkGlobal(global, issues);
  const receivers = checkReceivers(config.receivers, global, issues);
  const timeIntervals = checkTimeIntervals(config, issues);
  checkRoutingTree(isMapping(value) ? config.route : undefined, receivers, timeIntervals, issues);
  list(config.inhibit_rules).forEach((rule, i) => checkInhibitRule(rule, ['inhibit_rules', i], issues));
  checkTracing(config.tracing, issues);
  checkEventRecorder(config.event_recorder, issues);
  return issues.all;
}

function checkInhibitRule(rule: unknown, at: (string | number)[], issues: Issues): void {
  if (!isMapping(rule)) return;
  for (const side of ['source', 'target']) {
    checkMatchMap(rule, `${side}_match`, false, at, issues);
    checkMatchMap(rule, `${side}_match_re`, true, at, issues);
    checkMatchersList(rule[`${side}_matchers`], [...at, `${side}_matchers`], issues);
  }
  checkLabelNames(rule.equal, [...at, 'equal'], issues, 'equal');
}

function checkTracing(tracing: unknown, issues: Issues): void {
  if (!isMapping(tracing)) return;
  if (text(tracing.endpoint) === '') issues.error('missing-field', ['tracing'], 'Tracing has no `endpoint`.', 'Set the OTLP endpoint, or remove `tracing`.', { target: 'key' });
  checkTlsConfig(tracing.tls_config, ['tracing', 'tls_config'], issues);
}

function checkEventRecorder(recorder: unknown, issues: Issues): void {
  if (!isMapping(recorder)) return;
  list(recorder.file_outputs).forEach((output, i) => {
    if (isMapping(output) && text(output.path) === '') issues.error('missing-field', ['event_recorder', 'file_outputs', i], 'This file output has no `path`.', 'Set the file to write events to.', { target: 'key' });
  });
  list(recorder.webhook_outputs).forEach((output, i) => {
    if (!isMapping(output)) return;
    const at = ['event_recorder', 'webhook_outputs', i];
    const url = text(output.url);
    if (!present(output.url)) issues.error('missing-field', at, 'This webhook output has no `url`.', 'Set the URL events are posted to.', { target: 'key' });
    else if (httpUrlProblem(url)) issues.error('bad-url', [...at, 'url'], `\`url\` is not a valid URL: ${httpUrlProblem(url)}.`, 'Write a full `https://` (or `http://`) URL with a host.');
    const batch = truthy(output.batch);
    for (const key of ['batch_max_events', 'batch_max_bytes', 'batch_flush_interval']) {
      const size = key === 'batch_flush_interval' ? (modelDurationMs(output[key]) ?? 0) : Number(output[key] ?? 0);
      if (size < 0) issues.error('bad-value', [...at, key], `\`${key}\` cannot be negative.`, 'Set 0 or more.');
      else if (size !== 0 && !batch) issues.error('conflicting-fields', [...at, key], `\`${key}\` needs \`batch: true\`.`, 'Enable batching, or remove the batch settings.', { target: 'key' });
    }
    checkHttpConfig(output.http_config, [...at, 'http_config'], issues);
  });
  list(recorder.kafka_outputs).forEach((output, i) => {
    if (!isMapping(output)) return;
    const at = ['event_recorder', 'kafka_outputs', i];
    const brokers = list(output.brokers);
    if (brokers.length === 0) issues.error('missing-field', at, 'This Kafka output has no `brokers`.', 'List at least one `host:port`.', { target: 'key' });
    brokers.forEach((broker, j) => {
      if (text(broker) === '') issues.error('bad-value', [...at, 'brokers', j], 'A broker address is empty.', 'Write `host:port`, or remove the entry.');
    });
    if (text(output.topic) === '') issues.error('missing-field', at, 'This Kafka output has no `topic`.', 'Set the topic events are produced to.', { target: 'key' });
    checkTlsConfig(output.tls_config, [...at, 'tls_config'], issues);
  });
}
