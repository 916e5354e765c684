import { KINDS } from '../kinds/index.js';
import { MERGE_STRATEGIES } from '../pipelines/sets.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

/**
 * The JSON Schema of `.obslint.yml`, made from the rules' and kinds' own descriptions, so a
 * new rule option is documented and validated where the rule is written.
 * `schemas/obslint-config.schema.json` is this, written by `npm run generate`; a test fails
 * when the two differ.
 */
export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/obslint/obslint/main/schemas/obslint-config.schema.json',
    title: 'obslint configuration (.obslint.yml)',
    type: 'object',
    properties: {
      include: {
        description: `Globs of files to lint, relative to the repository root. Default: every file with an ending some kind can claim (${[...new Set(KINDS.flatMap((k) => k.extensions))].sort().join(', ')}).`,
        $ref: '#/$defs/globs',
      },
      exclude: {
        description: 'Globs of files or folders to skip. Folders named .git, node_modules and dist are always skipped, unless a path or an `include` pattern names them.',
        $ref: '#/$defs/globs',
      },
      'max-file-size': {
        description: 'Files larger than this are reported and not linted: bytes, or a size such as `5MB` or `512KB`. Default 5MB.',
        type: ['integer', 'string'],
        pattern: '^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$',
        minimum: 1,
        'x-message': 'must be a size such as `5MB`, `512KB` or a number of bytes',
      },
      'fail-on': {
        description: 'The lowest severity that fails the run: error, warning, notice or never. The `--fail-on` flag and the Action input override it.',
        enum: ['error', 'warning', 'notice', 'never'],
      },
      prometheus: {
        description: 'How the Prometheus that loads the rules reads them.',
        type: 'object',
        properties: {
          'metric-name-validation-scheme': {
            description:
              'Which metric, label and annotation names are valid, as Prometheus\'s `metric_name_validation_scheme`: `utf8` (Prometheus 3, the default) or `legacy` (Prometheus 2: letters, digits, `_` and, in metric names, `:`).',
            enum: ['utf8', 'legacy'],
          },
        },
        additionalProperties: false,
      },
      kinds: {
        description: 'Set the kind of files by glob, where detection by content is not enough.',
        type: 'array',
        items: {
          type: 'object',
          required: ['files', 'kind'],
          properties: { files: { $ref: '#/$defs/globs' }, kind: { enum: KINDS.map((k) => k.id) } },
          additionalProperties: false,
        },
      },
      configs: {
        description:
          'Configs split over several files, each linted as the one config its files form: the Collector\'s repeated `--config` (list the files in that order: later files win), a Vector config directory, a Fluent Bit config and its `@INCLUDE`s. A glob\'s files are taken in path order.',
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'files'],
          properties: { kind: { enum: KINDS.map((k) => k.id).filter((id) => id in MERGE_STRATEGIES) }, files: { $ref: '#/$defs/globs' } },
          additionalProperties: false,
        },
      },
      rules: {
        description: "Per rule: a level (off, notice, warning, error), or a mapping with `severity` and the rule's options.",
        type: 'object',
        properties: Object.fromEntries(RULES.map((rule) => [rule.meta.id, ruleSetting(rule)])),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    $defs: {
      globs: { type: ['array', 'string'], items: { type: 'string', minLength: 1 }, minLength: 1 },
      level: { enum: ['off', 'notice', 'warning', 'error'] },
      levelOnly: {
        if: { type: 'string' },
        then: { $ref: '#/$defs/level' },
        else: { type: 'object', properties: { severity: { $ref: '#/$defs/level' } }, additionalProperties: false },
      },
    },
  };
}

/** A rule's entry: a level, or a mapping of `severity` and its options. */
function ruleSetting(rule: Rule<object>): Record<string, unknown> {
  const options = rule.meta.options?.schema;
  if (!options) return { description: rule.meta.summary, $ref: '#/$defs/levelOnly' };
  return {
    description: rule.meta.summary,
    if: { type: 'string' },
    then: { $ref: '#/$defs/level' },
    else: {
      type: 'object',
      properties: { severity: { $ref: '#/$defs/level' }, ...options },
      additionalProperties: false,
    },
  };
}
