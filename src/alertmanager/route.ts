import type { Path } from '../core/locate.js';
import { INTEGRATION_KEYS } from './check-receivers.js';
import { isMapping, list, modelDurationMs, text, truthy } from './go-values.js';
import { type Matcher, matcherMatches, parseMatchers } from './matchers.js';

/**
 * A node of the routing tree as Alertmanager builds it (dispatch.NewRoute): each node carries
 * the options it ends up with after inheriting from its parent.
 */
export interface RouteNode {
  /** Where the route is written, from the document root (`['route', 'routes', 0]`). */
  path: Path;
  /** The receiver its alerts go to: its own, or the nearest ancestor's. */
  receiver: string;
  /** Labels to group by (inherited unless the route lists its own). */
  groupBy: string[];
  /** `group_by: ['...']`: every label (inherited unless the route lists labels). */
  groupByAll: boolean;
  groupWaitMs: number;
  groupIntervalMs: number;
  repeatIntervalMs: number;
  /** The route's own conditions (`match`, `match_re` and `matchers`); ancestors' are checked on the way down. */
  matchers: Matcher[];
  continue: boolean;
  /** Time intervals are the route's own: Alertmanager does not inherit them. */
  muteTimeIntervals: string[];
  activeTimeIntervals: string[];
  /** Route labels, merged over the parent's. */
  labels: Record<string, string>;
  routes: RouteNode[];
}

const DEFAULTS = { groupWaitMs: 30_000, groupIntervalMs: 300_000, repeatIntervalMs: 14_400_000 };

/** The routing tree of a config (its `route`), or undefined when it has none. */
export function buildRouteTree(config: unknown): RouteNode | undefined {
  if (!isMapping(config) || !isMapping(config.route)) return undefined;
  return buildNode(config.route, ['route'], undefined);
}

function buildNode(route: Record<string, unknown>, path: Path, parent: RouteNode | undefined): RouteNode {
  const groupByText = Array.isArray(route.group_by) ? route.group_by.map(text) : undefined;
  const ownGroupBy = groupByText?.filter((name) => name !== '...');
  // A list with labels (or an empty list) replaces the parent's; `['...']` alone only adds "all".
  const replacesGroupBy = groupByText !== undefined && (ownGroupBy!.length > 0 || groupByText.length === 0);
  const node: RouteNode = {
    path,
    receiver: text(route.receiver) || (parent?.receiver ?? ''),
    groupBy: replacesGroupBy ? ownGroupBy! : (parent?.groupBy ?? []),
    groupByAll: replacesGroupBy ? false : groupByText?.includes('...') || (parent?.groupByAll ?? false),
    groupWaitMs: modelDurationMs(route.group_wait) ?? parent?.groupWaitMs ?? DEFAULTS.groupWaitMs,
    groupIntervalMs: modelDurationMs(route.group_interval) ?? parent?.groupIntervalMs ?? DEFAULTS.groupIntervalMs,
    repeatIntervalMs: modelDurationMs(route.repeat_interval) ?? parent?.repeatIntervalMs ?? DEFAULTS.repeatIntervalMs,
    matchers: routeMatchers(route),
    continue: truthy(route.continue),
    muteTimeIntervals: list(route.mute_time_intervals).map(text),
    activeTimeIntervals: list(route.active_time_intervals).map(text),
    labels: { ...parent?.labels, ...(isMapping(route.labels) ? Object.fromEntries(Object.entries(route.labels).map(([k, v]) => [k, text(v)])) : {}) },
    routes: [],
  };
  list(route.routes).forEach((child, i) => {
    if (isMapping(child)) node.routes.push(buildNode(child, [...path, 'routes', i], node));
  });
  return node;
}

function routeMatchers(route: Record<string, unknown>): Matcher[] {
  const matchers: Matcher[] = [];
  for (const [key, type] of [['match', '='], ['match_re', '=~']] as const) {
    if (isMapping(route[key])) for (const [name, value] of Object.entries(route[key])) matchers.push({ name, type, value: text(value) });
  }
  for (const entry of list(route.matchers)) matchers.push(...parseMatchers(text(entry)).matchers);
  return matchers;
}

/**
 * The routes an alert with these labels ends at, as Route.Match does: depth first; the first
 * child that matches ends the search among its siblings unless it has `continue: true`; a
 * route none of whose children match takes the alert itself.
 */
export function matchRoutes(tree: RouteNode, labels: Readonly<Record<string, string>>): RouteNode[] {
  if (!tree.matchers.every((m) => matcherMatches(m, labels))) return [];
  const all: RouteNode[] = [];
  for (const child of tree.routes) {
    const matches = matchRoutes(child, labels);
    all.push(...matches);
    if (matches.length > 0 && !child.continue) break;
  }
  return all.length > 0 ? all : [tree];
}

/** How many integrations each receiver has: 0 is a receiver that notifies nobody. */
export function receiverIntegrations(config: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  if (!isMapping(config)) return counts;
  for (const receiver of list(config.receivers)) {
    if (!isMapping(receiver)) continue;
    const count = INTEGRATION_KEYS.reduce((sum, key) => sum + list(receiver[key]).length, 0);
    counts.set(text(receiver.name), count);
  }
  return counts;
}
