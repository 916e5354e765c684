import { buildRouteTree, receiverIntegrations, type RouteNode } from '../alertmanager/route.js';
import { matcherMatches, type Matcher } from '../alertmanager/matchers.js';
import { loadRegexEngine } from '../promql/regex.js';
import { alertSubject } from './alerts.js';
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

/** What one file gives the project stage: its alerts (compactly) and its Alertmanager configs. */
interface Collected {
  alerts?: RoutedAlert[];
  configs?: { tree: RouteNode; integrations: [string, number][] }[];
}

interface RoutedAlert {
  name: string;
  group?: string;
  /** Static labels, `alertname` included, as Alertmanager will see them. */
  labels: Record<string, string>;
  range: Range;
}

/** Kinds whose alerts Prometheus (or a Prometheus-compatible ruler) sends to Alertmanager. */
const ROUTED_KINDS = new Set(['prometheus-rules', 'prometheus-rule-crd', 'ruler-namespace', 'loki-rules', 'loki-alertingrule']);

/**
 * An owner label is worth nothing if Alertmanager sends the page to the catch-all receiver.
 * Every alert's static labels go through the routing tree as Alertmanager routes them; an
 * alert is reported when it can only reach the root route, a receiver that notifies nobody, or
 * (with `owners`) receivers that are not its team's. Labels an alert gets from its query's
 * series, or from external labels, are not known here: a route that tests one may match, so
 * nothing is reported that depends on them.
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
  prepare(context) {
    // The routing tree's matchers are checked and matched with Go's regex engine.
    if (context.model.documents.some((d) => d.kind === 'alertmanager')) return loadRegexEngine();
  },
  collect(context) {
    const collected: Collected = {};
    for (const alert of context.model.alerts) {
      if (!ROUTED_KINDS.has(alert.kind)) continue;
      // Prometheus adds `alertname`; the rule's labels win over the group's (already merged).
      (collected.alerts ??= []).push({ name: alert.name, group: alert.group, labels: { ...alert.labels, alertname: alert.name }, range: context.rangeOf(alert.site) });
    }
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
      for (const alert of data.alerts ?? []) {
        const reached = possibleRoutes(tree, alert.labels);
        // A route that may match on labels we cannot see: nothing is certain, nothing is reported.
        if (reached === undefined) continue;
        const receivers = [...new Set(reached.map((r) => r.receiver))];
        const at = { file: alertFile, range: alert.range, subject: alertSubject(alert) };
        const names = receivers;
        if (reached.length === 1 && reached[0] === tree) {
          context.report({ ...at, messageId: 'catch-all', data: { alert: alert.name, config: shown, receiver: tree.receiver } });
        } else if (receivers.every((r) => (notifies.get(r) ?? 1) === 0)) {
          context.report({ ...at, messageId: 'black-hole', data: { alert: alert.name, receivers: names, config: shown } });
        } else if (receivers.every((r) => catchAll.has(r))) {
          context.report({ ...at, messageId: 'catch-all-receiver', data: { alert: alert.name, receivers: names, config: shown } });
        } else {
          const owner = context.options['owner-labels'].map((key) => alert.labels[key]?.trim()).find(Boolean);
          const expected = owner === undefined ? undefined : context.options.owners[owner];
          if (expected && !receivers.some((r) => expected.includes(r))) {
            context.report({ ...at, messageId: 'wrong-owner', data: { alert: alert.name, owner: owner!, receivers: names, config: shown, expected } });
          }
        }
      }
    }
  },
});

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
function possibleRoutes(route: RouteNode, labels: Readonly<Record<string, string>>): RouteNode[] | undefined {
  const matched = routeMatches(route.matchers, labels);
  if (matched === 'unknown') return undefined;
  if (!matched) return [];
  const all: RouteNode[] = [];
  for (const child of route.routes) {
    const reached = possibleRoutes(child, labels);
    if (reached === undefined) return undefined;
    all.push(...reached);
    if (reached.length > 0 && !child.continue) break;
  }
  return all.length > 0 ? all : [route];
}

/** Whether a route's matchers all match: `unknown` when one tests a label the alert does not set. */
function routeMatches(matchers: readonly Matcher[], labels: Readonly<Record<string, string>>): boolean | 'unknown' {
  let unknown = false;
  for (const matcher of matchers) {
    const value = labels[matcher.name];
    // A templated value (`{{ $labels.team }}`) is known only when the alert fires.
    if (value === undefined || value.includes('{{')) {
      unknown = true;
      continue;
    }
    if (!matcherMatches(matcher, labels)) return false;
  }
  return unknown ? 'unknown' : true;
}
