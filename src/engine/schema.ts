import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Path, Target } from '../core/locate.js';
import { pointerToPath } from '../core/locate.js';
import { closest } from '../core/closest.js';
import { shown } from '../core/text.js';

/** A schema violation in terms a person reads, pointing at a path in the document. */
export interface SchemaIssue {
  path: Path;
  target: Target;
  message: string;
  /** The schema keyword that failed, for the finding's identity. */
  keyword: string;
}

/**
 * Schema problems reported per document. A list of 80,000 broken items is one mistake made
 * many times; after this many, one more finding says how many were left out.
 */
export const MAX_SCHEMA_ISSUES = 100;

/**
 * Validates data with a schema compiled at build time (src/generated/validators/, made by
 * scripts/build-validators.mjs from schemas/), so a run never loads ajv's compiler.
 */
export function validateWith(validate: ValidateFunction, value: unknown): SchemaIssue[] {
  if (validate(value)) return [];
  return humanize(validate.errors ?? []);
}

/** Keywords that only say "a sub-schema failed"; the sub-schema's own error says what. */
const WRAPPERS = new Set(['if', 'propertyNames', 'allOf', 'anyOf', 'oneOf']);

/** Turns ajv errors into one message per problem, at the node that is wrong, at most `MAX_SCHEMA_ISSUES`. */
export function humanize(errors: readonly ErrorObject[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  // Past the cap only the count matters: one per failing node, cheaply.
  const leftOut = new Set<string>();
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    if (issues.length >= MAX_SCHEMA_ISSUES) {
      leftOut.add(error.instancePath);
      continue;
    }
    const issue = toIssue(error);
    // One node failing `type` and `pattern` of the same sub-schema is one problem.
    const key = `${issue.path.join('\u0000')}|${issue.target}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  const left = leftOut.size;
  if (left > 0) {
    issues.push({
      path: [],
      target: 'value',
      keyword: 'left-out',
      message: `${left} more schema problem${left === 1 ? '' : 's'} in this document ${left === 1 ? 'is' : 'are'} not listed; fix the ones above first (they are usually one mistake repeated).`,
    });
  }
  return issues;
}

function toIssue(error: ErrorObject): SchemaIssue {
  return { ...describe(error), keyword: error.keyword };
}

function describe(error: ErrorObject): Omit<SchemaIssue, 'keyword'> {
  const path = pointerToPath(error.instancePath);
  const custom = (error.parentSchema as Record<string, unknown> | undefined)?.['x-message'];
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    // An invalid key (label name, annotation name): point at the key itself.
    const detail = typeof custom === 'string' ? custom : plainMessage(error);
    return { path: [...path, propertyName], target: 'key', message: `\`${shown(propertyName)}\` ${detail}${/[.!?]$/.test(detail) ? '' : '.'}` };
  }
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const message = typeof custom === 'string' && /^[A-Z]/.test(custom) ? custom : `\`${shown(missing)}\` is required${where(path)}.`;
      // The mapping that lacks the key: point at the key that holds it, when there is one.
      return { path, target: 'key', message };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(((error.parentSchema as Record<string, unknown>).properties as object) ?? {});
      const suggestion = closest(key, allowed);
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : allowed.length ? ` Allowed here: ${allowed.map((k) => `\`${k}\``).join(', ')}.` : '';
      return { path: [...path, key], target: 'key', message: `Unknown key \`${shown(key)}\`${where(path)}.${hint}` };
    }
  }
  const subject = subjectOf(path);
  const detail = typeof custom === 'string' ? custom : plainMessage(error);
  const message = /^[A-Z]/.test(detail) ? detail : `${subject} ${detail}${/[.!?]$/.test(detail) ? '' : '.'}`;
  // A forbidden key (`not: {}`) is about the key being there, so point at the key.
  const target: Target = error.keyword === 'not' && typeof custom === 'string' ? 'key' : 'value';
  return { path, target, message };
}

/** What a message calls the node at `path`: `` `for` ``, "This rule", "The document". */
function subjectOf(path: Path): string {
  if (path.length === 0) return 'The document';
  const last = String(path[path.length - 1]);
  if (!/^\d+$/.test(last)) return `\`${shown(last)}\``;
  const parent = path.length > 1 ? String(path[path.length - 2]) : undefined;
  const item = parent === undefined ? undefined : ITEM_NAMES[parent];
  if (item) return `This ${item}`;
  return parent === undefined ? `Item ${Number(last) + 1}` : `Item ${Number(last) + 1} of \`${shown(parent)}\``;
}

/** Lists whose items have a name people use: "in this rule" reads better than "in this item of `rules`". */
const ITEM_NAMES: Record<string, string> = { rules: 'rule', groups: 'group', kinds: 'kinds entry' };

function where(path: Path): string {
  if (path.length === 0) return '';
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'number' || /^\d+$/.test(String(last))) {
    if (parent === undefined) return '';
    const item = ITEM_NAMES[String(parent)];
    return item ? ` in this ${item}` : ` in this item of \`${shown(String(parent))}\``;
  }
  return ` in \`${shown(String(last))}\``;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list',
  null: 'empty',
};

function plainMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
      return `must be ${[...new Set(types)].join(' or ')}`;
    }
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'const':
      return `must be \`${String(params.allowedValue)}\``;
    case 'minLength':
      return 'must not be empty';
    case 'pattern':
      return `must match the pattern \`${String(params.pattern)}\``;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case 'minItems':
      return `must have at least ${String(params.limit)} item(s)`;
    case 'not':
      return 'is not allowed here';
    case 'false schema':
      return 'is not allowed here';
    default:
      return error.message ?? 'is not valid';
  }
}
