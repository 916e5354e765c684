import type { Path } from '../core/locate.js';
import { isMapping } from './prometheus-groups.js';

/**
 * Config that Kubernetes carries for another program: an Alertmanager config as a string in a
 * Secret, Prometheus rules or a Fluent Bit config in a ConfigMap, an OpenTelemetry Collector
 * config in the operator's resource. The engine lints each as the kind it is, with findings
 * placed in the outer file.
 */
export interface Embedded {
  /** Where it sits in the outer document. */
  path: Path;
  /** The config as text (a file in a ConfigMap), parsed by its `ending`'s parser. */
  text?: string;
  /** The file name the text stands for (`alertmanager.yaml`, `fluent-bit.conf`), which picks its parser. */
  name?: string;
  /** The config already as data (the operator's `spec.config` as a mapping). */
  value?: unknown;
  /** Whether `text` was decoded (base64), so positions inside it cannot be mapped: findings go to the value. */
  opaque?: boolean;
}

/**
 * Keys of ConfigMap/Secret data that hold config a kind may claim: a config file's name, or a
 * key that names a config (`relay`, `otel-agent-config`, as charts write them); the content
 * then decides the kind. Others (certificates, scripts) are skipped.
 */
const CONFIG_FILE = /\.(ya?ml|json|toml|rules)$|(conf|config)$|^(alertmanager|relay)$/i;

export function embeddedConfigs(value: unknown): Embedded[] {
  if (!isMapping(value) || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') return [];
  switch (value.kind) {
    case 'ConfigMap':
      return files(value.data, ['data']);
    case 'Secret':
      return [...files(value.stringData, ['stringData']), ...files(value.data, ['data'], true)];
    case 'OpenTelemetryCollector':
      return collectorConfig(value);
    default:
      return [];
  }
}

function files(map: unknown, path: Path, base64 = false): Embedded[] {
  if (!isMapping(map)) return [];
  const out: Embedded[] = [];
  for (const [name, text] of Object.entries(map)) {
    if (typeof text !== 'string' || !CONFIG_FILE.test(name)) continue;
    if (!base64) {
      out.push({ path: [...path, name], text, name });
      continue;
    }
    const decoded = decodeBase64(text);
    if (decoded !== undefined) out.push({ path: [...path, name], text: decoded, name, opaque: true });
  }
  return out;
}

/** The OpenTelemetry operator's resource: `spec.config` as a mapping (v1beta1) or a YAML string (v1alpha1). */
function collectorConfig(value: Record<string, unknown>): Embedded[] {
  const spec = value.spec;
  if (!isMapping(spec)) return [];
  if (typeof spec.config === 'string') return [{ path: ['spec', 'config'], text: spec.config, name: 'config.yaml' }];
  if (isMapping(spec.config)) return [{ path: ['spec', 'config'], value: spec.config }];
  return [];
}

function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  const decoded = bytes.toString('utf8');
  return decoded.includes('\uFFFD') ? undefined : decoded;
}
