import type { Path } from '../core/locate.js';
import type { Model, QueryLanguage, StructureIssue } from './types.js';

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

/** What the loader rejects beyond the schema: group names must be unique in a file. */
export function checkGroups(groups: unknown, groupsPath: Path): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const seen = new Set<string>();
  asList(groups).forEach((group, index) => {
    const name = isMapping(group) ? nameOf(group.name) : undefined;
    if (name === undefined) return;
    if (seen.has(name)) {
      issues.push({
        path: [...groupsPath, index, 'name'],
        message: `Group name \`${name}\` is used twice in this file; Prometheus refuses to load it.`,
        help: 'Give every group in a file its own name.',
      });
    }
    seen.add(name);
  });
  return issues;
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
        });
      } else if (record !== undefined) {
        model.recordingRules.push({ kind, name: record, site, group: groupName, labels, query });
      }
    });
  });
}
