import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import type { Settings } from './settings.js';
import type { Model, QueryLanguage, StructureIssue, Template } from './types.js';

/**
 * Rule groups as Prometheus reads them (`groups[].rules[]`), shared by the plain rule file
 * and the PrometheusRule resource, which only wraps them under `spec`.
 */

type Data = Record<string, unknown>;

export function isMapping(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A name or expression as Prometheus reads it: YAML numbers and booleans become text. */
function nameOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Label and annotation maps as text, the way Prometheus reads scalars into strings. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMapping(value)) return out;
  for (const [key, v] of Object.entries(value)) out[key] = v === null || v === undefined ? '' : String(v);
  return out;
}

/**
 * Loki rulers read the same files with LogQL expressions. A log pipeline after a stream
 * selector (`{app="x"} |= "error"`, `| json`, `| logfmt`, ...) is never PromQL, so such an
 * expression is LogQL; anything else parses as PromQL (`rate({app="x"}[5m])` is both).
 */
export function queryLanguage(expr: string): QueryLanguage {
  return LOG_PIPELINE.test(expr) ? 'logql' : 'promql';
}

const LOG_PIPELINE =
  /\}\s*(\|[=~>]|!~|!=\s*["`]|\|\s*(json|logfmt|pattern|regexp|unpack|line_format|label_format|decolorize|drop|keep|unwrap)\b)/;

/**
 * What the loader rejects beyond the schema (rulefmt's Validate): group names unique in a
 * file, and names valid under the configured scheme. Prometheus 3 takes any UTF-8 name; 2.x
 * (and 3 with `metric_name_validation_scheme: legacy`) only the legacy characters.
 */
export function checkGroups(groups: unknown, groupsPath: Path, settings: Settings): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const seen = new Set<string>();
  const legacy = settings.nameValidation === 'legacy';
  const checkKeys = (map: unknown, path: Path, what: 'label' | 'annotation') => {
    if (!legacy || !isMapping(map)) return;
    for (const key of Object.keys(map)) {
      if (!LEGACY_LABEL_NAME.test(key)) issues.push(legacyName([...path, key], key, what));
    }
  };
  asList(groups).forEach((group, index) => {
    if (!isMapping(group)) return;
    const groupPath = [...groupsPath, index];
    const name = nameOf(group.name);
    if (name !== undefined && seen.has(name)) {
      issues.push({
        path: [...groupPath, 'name'],
        message: `Group name \`${shown(name)}\` is used twice in this file; Prometheus refuses to load it.`,
        help: 'Give every group in a file its own name.',
      });
    }
    if (name !== undefined) seen.add(name);
    checkKeys(group.labels, [...groupPath, 'labels'], 'label');
    asList(group.rules).forEach((rule, ruleIndex) => {
      if (!isMapping(rule)) return;
      const rulePath = [...groupPath, 'rules', ruleIndex];
      checkKeys(rule.labels, [...rulePath, 'labels'], 'label');
      checkKeys(rule.annotations, [...rulePath, 'annotations'], 'annotation');
      if (typeof rule.record !== 'string') return;
      if (/[{}]/.test(rule.record)) {
        issues.push({
          path: [...rulePath, 'record'],
          message: `Recording rule name \`${shown(rule.record)}\` holds braces; Prometheus refuses it.`,
          help: 'The name is the metric the rule writes; a selector such as `{job="x"}` belongs in `expr`.',
        });
      } else if (legacy && !LEGACY_METRIC_NAME.test(rule.record)) {
        issues.push({
          path: [...rulePath, 'record'],
          message: `\`${shown(rule.record)}\` is not a valid metric name under the legacy name rules: use letters, digits, \`_\` and \`:\`, not starting with a digit.`,
          help: LEGACY_HELP,
        });
      }
    });
  });
  return issues;
}

const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LEGACY_HELP =
  'Rename it: .obslint.yml selects the legacy name rules (`metric-name-validation-scheme: legacy`), as Prometheus 2 applies them.';

function legacyName(path: Path, key: string, what: 'label' | 'annotation'): StructureIssue {
  return {
    path,
    target: 'key',
    message: `\`${shown(key)}\` is not a valid ${what} name under the legacy name rules: use letters, digits and \`_\`, not starting with a digit.`,
    help: LEGACY_HELP,
  };
}

export function extractGroups(kind: string, groups: unknown, groupsPath: Path, doc: number, model: Model): void {
  asList(groups).forEach((group, groupIndex) => {
    if (!isMapping(group)) return;
    const groupName = nameOf(group.name);
    // Group labels (Prometheus 3) are added to every rule of the group; a rule's own win.
    const groupLabels = stringMap(group.labels);
    asList(group.rules).forEach((rule, ruleIndex) => {
      if (!isMapping(rule)) return;
      const path: Path = [...groupsPath, groupIndex, 'rules', ruleIndex];
      const site = { doc, path };
      const text = nameOf(rule.expr);
      const query = text === undefined ? undefined : { language: queryLanguage(text), text, site: { doc, path: [...path, 'expr'] } };
      if (query) model.queries.push(query);
      const labels = { ...groupLabels, ...stringMap(rule.labels) };
      const alert = nameOf(rule.alert);
      const record = nameOf(rule.record);
      if (alert !== undefined) {
        model.alerts.push({
          kind,
          name: alert,
          site,
          group: groupName,
          labels,
          labelsSite: isMapping(rule.labels) ? { doc, path: [...path, 'labels'] } : site,
          annotations: stringMap(rule.annotations),
          annotationsSite: isMapping(rule.annotations) ? { doc, path: [...path, 'annotations'] } : site,
          query,
          for: typeof rule.for === 'string' ? rule.for : undefined,
          templates: templatesOf(rule, path, doc),
        });
      } else if (record !== undefined) {
        model.recordingRules.push({ kind, name: record, site, group: groupName, labels, query });
      }
    });
  });
}

/**
 * The values Prometheus parses as Go templates when it loads an alerting rule: its own labels
 * and annotations (group labels are not templates).
 */
function templatesOf(rule: Data, path: Path, doc: number): Template[] {
  const templates: Template[] = [];
  for (const key of ['labels', 'annotations'] as const) {
    const map = rule[key];
    if (!isMapping(map)) continue;
    for (const [name, value] of Object.entries(map)) {
      if (typeof value === 'string' && value.includes('{{')) templates.push({ text: value, site: { doc, path: [...path, key, name] } });
    }
  }
  return templates;
}
