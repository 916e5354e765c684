import type { Path } from '../engine/locate.js';
import type { Model, StructureIssue } from './types.js';

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

/** Label and annotation maps as text, the way Prometheus reads scalars into strings. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMapping(value)) return out;
  for (const [key, v] of Object.entries(value)) out[key] = v === null || v === undefined ? '' : String(v);
  return out;
}

/** What the loader rejects beyond the schema: group names must be unique in a file. */
export function checkGroups(groups: unknown, groupsPath: Path): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const seen = new Set<string>();
  asList(groups).forEach((group, index) => {
    if (!isMapping(group) || typeof group.name !== 'string') return;
    if (seen.has(group.name)) {
      issues.push({
        path: [...groupsPath, index, 'name'],
        message: `Group name \`${group.name}\` is used twice in this file; Prometheus refuses to load it.`,
        help: 'Give every group in a file its own name.',
      });
    }
    seen.add(group.name);
  });
  return issues;
}

export function extractGroups(kind: string, groups: unknown, groupsPath: Path, doc: number, model: Model): void {
  asList(groups).forEach((group, groupIndex) => {
    if (!isMapping(group)) return;
    const groupName = typeof group.name === 'string' ? group.name : undefined;
    // Group labels (Prometheus 3) are added to every rule of the group; a rule's own win.
    const groupLabels = stringMap(group.labels);
    asList(group.rules).forEach((rule, ruleIndex) => {
      if (!isMapping(rule)) return;
      const path: Path = [...groupsPath, groupIndex, 'rules', ruleIndex];
      const site = { doc, path };
      const query =
        typeof rule.expr === 'string' || typeof rule.expr === 'number'
          ? { language: 'promql' as const, text: String(rule.expr), site: { doc, path: [...path, 'expr'] } }
          : undefined;
      if (query) model.queries.push(query);
      const labels = { ...groupLabels, ...stringMap(rule.labels) };
      if (typeof rule.alert === 'string') {
        model.alerts.push({
          kind,
          name: rule.alert,
          site,
          group: groupName,
          labels,
          labelsSite: isMapping(rule.labels) ? { doc, path: [...path, 'labels'] } : site,
          annotations: stringMap(rule.annotations),
          annotationsSite: isMapping(rule.annotations) ? { doc, path: [...path, 'annotations'] } : site,
          query,
          for: typeof rule.for === 'string' ? rule.for : undefined,
        });
      } else if (typeof rule.record === 'string') {
        model.recordingRules.push({ kind, name: rule.record, site, group: groupName, labels, query });
      }
    });
  });
}
