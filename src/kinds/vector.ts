import { vectorPipelines } from '../vector/model.js';
import { checkVector } from '../vector/structure.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind } from './types.js';
import { keySniff } from './sniff.js';

const VECTOR_KEY = keySniff(['sources', 'transforms', 'sinks'], ':=.');
/** A TOML table header: `[sinks.out]`, `[[transforms.x]]`. */
const VECTOR_TABLE = /(^|\n)[ \t]*\[\[?[ \t]*["']?(sources|transforms|sinks|enrichment_tables)["']?[ \t]*\./;

/** A Vector config, in YAML, TOML or JSON: sources, transforms and sinks joined by `inputs`. */
export const vector: Kind = {
  id: 'vector',
  title: 'Vector config',
  extensions: ['yml', 'yaml', 'json', 'toml'],
  // Vector reads a `.json` config with serde_json.
  readsJson: true,
  // `sources:` (YAML, JSON), `[sources.in]` or `sources.in.type = ...` (TOML).
  sniff: (text) => VECTOR_KEY.test(text) || VECTOR_TABLE.test(text),
  // The TOML parser is loaded only for a `.toml` file.
  parsers: { toml: (text) => import('../vector/toml.js').then((m) => m.parseToml(text)) },
  // Other formats have none of these three at the top; Kubernetes resources carry an apiVersion.
  detect: (value) =>
    isMapping(value) && !('apiVersion' in value) && !('kind' in value) && (isMapping(value.sources) || isMapping(value.transforms) || isMapping(value.sinks)),
  recognizedBy: '`sources`, `transforms` or `sinks` at the top, in YAML, JSON or TOML',
  reference: 'https://vector.dev/docs/reference/configuration/',
  validator: () => import('../generated/validators/vector.js').then((m) => m.default),
  checkStructure: (value, _settings, part) => checkVector(value, part),
  extract(value, doc, model) {
    const pipelines = vectorPipelines(this.id, value, doc);
    if (pipelines) model.pipelines.push(pipelines);
  },
};
