import { codeList, shown } from '../core/text.js';
import { compileGlobs } from '../core/glob.js';
import type { Component, PipelineConfig } from '../kinds/types.js';
import { pipelinesUsing } from '../otel/model-lookup.js';
import { hostOf, transportProblems } from '../otel/transport.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import type { WiredConfig } from '../pipelines/wiring.js';

export interface ExporterInsecureOptions {
  /** Hosts (globs) trusted like this machine, such as in-cluster service names behind a mesh that encrypts. */
  trustedHosts: string[];
}

/** Where a component sends to, by kind: OTel exporters, Vector sinks. */
const SENDERS: Record<string, string> = { 'otel-collector': 'Exporter', vector: 'Sink' };

/**
 * Telemetry carries hostnames, user ids, request payloads and credentials in headers: sent in
 * plain text, or to a server whose certificate is not checked, anyone on the network path can
 * read or alter it. Traffic that stays on the machine (loopback, Unix sockets) is not reported.
 * A config split over files is checked merged: a Collector layer may set the endpoint, and
 * another its `tls`.
 */
export default definePipelineRule<ExporterInsecureOptions>({
  meta: {
    id: 'exporter-insecure',
    summary: 'A Collector exporter or Vector sink sends to another host unencrypted (`http://`, `tls.insecure: true`) or without checking its certificate.',
    defaultSeverity: 'warning',
    messages: {
      plainHttp: {
        text: '{sender} `{component}`{where} sends to `{endpoint}` over plain HTTP, unencrypted.',
        help: 'Use `https://` (with `tls.ca_file` for a private CA), or list the host in `trustedHosts` if the network itself encrypts (a service mesh).',
      },
      tlsOff: {
        text: '{sender} `{component}`{where} sends{to} without TLS (`tls.insecure: true`), unencrypted.',
        help: 'Remove `tls.insecure` and give the server a certificate (`tls.ca_file` for a private CA), or list the host in `trustedHosts` if the network itself encrypts.',
      },
      noVerify: {
        text: '{sender} `{component}`{where} does not check the server\'s certificate (`{setting}`), so anyone on the path can pose as the server{to}.',
        help: 'Remove the setting and trust the server\'s CA instead (`tls.ca_file`).',
      },
    },
    options: {
      defaults: { trustedHosts: [] },
      schema: {
        trustedHosts: {
          description: 'Hosts to trust like this machine (globs, such as `*.svc.cluster.local`): no finding for plain-text or unverified traffic to them. Loopback hosts and Unix sockets are always trusted. Default: none.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
      },
    },
  },
  check: (wired, options) => insecureSenders(wired, compileGlobs(options.trustedHosts)),
});

function insecureSenders({ config }: WiredConfig, trusted: (host: string) => boolean): PipelineIssue[] {
  const sender = SENDERS[config.kind];
  if (!sender) return [];
  const issues: PipelineIssue[] = [];
  for (const component of config.components) {
    if (component.role !== 'sink' || (config.kind === 'vector' && component.type === 'memory')) continue;
    const where = { raw: usedIn(config, component) };
    for (const problem of transportProblems(component.settings, component.settingsSite.path, trusted)) {
      const to = { raw: problem.endpoint === undefined ? '' : ` to \`${shown(hostOf(problem.endpoint) ?? problem.endpoint)}\`` };
      const data = { sender: { raw: sender }, component: component.id, where, to, ...('endpoint' in problem && problem.endpoint !== undefined ? { endpoint: withoutCredentials(problem.endpoint) } : {}), ...('setting' in problem ? { setting: problem.setting } : {}) };
      issues.push({ messageId: problem.kind, data, place: at.setting(component, problem.path) });
    }
  }
  return issues;
}

/** For a Collector exporter: " (pipeline `traces`)", or nothing when no pipeline uses it. */
function usedIn(config: PipelineConfig, component: Component): string {
  if (config.kind !== 'otel-collector') return '';
  const names = pipelinesUsing(config, 'sinks').get(component.id) ?? [];
  return names.length === 0 ? '' : ` (pipeline${names.length > 1 ? 's' : ''} ${codeList(names, 'and')})`;
}

/** An endpoint as a message may show it: a `user:password@` in it is a secret, never echoed. */
function withoutCredentials(endpoint: string): string {
  return endpoint.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1***@');
}
