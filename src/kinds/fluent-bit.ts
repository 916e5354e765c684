import { isClassic, looksClassic, parseClassic } from '../fluent-bit/classic.js';
import { isMapping } from '../fluent-bit/config.js';
import { extractPipeline } from '../fluent-bit/extract.js';
import { checkFluentBit } from '../fluent-bit/structure.js';
import type { Kind } from './types.js';

/** A Fluent Bit config: the YAML format, or the classic `.conf` format read by its own parser. */
export const fluentBit: Kind = {
  id: 'fluent-bit',
  title: 'Fluent Bit configuration',
  extensions: ['conf', 'yaml', 'yml'],
  sniff: (text) => looksClassic(text) || YAML_SECTION.test(text) || TOP_LEVEL_SECTION.test(text),
  parsers: { conf: parseClassic },
  detect: isFluentBitConfig,
  recognizedBy: 'classic `.conf` sections (`[INPUT]`, `[OUTPUT]`, `@INCLUDE`) or YAML `service`/`pipeline` sections',
  reference: 'https://docs.fluentbit.io/manual/administration/configuring-fluent-bit',
  validator: () => import('../generated/validators/fluent-bit.js').then((m) => m.default),
  checkStructure: (value) => checkFluentBit(value),
  extract(value, doc, model) {
    extractPipeline(this.id, value, doc, model);
  },
};

// Sections only Fluent Bit's YAML has, anywhere (a ConfigMap indents them); common words at a line start only.
// Fluent Bit compares section names without case.
const YAML_SECTION = /^[ \t]*(pipeline|multiline_parsers|upstream_servers|stream_processor|customs)[ \t]*:/im;
const TOP_LEVEL_SECTION = /^(service|parsers|includes|env)[ \t]*:/im;

/** Top-level keys of the YAML format (flb_cf_yaml.c compares them without case). */
const SECTIONS = new Set(['service', 'pipeline', 'customs', 'parsers', 'multiline_parsers', 'stream_processor', 'plugins', 'upstream_servers', 'includes', 'env', 'extensions']);

const PIPELINE_KEYS = new Set(['inputs', 'filters', 'outputs']);

/** Service keys no other format's `service` has. */
const SERVICE_KEYS = new Set(['flush', 'grace', 'daemon', 'log_file', 'log_level', 'parsers_file', 'plugins_file', 'streams_file', 'http_server', 'http_listen', 'http_port', 'health_check', 'hot_reload', 'storage.path', 'coro_stack_size']);

/**
 * Whether a document is a Fluent Bit config: anything the classic parser read, or YAML with
 * a `pipeline` of inputs, filters or outputs, or made only of Fluent Bit's sections with one
 * that no other format has.
 */
export function isFluentBitConfig(value: unknown): boolean {
  if (!isMapping(value)) return false;
  if (isClassic(value)) return Object.keys(value).length > 0;
  if ('apiVersion' in value || 'kind' in value) return false;
  const sections = new Map(Object.entries(value).map(([key, v]) => [key.toLowerCase(), v]));
  const pipeline = sections.get('pipeline');
  if (isMapping(pipeline) && Object.keys(pipeline).some((k) => PIPELINE_KEYS.has(k.toLowerCase()))) return true;
  if (![...sections.keys()].every((key) => SECTIONS.has(key))) return false;
  const service = sections.get('service');
  if (isMapping(service) && Object.keys(service).some((key) => SERVICE_KEYS.has(key.toLowerCase()))) return true;
  // A list of named blocks, one of which has what only this section has.
  const listOf = (key: string, field: string) => {
    const list = sections.get(key);
    return Array.isArray(list) && list.every((item) => isMapping(item)) && list.some((item) => isMapping(item) && 'name' in item && field in item);
  };
  return (
    listOf('parsers', 'format') ||
    listOf('multiline_parsers', 'type') ||
    listOf('stream_processor', 'exec') ||
    listOf('upstream_servers', 'nodes') ||
    listOf('customs', 'name') ||
    Array.isArray(sections.get('includes'))
  );
}
