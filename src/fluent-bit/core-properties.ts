import type { PluginKind } from './plugins.js';

/**
 * Properties Fluent Bit takes for every plugin of a kind, before the plugin's own config map
 * is consulted: the keys flb_input_set_property(), flb_filter_set_property(),
 * flb_output_set_property(), flb_custom_set_property() and flb_processor_unit_set_property()
 * handle themselves, and those flb_config_map_properties_check() lets through.
 */

const TLS = [
  'tls',
  'tls.verify',
  'tls.verify_hostname',
  'tls.debug',
  'tls.vhost',
  'tls.ca_path',
  'tls.ca_file',
  'tls.crt_file',
  'tls.key_file',
  'tls.key_passwd',
  'tls.min_version',
  'tls.max_version',
  'tls.ciphers',
];

/** flb_http_server_property_is_allowed(): what a plugin with its own HTTP server takes. */
const HTTP_SERVER = ['http2', 'buffer_max_size', 'buffer_chunk_size', 'max_connections', 'workers'];

const EVERY_KIND = ['active', 'condition', 'alias', 'log_level'];

const CORE: Record<PluginKind, readonly string[]> = {
  input: [
    ...EVERY_KIND,
    ...TLS,
    ...HTTP_SERVER,
    'tag',
    'log_suppress_interval',
    'routable',
    'mem_buf_limit',
    'listen',
    'host',
    'port',
    'ipv6',
    'tls.verify_client_cert',
    'storage.type',
    'storage.pause_on_chunks_overlimit',
    'threaded',
    'thread.ring_buffer.capacity',
    'thread.ring_buffer.window',
    'rate_window',
    'rate_gate',
    'rate_gate.max_bytes',
    'rate_gate.max_records',
    'rate_gate.backpressure',
    'rate_gate.resume_ratio',
  ],
  filter: [...EVERY_KIND, 'match', 'match_regex', 'log_suppress_interval'],
  output: [
    ...EVERY_KIND,
    ...TLS,
    ...HTTP_SERVER,
    'match',
    'match_regex',
    'log_suppress_interval',
    'retry_limit',
    'host',
    'port',
    'ipv6',
    'storage.total_limit_size',
    'tls.proxy.verify',
    'tls.proxy.verify_hostname',
    'tls.proxy.ca_path',
    'tls.proxy.ca_file',
    'tls.windows.certstore_name',
    'tls.windows.use_enterprise_store',
    'tls.windows.client_thumbprints',
  ],
  custom: EVERY_KIND,
  processor: EVERY_KIND,
};

/** Prefixes whose keys go to a settings group of their own (networking, OAuth2, an HTTP server, debugging). */
const CORE_PREFIXES: Record<PluginKind, readonly string[]> = {
  input: ['net.', 'oauth2', 'http_server.'],
  filter: [],
  output: ['net.', 'oauth2', 'http_server.', '_debug.http.'],
  custom: ['net.'],
  processor: [],
};

const cores = new Map<PluginKind, ReadonlySet<string>>();

/** Whether Fluent Bit takes a key for any plugin of the kind. */
export function isCoreProperty(kind: PluginKind, key: string): boolean {
  let set = cores.get(kind);
  if (!set) cores.set(kind, (set = new Set(CORE[kind])));
  return set.has(key) || CORE_PREFIXES[kind].some((prefix) => key.startsWith(prefix));
}

export function coreProperties(kind: PluginKind): readonly string[] {
  return CORE[kind];
}
