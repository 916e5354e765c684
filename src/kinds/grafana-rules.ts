import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import { isMapping, stringMap } from './prometheus-groups.js';
import type { Model, Query, QueryLanguage, StructureIssue } from './types.js';

/**
 * Grafana-managed alert rules, shared by the provisioning file (`groups[].rules[]`) and the
 * grafana-operator's GrafanaAlertRuleGroup (`spec.rules[]`), which carry the same rule fields.
 */

type Data = Record<string, unknown>;

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A scalar as Grafana's provisioning values read it: any scalar becomes its text. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Where one group's rules are, and what a finding or an alert calls the group. */
export interface RuleGroup {
  rules: unknown;
  rulesPath: Path;
  /** `folder/group`, as Grafana shows a rule's place. */
  name?: string;
}

/**
 * What Grafana refuses, or can never evaluate, beyond the schema: a `condition` (or a recording
 * rule's `record.from`) that names no query of the rule, and a uid used twice in the file (the
 * second rule silently replaces the first).
 */
export function checkRules(groups: readonly RuleGroup[]): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    asList(group.rules).forEach((rule, index) => {
      if (!isMapping(rule)) return;
      const path = [...group.rulesPath, index];
      const uid = textOf(rule.uid);
      if (uid !== undefined && seen.has(uid)) {
        issues.push({
          path: [...path, 'uid'],
          message: `Rule uid \`${shown(uid)}\` is used twice in this file; Grafana keeps only the last rule with this uid.`,
          help: 'Give every rule its own uid: it is how Grafana tells rules apart when it provisions them.',
        });
      }
      if (uid !== undefined) seen.add(uid);
      const refIds = new Set(asList(rule.data).map((query) => (isMapping(query) ? textOf(query.refId) : undefined)));
      // A recording rule is evaluated from `record.from`; Grafana clears its `condition`.
      const [key, ref] = isMapping(rule.record) ? [['record', 'from'], textOf(rule.record.from)] : [['condition'], textOf(rule.condition)];
      // No queries at all is the schema's finding.
      if (ref === undefined || ref.trim() === '' || refIds.has(ref) || !Array.isArray(rule.data) || rule.data.length === 0) return;
      issues.push({
        path: [...path, ...key],
        message: `\`${shown(ref)}\` names no query or expression of this rule (no \`data\` item has this refId), so Grafana cannot evaluate it.`,
        help: 'Set it to the refId of the query or expression whose result the rule uses.',
      });
    });
  }
  return issues;
}

/** Grafana's scheduler runs every 10 seconds (its default `base_interval`); a group's interval must be a multiple of it. */
const BASE_INTERVAL_MS = 10_000;

/** The interval check of Grafana's rule store (ValidateRuleGroupInterval), for an interval already in milliseconds. */
export function checkInterval(intervalMs: number | undefined, written: string, path: Path): StructureIssue[] {
  if (intervalMs === undefined || (intervalMs > 0 && intervalMs % BASE_INTERVAL_MS === 0)) return [];
  return [
    {
      path,
      message: `Interval \`${shown(written)}\` is not a positive multiple of 10s, Grafana's scheduler interval, so Grafana refuses the group.`,
      help: 'Use a multiple of 10s, such as `30s`, `1m` or `5m`.',
    },
  ];
}

/** Adds one group's alert and recording rules, and the queries Grafana sends to Prometheus or Loki. */
export function extractRules(kind: string, group: RuleGroup, doc: number, model: Model): void {
  asList(group.rules).forEach((rule, index) => {
    if (!isMapping(rule)) return;
    const path: Path = [...group.rulesPath, index];
    const site = { doc, path };
    const queries = queriesOf(rule, path, doc);
    model.queries.push(...queries);
    // The rule's query, when it has exactly one a checker can read; expressions are Grafana's own.
    const query = queries.length === 1 ? queries[0] : undefined;
    const labels = stringMap(rule.labels);
    if (isMapping(rule.record)) {
      const metric = textOf(rule.record.metric);
      if (metric !== undefined) model.recordingRules.push({ kind, name: metric, site, group: group.name, labels, query });
      return;
    }
    const title = textOf(rule.title);
    if (title === undefined) return;
    model.alerts.push({
      kind,
      name: title,
      site,
      group: group.name,
      labels,
      labelsSite: isMapping(rule.labels) ? { doc, path: [...path, 'labels'] } : site,
      annotations: stringMap(rule.annotations),
      annotationsSite: isMapping(rule.annotations) ? { doc, path: [...path, 'annotations'] } : site,
      query,
      for: typeof rule.for === 'string' && rule.for !== '' ? rule.for : undefined,
    });
  });
}

/**
 * The queries of a rule whose language is certain: the model names its data source's type
 * (`prometheus` or `loki`) and holds `expr`. A query without the type (only a data source uid)
 * may go anywhere, and Grafana's server-side expressions (`__expr__`) are not queries. Grafana
 * replaces its macros (`$__rate_interval`, `$__interval`, ...) before the data source sees the
 * text, so a query using one is not the text Prometheus parses: it is left out.
 */
function queriesOf(rule: Data, path: Path, doc: number): Query[] {
  const queries: Query[] = [];
  asList(rule.data).forEach((item, index) => {
    if (!isMapping(item) || !isMapping(item.model) || typeof item.model.expr !== 'string') return;
    const datasource = item.model.datasource;
    const language = isMapping(datasource) ? LANGUAGES.get(String(datasource.type)) : undefined;
    const text = item.model.expr;
    if (language === undefined || text.trim() === '' || GRAFANA_MACRO.test(text)) return;
    queries.push({ language, text, site: { doc, path: [...path, 'data', index, 'model', 'expr'] } });
  });
  return queries;
}

const LANGUAGES: ReadonlyMap<string, QueryLanguage> = new Map([
  ['prometheus', 'promql'],
  ['loki', 'logql'],
]);

const GRAFANA_MACRO = /\$\{?__[a-z]/i;
