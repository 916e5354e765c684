import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { buildRouteTree, receiverIntegrations, type RouteNode } from '../alertmanager/route.js';
import { matcherMatches, type Matcher } from '../alertmanager/matchers.js';
import { outputLabels } from '../promql/labels.js';
import { loadRegexEngine } from '../promql/regex.js';
import { alertSubject } from './alerts.js';
import { loadRegexEngineForAlertmanager } from './alertmanager-config.js';
import { defineRule, type ProjectContext, type Range } from './types.js';

export interface AlertRoutingOptions {
  /** The Alertmanager config alerts are routed by, relative to the root; default: the only one found. */
  alertmanager?: string;
  /** Receivers that count as catch-all, besides the root route's. */
  'catch-all': string[];
  /** Owner → the receivers that may page them; an alert owned by a team and routed elsewhere is reported. */
  owners: Record<string, string[]>;
  /** Label keys that name an alert's owner, as for `alert-owner`. */
  'owner-labels': string[];
}

/**
 * What one file gives the project stage: its alerts and its Alertmanager configs. The alerts are
 * what their routing needs, as `PendingAlert`s in deflated JSON: the main thread holds every
 * file's until the project stage, and most runs have no Alertmanager config to route them by.
 * As objects, 100,000 alerts held 90 MB the garbage collector kept walking; as JSON, 28 MB;
 * deflated, 3 MB outside the JavaScript heap, for about 0.4 ms per 100 alerts.
 */
interface Collected {
  alerts?: Uint8Array;
  configs?: { tree: RouteNode; integrations: [string, number][] }[];
}

/** An alert before its labels are worked out, which waits until there is a config to route it. */
interface PendingAlert {
  name: string;
  group?: string;
  labels: Record<string, string>;
  /** Its PromQL query, whose result labels are part of what it fires with. */
  promql?: string;
  range: Range;
}

interface RoutedAlert {
  name: string;
  group?: string;
  /** Labels whose value is known when the alert fires: its own, its group's, `alertname`, and those its query fixes. */
  labels: Record<string, string>;
  /** Labels its query's series may carry with a value not known here. */
  unknown?: string[];
  /** Whether it can carry no other label than these (its query's results have a closed set of labels). */
  closed: boolean;
  range: Range;
}

/** Kinds whose alerts Prometheus (or a Prometheus-compatible ruler) sends to Alertmanager. */
const ROUTED_KINDS = new Set(['prometheus-rules', 'prometheus-rule-crd', 'ruler-namespace', 'loki-rules', 'loki-alertingrule']);

/**
 * An owner label is worth nothing if Alertmanager sends the page to the catch-all receiver.
 * Every alert's labels go through the routing tree as Alertmanager routes them; an alert is
 * reported when it can only reach the root route, a receiver that notifies nobody, or (with
 * `owners`) receivers that are not its team's. Labels are what the rule sets and what its query
 * fixes (`up{namespace="infra"}`, `sum by (job)`); a route testing a label whose value cannot be
 * known before the alert fires may match, so nothing is reported that depends on it.
 */
