import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import type { StructureIssue } from '../kinds/types.js';
import type { CollectorConfig, ComponentEntry } from './config.js';
import { goDuration, isSubstitution } from './values.js';

/**
 * The `Validate` methods of the Collector's own components (its core repository), run when
 * the config loads: what the schema cannot say because it compares two settings or depends on
 * a default. Values written as `${env:X}` references are not known here and pass.
 */
export function checkComponentSettings(config: CollectorConfig): StructureIssue[] {
  const issues: StructureIssue[] = [];
  for (const entry of config.components) {
    const check = CHECKS[`${entry.section}:${entry.parsed.type}`];
    if (check && !entry.parsed.error) issues.push(...check(entry));
  }
  return issues;
}

type Check = (entry: ComponentEntry) => StructureIssue[];

const otlpExporter: Check = ({ settings, path, key }) => {
  const endpoint = settings.endpoint;
  // Not text: the schema reports its type.
  if (typeof endpoint !== 'string' ? isSet(endpoint) : endpoint.replace(/^(https?:\/\/|dns:\/\/\/?)/, '') !== '') return [];
  return [issue(path, 'key', `Exporter \`${shown(key)}\` has no \`endpoint\`; the Collector refuses it.`, 'Set `endpoint` to the `host:port` of the OTLP gRPC server.')];
};

const otlpHttpExporter: Check = ({ settings, path, key }) => {
  const keys = ['endpoint', 'traces_endpoint', 'metrics_endpoint', 'logs_endpoint', 'profiles_endpoint'];
  if (keys.some((k) => (typeof settings[k] === 'string' ? settings[k] !== '' : isSet(settings[k])))) return [];
  return [issue(path, 'key', `Exporter \`${shown(key)}\` has no \`endpoint\` (nor a per-signal endpoint); the Collector refuses it.`, 'Set `endpoint` to the base URL of the OTLP/HTTP server, such as `https://otlp.example.com:4318`.')];
};

const CHECKS: Record<string, Check> = {
  'receivers:otlp': ({ settings, path, key }) => {
    const protocols = settings.protocols;
    if (typeof protocols === 'object' && protocols !== null && ('grpc' in protocols || 'http' in protocols)) return [];
    return [issue(path, 'key', `Receiver \`${shown(key)}\` enables no protocol; the Collector refuses an OTLP receiver without \`protocols.grpc\` or \`protocols.http\`.`, 'Add `protocols: { grpc: {}, http: {} }` (or just the one the senders use).')];
  },
  'exporters:otlp': otlpExporter,
  'exporters:otlp_grpc': otlpExporter,
  'exporters:otlphttp': otlpHttpExporter,
  'exporters:otlp_http': otlpHttpExporter,
  'processors:memory_limiter': memoryLimiter,
  'processors:batch': ({ settings, path }) => {
    const size = settings.send_batch_size ?? 8192;
    const max = settings.send_batch_max_size;
    if (typeof max !== 'number' || typeof size !== 'number' || max === 0 || max >= size) return [];
    return [issue([...path, 'send_batch_max_size'], 'value', `\`send_batch_max_size\` (${max}) is smaller than \`send_batch_size\` (${size}); the Collector refuses it.`, 'Make `send_batch_max_size` at least `send_batch_size`, or 0 for no limit.')];
  },
};

/** `internal/memorylimiter.Config.Validate`: the limits the processor needs to do anything. */
function memoryLimiter({ settings, path, key }: ComponentEntry): StructureIssue[] {
  // References are not known here; values of the wrong type are the schema's to report.
  const limits = ['limit_mib', 'spike_limit_mib', 'limit_percentage', 'spike_limit_percentage'];
  if (Object.values(settings).some(isSubstitution) || limits.some((name) => isSet(settings[name]) && typeof settings[name] !== 'number')) return [];
  const issues: StructureIssue[] = [];
  const interval = settings.check_interval;
  const nanos = interval === undefined ? 0 : goDuration(interval);
  if (nanos !== undefined && nanos <= 0) {
    issues.push(
      issue(interval === undefined ? path : [...path, 'check_interval'], interval === undefined ? 'key' : 'value', `Processor \`${shown(key)}\` needs a \`check_interval\` greater than zero; the Collector refuses it without one.`, 'Set `check_interval: 1s` (how often memory use is measured).'),
    );
  }
  const number = (name: string) => (typeof settings[name] === 'number' ? (settings[name] as number) : 0);
  const [limitMib, spikeMib, limitPct, spikePct] = limits.map(number);
  if (limitMib === 0 && limitPct === 0) {
    issues.push(issue(path, 'key', `Processor \`${shown(key)}\` sets no limit: the Collector refuses a memory limiter without \`limit_mib\` or \`limit_percentage\`.`, 'Set `limit_percentage: 80` and `spike_limit_percentage: 20`, or the same in MiB.'));
  }
  for (const name of ['limit_percentage', 'spike_limit_percentage']) {
    if (number(name) > 100) issues.push(issue([...path, name], 'value', `\`${name}\` is over 100; the Collector refuses it.`, 'Percentages are of the memory available to the Collector: 1 to 100.'));
  }
  if (limitMib > 0 && limitMib <= spikeMib) {
    issues.push(issue([...path, 'spike_limit_mib'], 'value', `\`spike_limit_mib\` (${spikeMib}) must be smaller than \`limit_mib\` (${limitMib}); the Collector refuses it.`, 'The spike limit is the headroom below the hard limit, usually a fifth of it.'));
  }
  if (limitPct > 0 && limitPct <= spikePct) {
    issues.push(issue([...path, 'spike_limit_percentage'], 'value', `\`spike_limit_percentage\` (${spikePct}) must be smaller than \`limit_percentage\` (${limitPct}); the Collector refuses it.`, 'The spike limit is the headroom below the hard limit, usually a fifth of it.'));
  }
  return issues;
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function issue(path: Path, target: 'key' | 'value', message: string, help: string): StructureIssue {
  return { path, target, message, help };
}
