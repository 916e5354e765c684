import { defineRule } from './types.js';

/**
 * Reported by the loader: YAML that Go's parser (and so Prometheus, Alertmanager and the
 * OpenTelemetry Collector) reads, but that the YAML specification and stricter tools refuse.
 */
export default defineRule({
  meta: {
    id: 'yaml-strict',
    summary: "YAML that Go's parser reads, and the programs that load it accept, but the YAML specification and stricter tools refuse.",
    defaultSeverity: 'notice',
    // The loader's message names the construct: see src/yaml/indent-patch.ts.
    messages: {},
  },
});