export default defineRule<AlertRoutingOptions, Collected>({
  meta: {
    id: 'alert-routing',
    summary:
      'An alert that Alertmanager can only route to the catch-all receiver, to a receiver that notifies nobody, or (with `owners`) to another team’s receiver.',
    defaultSeverity: 'warning',
    messages: {
      'catch-all': {
        text: 'Alert `{alert}` reaches only the catch-all route of {config}: it is sent to `{receiver}`, whoever watches that.',
        help: 'Add a route that matches its labels (for example its team) to the receiver that should be paged.',
      },
      'black-hole': {
        text: 'Alert `{alert}` is routed in {config} only to receivers with no integration ({receivers}): nobody is notified.',
        help: 'Give the receiver an integration, or route the alert to one that has one.',
      },
      'catch-all-receiver': {
        text: 'Alert `{alert}` is routed in {config} only to receivers this repository counts as catch-all ({receivers}).',
        help: 'Add a route that matches its labels to the receiver that should be paged.',
      },
      'wrong-owner': {
        text: 'Alert `{alert}` is owned by `{owner}` but routed in {config} only to {receivers}, none of them `{owner}`’s ({expected}).',
        help: 'Fix the owner label, or the route that catches the alert first (mind `continue`).',
      },
    },
    options: {
      defaults: { 'catch-all': [], owners: {}, 'owner-labels': ['owner', 'team'] },
      schema: {
        alertmanager: {
          description: 'The Alertmanager config (a file, or a Kubernetes Secret holding one) that routes the alerts, relative to the repository root. Default: the only one found; with several, name one.',
          type: 'string',
          minLength: 1,
        },
        'catch-all': {
          description: 'Receivers that count as catch-all besides the root route’s own. Default: none.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
        owners: {
          description: 'Owner → the receivers that may page them, e.g. `payments: [payments-pager, payments-slack]`. Default: not checked.',
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        },
        'owner-labels': {
          description: 'Label keys that name an alert’s owner, the first non-empty one counting. Default: [owner, team].',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
        },
      },
    },
  },
  // The routing tree's matchers are checked and matched with Go's regex engine.
  prepare: loadRegexEngineForAlertmanager,
  collect(context) {
    const collected: Collected = {};
    const alerts: PendingAlert[] = [];
    for (const alert of context.model.alerts) {
      if (!ROUTED_KINDS.has(alert.kind)) continue;
      const promql = alert.query?.language === 'promql' ? alert.query.text : undefined;
      alerts.push({ name: alert.name, group: alert.group, labels: alert.labels, promql, range: context.rangeOf(alert.site) });
    }
    // Copied out of the Buffer, which may be a slice of a shared 8 KB pool that would be kept (and sent) whole.
    if (alerts.length > 0) collected.alerts = new Uint8Array(deflateRawSync(JSON.stringify(alerts), { level: 1 }));
    for (const document of context.model.documents) {
      if (document.kind !== 'alertmanager') continue;
      const tree = buildRouteTree(document.value);
      if (tree) (collected.configs ??= []).push({ tree, integrations: [...receiverIntegrations(document.value)] });
    }
    return collected.alerts || collected.configs ? collected : undefined;
  },
  async checkProject(context) {
    const config = pickConfig(context);
    if (!config) return;
    await loadRegexEngine();
    const { tree, integrations, file } = config;
    const notifies = new Map(integrations);
    const catchAll = new Set([tree.receiver, ...context.options['catch-all']]);
    const shown = { raw: `\`${file}\`` };
    for (const { file: alertFile, data } of context.collected) {
      if (data.alerts === undefined) continue;
      for (const pending of JSON.parse(inflateRawSync(data.alerts).toString()) as PendingAlert[]) {
        const alert: RoutedAlert = { ...firingLabels(pending), name: pending.name, group: pending.group, range: pending.range };
        const reached = possibleRoutes(tree, alert);
        // A route that may match on labels we cannot see: nothing is certain, nothing is reported.
        if (reached === undefined) continue;
        const receivers = [...new Set(reached.map((r) => r.receiver))];
        const at = { file: alertFile, range: alert.range, subject: alertSubject(alert) };
        if (reached.length === 1 && reached[0] === tree) {
          context.report({ ...at, messageId: 'catch-all', data: { alert: alert.name, config: shown, receiver: tree.receiver } });
        } else if (receivers.every((r) => (notifies.get(r) ?? 1) === 0)) {
          context.report({ ...at, messageId: 'black-hole', data: { alert: alert.name, receivers, config: shown } });
        } else if (receivers.every((r) => catchAll.has(r))) {
          context.report({ ...at, messageId: 'catch-all-receiver', data: { alert: alert.name, receivers, config: shown } });
        } else {
          const owner = context.options['owner-labels'].map((key) => alert.labels[key]?.trim()).find(Boolean);
          const expected = owner === undefined ? undefined : context.options.owners[owner];
          if (expected && !receivers.some((r) => expected.includes(r))) {
            context.report({ ...at, messageId: 'wrong-owner', data: { alert: alert.name, owner: owner!, receivers, config: shown, expected } });
          }
        }
      }
    }
  },
});

/**
 * What is known of an alert's labels when it fires: its query's result labels (what the
 * expression fixes, and whether others may come), overlaid with the group's and the rule's own
 * labels and `alertname`, as Prometheus builds them. Templated values are known only then.
 */
function firingLabels(alert: PendingAlert): Pick<RoutedAlert, 'labels' | 'unknown' | 'closed'> {
  const series = alert.promql === undefined ? undefined : outputLabels(alert.promql);
  const labels: Record<string, string> = {};
  const unknown = new Set<string>();
  for (const [name, value] of Object.entries(series?.known ?? {})) {
    if (value === undefined) unknown.add(name);
    // An empty value is a label the results do not have.
    else if (value !== '') labels[name] = value;
  }
  for (const [name, value] of Object.entries({ ...alert.labels, alertname: alert.name })) {
    unknown.delete(name);
    if (value.includes('{{')) unknown.add(name);
    else if (value === '') delete labels[name];
    else labels[name] = value;
  }
  for (const name of unknown) delete labels[name];
  return { labels, closed: series !== undefined && !series.open, ...(unknown.size > 0 && { unknown: [...unknown] }) };
}

/** The Alertmanager config the repository's alerts are routed by: the named one, or the only one. */
function pickConfig(context: ProjectContext<AlertRoutingOptions, Collected>): { tree: RouteNode; integrations: [string, number][]; file: string } | undefined {
  const configs = context.collected.flatMap(({ file, data }) => (data.configs ?? []).map((c) => ({ ...c, file })));
  const named = context.options.alertmanager;
  if (named !== undefined) return configs.find((c) => c.file === named.replace(/^\.\//, ''));
  return configs.length === 1 ? configs[0] : undefined;
}

/**
 * The routes an alert can end at, as Route.Match walks the tree, or undefined when that depends
 * on a label the alert does not set itself (it may come from its series or external labels).
 */
function possibleRoutes(route: RouteNode, alert: RoutedAlert): RouteNode[] | undefined {
  const matched = routeMatches(route.matchers, alert);
  if (matched === 'unknown') return undefined;
  if (!matched) return [];
  const all: RouteNode[] = [];
  for (const child of route.routes) {
    const reached = possibleRoutes(child, alert);
    if (reached === undefined) return undefined;
    all.push(...reached);
    if (reached.length > 0 && !child.continue) break;
  }
  return all.length > 0 ? all : [route];
}

/** Whether a route's matchers all match: `unknown` when one tests a label whose value is not known. */
function routeMatches(matchers: readonly Matcher[], alert: RoutedAlert): boolean | 'unknown' {
  let unknown = false;
  for (const matcher of matchers) {
    const known = matcher.name in alert.labels || (alert.closed && !alert.unknown?.includes(matcher.name));
    if (!known) {
      unknown = true;
      continue;
    }
    // A label the alert cannot have is matched as empty, as Alertmanager does.
    if (!matcherMatches(matcher, alert.labels)) return false;
  }
  return unknown ? 'unknown' : true;
}
