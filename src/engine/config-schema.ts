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
      extends: {
        description:
          'Configs this one builds on, the most general first: a preset (`obslint:recommended`, `obslint:strict`), a file (relative to this one), or a file in another repository (`github:owner/repo/path.yml@ref`). This config wins over them, except for rules they lock.',
        type: ['string', 'array'],
        items: { type: 'string', minLength: 1 },
        minLength: 1,
      },
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
      owners: {
        description: 'Who may own an alert, for `alert-owner`.',
        type: 'object',
        properties: {
          allowed: { description: 'Owner names, or glob patterns such as `team-*`, that count. Default: any.', type: 'array', items: { type: 'string', minLength: 1 } },
          'teams-file': { description: 'A YAML or JSON list of team names (or a mapping keyed by them), relative to this config, whose names count as owners too.', type: 'string', minLength: 1 },
          codeowners: {
            description: 'How CODEOWNERS counts: `fallback` (an alert without an owner label is owned by its file’s code owners), `require` (an owner label must be one of them), `both`, or `off` (the default).',
            enum: ['off', 'fallback', 'require', 'both'],
          },
        },
        additionalProperties: false,
      },
      runbooks: {
        description: 'What a runbook must be, for `alert-runbook`.',
        type: 'object',
        properties: {
          'url-pattern': { description: 'URL prefixes a runbook URL must start with, or regular expressions between slashes (`/^https:\/\/wiki\./`). Default: any http(s) URL.', type: 'array', items: { type: 'string', minLength: 1 } },
          template: { description: 'Where each alert’s runbook is, such as `https://runbooks.acme.dev/{{ alertname }}`: shown as the fix.', type: 'string', minLength: 1 },
          'mention-alert-name': { description: 'A runbook file in the repository must mention the alert’s name. Default: false.', type: 'boolean' },
          'check-links': { description: 'Check that runbook URLs answer (HEAD, then GET). Default: false: it makes HTTP requests.', type: 'boolean' },
        },
        additionalProperties: false,
      },
      overrides: {
        description: 'Rule settings for some files (say, a vendored mixin), applied in order over the rules above; rules a shared config locks cannot be turned down.',
        type: 'array',
        items: {
          type: 'object',
          required: ['files', 'rules'],
          properties: { files: { $ref: '#/$defs/globs' }, rules: { $ref: '#/properties/rules' } },
          additionalProperties: false,
        },
      },
      suppressions: {
        description: 'Inline suppressions (`# obslint-disable-next-line <rule> -- <reason>`), and suppressions for files that cannot hold comments (JSON).',
        type: 'object',
        properties: {
          'require-reason': { description: 'A suppression must say why after `--`. Default: true.', type: 'boolean' },
          files: {
            description: 'Glob → directives, as written in a comment: `obslint-disable-file alert-runbook -- vendor monitors`.',
            type: 'object',
            additionalProperties: { type: ['string', 'array'], items: { type: 'string', minLength: 1 }, minLength: 1 },
          },
        },
        additionalProperties: false,
      },
      baseline: {
        description: 'A baseline of known findings (`obslint baseline` writes it): only new findings count toward `fail-on`.',
        type: 'string',
        minLength: 1,
      },
      'custom-kinds': {
        description:
          'Formats of your own: which files, their JSON Schema, and JSON pointers to the alerts in them and to each alert’s fields. Their files get the schema, owner, runbook and severity checks.',
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'files', 'schema'],
          properties: {
            id: { description: 'The kind’s name, in findings and `overrides:`.', type: 'string', pattern: '^[a-z][a-z0-9-]*$', 'x-message': 'must be lower case letters, digits and `-`' },
            title: { description: 'What people call the format.', type: 'string', minLength: 1 },
            files: { description: 'The files of this kind.', $ref: '#/$defs/globs' },
            schema: { description: 'Its JSON Schema (JSON or YAML), relative to this config.', type: 'string', minLength: 1 },
            alerts: { description: 'JSON pointer to the list of alerts in a document, such as `/alerts`; default `""`: the document is one alert.', $ref: '#/$defs/pointer' },
            name: { description: 'JSON pointer to an alert’s name, within the alert. Default `/name`.', $ref: '#/$defs/pointer' },
            owner: { description: 'JSON pointer to its owner: read as the label `owner`.', $ref: '#/$defs/pointer' },
            runbook: { description: 'JSON pointer to its runbook: read as the annotation `runbook_url`.', $ref: '#/$defs/pointer' },
            severity: { description: 'JSON pointer to its severity: read as the label `severity`.', $ref: '#/$defs/pointer' },
            labels: { description: 'JSON pointer to a mapping of its labels.', $ref: '#/$defs/pointer' },
            annotations: { description: 'JSON pointer to a mapping of its annotations.', $ref: '#/$defs/pointer' },
          },
          additionalProperties: false,
        },
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
      pointer: { type: 'string', pattern: '^(/[^/]*)*$', 'x-message': 'must be a JSON pointer such as `/alerts` or `/spec/owner` (or `""` for the whole document)' },
      locked: {
        description: 'In a shared config: repositories that extend it cannot turn this rule down, off, or suppress it.',
        type: 'boolean',
      },
    },
  };
}

/** A rule's entry: a level, or a mapping of `severity` and its options. */
function ruleSetting(rule: Rule<object>): Record<string, unknown> {
  return {
    description: rule.meta.summary,
    if: { type: 'string' },
    then: { $ref: '#/$defs/level' },
    else: {
      type: 'object',
      properties: { severity: { $ref: '#/$defs/level' }, locked: { $ref: '#/$defs/locked' }, ...rule.meta.options?.schema },
      additionalProperties: false,
    },
  };
}
