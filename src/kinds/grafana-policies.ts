import { formatMatcher, type MatchType } from '../alertmanager/matchers.js';
import { buildRouteTree, type RouteNode } from '../alertmanager/route.js';
import type { Path } from '../core/locate.js';
import { isMapping } from './prometheus-groups.js';

/**
 * Grafana's notification policies are an Alertmanager routing tree (Grafana runs Alertmanager's
 * dispatcher on them): `receiver`, `group_by`, the three timings, `continue`, nested `routes`,
 * with matchers written three ways. They are built into the same `RouteNode` tree as an
 * Alertmanager config (src/alertmanager/route.ts), so routing rules are written once:
 *
 * - `matchers: ['team = payments']`, Alertmanager's matcher syntax (provisioning files);
 * - `object_matchers: [[team, =, payments]]`, Grafana's own triples;
 * - `matchers: [{ name: team, value: payments }]` (the grafana-operator's resources), which the
 *   operator sends to Grafana as name and value only (its `isRegex` and `isEqual` "do nothing"),
 *   so each is an equality;
 * - and the deprecated `match` / `match_re` maps.
 *
 * A node's `path` is where the route is written in the document (`['policies', 0, 'routes', 1]`).
 */

/** One organization's routing tree from a provisioning file: each `policies` entry replaces the whole tree. */
export interface GrafanaRoutingTree {
  orgId: number;
  tree: RouteNode;
}

/** The routing trees of a provisioning file's `policies`, in file order. */
export function provisionedRoutingTrees(value: unknown): GrafanaRoutingTree[] {
  if (!isMapping(value) || !Array.isArray(value.policies)) return [];
  const trees: GrafanaRoutingTree[] = [];
  value.policies.forEach((policy, index) => {
    const tree = routingTree(policy, ['policies', index]);
    if (tree) trees.push({ orgId: orgIdOf(isMapping(policy) ? policy.orgId : undefined), tree });
  });
  return trees;
}

/** The routing tree of a GrafanaNotificationPolicy resource (`spec.route`). */
export function operatorRoutingTree(value: unknown): RouteNode | undefined {
  return isMapping(value) && isMapping(value.spec) ? routingTree(value.spec.route, ['spec', 'route']) : undefined;
}

function routingTree(route: unknown, path: Path): RouteNode | undefined {
  if (!isMapping(route)) return undefined;
  const tree = buildRouteTree({ route: asAlertmanagerRoute(route) });
  return tree && placed(tree, path);
}

/** The route with every matcher written in Alertmanager's `matchers` syntax; child indexes are kept. */
function asAlertmanagerRoute(route: Record<string, unknown>): Record<string, unknown> {
  const matchers: string[] = [];
  for (const entry of Array.isArray(route.matchers) ? route.matchers : []) {
    if (typeof entry === 'string') matchers.push(entry);
    else if (isMapping(entry)) matchers.push(formatMatcher({ name: String(entry.name ?? ''), type: '=', value: String(entry.value ?? '') }));
  }
  for (const triple of Array.isArray(route.object_matchers) ? route.object_matchers : []) {
    if (!Array.isArray(triple) || triple.length !== 3 || !MATCH_TYPES.has(triple[1])) continue;
    matchers.push(formatMatcher({ name: String(triple[0]), type: triple[1] as MatchType, value: String(triple[2]) }));
  }
  const routes = Array.isArray(route.routes) ? route.routes.map((child) => (isMapping(child) ? asAlertmanagerRoute(child) : child)) : undefined;
  return { ...route, matchers, routes };
}

const MATCH_TYPES: ReadonlySet<unknown> = new Set(['=', '!=', '=~', '!~']);

/** The tree with paths from the document root (the builder numbers them from a top-level `route`). */
function placed(node: RouteNode, base: Path): RouteNode {
  return { ...node, path: [...base, ...node.path.slice(1)], routes: node.routes.map((child) => placed(child, base)) };
}

/** Grafana's organization id: 1 when missing or below 1. */
function orgIdOf(value: unknown): number {
  const id = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isInteger(id) && id >= 1 ? id : 1;
}
