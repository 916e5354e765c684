import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildRouteTree, matchRoutes, receiverIntegrations, type RouteNode } from '../../src/alertmanager/route.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

/** What a test compares of a reached route: where it is, who it pages and how it groups. */
function summary(node: RouteNode): Record<string, unknown> {
  const { path, receiver, groupBy, groupByAll, groupWaitMs, groupIntervalMs, repeatIntervalMs } = node;
  return { path: path.join('.'), receiver, groupBy: [...groupBy].sort(), groupByAll, groupWaitMs, groupIntervalMs, repeatIntervalMs };
}

function tree(yaml: string): RouteNode {
  const built = buildRouteTree({ route: parse(yaml) });
  if (!built) throw new Error('no route');
  return built;
}

const DEFAULT_TIMERS = { groupWaitMs: 30 * S, groupIntervalMs: 5 * M, repeatIntervalMs: 4 * H };

// dispatch/route_test.go, TestRouteMatch and TestRouteMatchers: the same tree written with the
// deprecated `match`/`match_re` and with `matchers`.
const WITH_MATCH = `
receiver: 'notify-def'
routes:
- match:
    owner: 'team-A'
  receiver: 'notify-A'
  routes:
  - match:
      env: 'testing'
    receiver: 'notify-testing'
    group_by: [...]
  - match:
      env: "production"
    receiver: 'notify-productionA'
    group_wait: 1m
    continue: true
  - match_re:
      env: "produ.*"
      job: ".*"
    receiver: 'notify-productionB'
    group_wait: 30s
    group_interval: 5m
    repeat_interval: 1h
    group_by: ['job']
- match_re:
    owner: 'team-(B|C)'
  group_by: ['foo', 'bar']
  group_wait: 2m
  receiver: 'notify-BC'
- match:
    group_by: 'role'
  group_by: ['role']
  routes:
  - match:
      env: 'testing'
    receiver: 'notify-testing'
    routes:
    - match:
        wait: 'long'
      group_wait: 2m
`;

const WITH_MATCHERS = `
receiver: 'notify-def'
routes:
- matchers: ['{owner="team-A"}', '{level!="critical"}']
  receiver: 'notify-A'
  routes:
  - matchers: ['{env="testing"}', '{baz!~".*quux"}']
    receiver: 'notify-testing'
    group_by: [...]
  - matchers: ['{env="production"}']
    receiver: 'notify-productionA'
    group_wait: 1m
    continue: true
  - matchers: [ env=~"produ.*", job=~".*"]
    receiver: 'notify-productionB'
    group_wait: 30s
    group_interval: 5m
    repeat_interval: 1h
    group_by: ['job']
- matchers: [owner=~"team-(B|C)"]
  group_by: ['foo', 'bar']
  group_wait: 2m
  receiver: 'notify-BC'
- matchers: [group_by="role"]
  group_by: ['role']
  routes:
  - matchers: ['{env="testing"}']
    receiver: 'notify-testing'
    routes:
    - matchers: [wait="long"]
      group_wait: 2m
`;

const CASES: { labels: Record<string, string>; reached: Record<string, unknown>[] }[] = [
  {
    labels: { owner: 'team-A' },
    reached: [{ path: 'route.routes.0', receiver: 'notify-A', groupBy: [], groupByAll: false, ...DEFAULT_TIMERS }],
  },
  {
    labels: { owner: 'team-A', env: 'unset' },
    reached: [{ path: 'route.routes.0', receiver: 'notify-A', groupBy: [], groupByAll: false, ...DEFAULT_TIMERS }],
  },
  {
    labels: { owner: 'team-C' },
    reached: [{ path: 'route.routes.1', receiver: 'notify-BC', groupBy: ['bar', 'foo'], groupByAll: false, ...DEFAULT_TIMERS, groupWaitMs: 2 * M }],
  },
  {
    labels: { owner: 'team-A', env: 'testing' },
    reached: [{ path: 'route.routes.0.routes.0', receiver: 'notify-testing', groupBy: [], groupByAll: true, ...DEFAULT_TIMERS }],
  },
  {
    labels: { owner: 'team-A', env: 'production' },
    reached: [
      { path: 'route.routes.0.routes.1', receiver: 'notify-productionA', groupBy: [], groupByAll: false, ...DEFAULT_TIMERS, groupWaitMs: 1 * M },
      { path: 'route.routes.0.routes.2', receiver: 'notify-productionB', groupBy: ['job'], groupByAll: false, groupWaitMs: 30 * S, groupIntervalMs: 5 * M, repeatIntervalMs: 1 * H },
    ],
  },
  {
    labels: { group_by: 'role' },
    reached: [{ path: 'route.routes.2', receiver: 'notify-def', groupBy: ['role'], groupByAll: false, ...DEFAULT_TIMERS }],
  },
  {
    labels: { env: 'testing', group_by: 'role' },
    reached: [{ path: 'route.routes.2.routes.0', receiver: 'notify-testing', groupBy: ['role'], groupByAll: false, ...DEFAULT_TIMERS }],
  },
  {
    labels: { env: 'testing', group_by: 'role', wait: 'long' },
    reached: [{ path: 'route.routes.2.routes.0.routes.0', receiver: 'notify-testing', groupBy: ['role'], groupByAll: false, ...DEFAULT_TIMERS, groupWaitMs: 2 * M }],
  },
];

describe('matchRoutes, on the routing tests of dispatch/route_test.go', () => {
  for (const [name, yaml] of [['match and match_re', WITH_MATCH], ['matchers', WITH_MATCHERS]]) {
    const routes = tree(yaml);
    for (const { labels, reached } of CASES) {
      it(`${name}: ${JSON.stringify(labels)}`, () => {
        expect(matchRoutes(routes, labels).map(summary)).toEqual(reached);
      });
    }
  }

  it('a `level!="critical"` matcher on the way down stops a critical alert', () => {
    expect(matchRoutes(tree(WITH_MATCHERS), { owner: 'team-A', level: 'critical' }).map((n) => n.receiver)).toEqual(['notify-def']);
  });

  it('a child inherits group_by: [...] from its parent unless it lists labels (TestInheritParentGroupByAll)', () => {
    const routes = tree(`
routes:
- match:
    env: 'parent'
  group_by: ['...']
  routes:
  - match:
      env: 'child1'
  - match:
      env: 'child2'
    group_by: ['foo']
`);
    const parent = routes.routes[0];
    expect([parent.groupByAll, parent.routes[0].groupByAll, parent.routes[1].groupByAll]).toEqual([true, true, false]);
    expect(parent.routes[1].groupBy).toEqual(['foo']);
  });
});

describe('matchRoutes, on the routing example of docs/configuration.md', () => {
  const routes = tree(`
receiver: 'default-receiver'
group_wait: 30s
group_interval: 5m
repeat_interval: 4h
group_by: [cluster, alertname]
routes:
- receiver: 'database-pager'
  group_wait: 10s
  matchers:
  - service=~"mysql|cassandra"
- receiver: 'frontend-pager'
  group_by: [product, environment]
  matchers:
  - team="frontend"
- receiver: 'dev-pager'
  matchers:
    - service="inhouse-service"
  mute_time_intervals:
    - offhours
    - holidays
  continue: true
- receiver: 'on-call-pager'
  matchers:
    - service="inhouse-service"
  active_time_intervals:
    - offhours
    - holidays
`);
  const reached = (labels: Record<string, string>): string[] => matchRoutes(routes, labels).map((n) => n.receiver);

  it.each([
    [{ service: 'mysql' }, ['database-pager']],
    [{ service: 'cassandra', team: 'frontend' }, ['database-pager']],
    [{ service: 'mysql-replica' }, ['default-receiver']],
    [{ team: 'frontend' }, ['frontend-pager']],
    [{ service: 'inhouse-service' }, ['dev-pager', 'on-call-pager']],
    [{ alertname: 'DiskFull' }, ['default-receiver']],
  ])('%j reaches %j', (labels, receivers) => {
    expect(reached(labels)).toEqual(receivers);
  });

  it('children inherit the root timers and grouping unless they set their own', () => {
    const [database] = matchRoutes(routes, { service: 'mysql' });
    expect(summary(database)).toEqual({ path: 'route.routes.0', receiver: 'database-pager', groupBy: ['alertname', 'cluster'], groupByAll: false, groupWaitMs: 10 * S, groupIntervalMs: 5 * M, repeatIntervalMs: 4 * H });
    expect(matchRoutes(routes, { team: 'frontend' })[0].groupBy).toEqual(['product', 'environment']);
  });

  it('time intervals belong to the route that names them', () => {
    const [dev, onCall] = matchRoutes(routes, { service: 'inhouse-service' });
    expect([dev.muteTimeIntervals, dev.activeTimeIntervals, onCall.muteTimeIntervals, onCall.activeTimeIntervals]).toEqual([['offhours', 'holidays'], [], [], ['offhours', 'holidays']]);
  });
});

describe('route options', () => {
  it('merges route labels over the parent and a child receiver overrides', () => {
    const routes = tree(`
receiver: root
labels: { team: platform, tier: '1' }
routes:
- matchers: [app="api"]
  labels: { tier: '2' }
  routes:
  - matchers: [env="prod"]
    receiver: api-prod
`);
    const [node] = matchRoutes(routes, { app: 'api', env: 'prod' });
    expect([node.receiver, node.labels]).toEqual(['api-prod', { team: 'platform', tier: '2' }]);
    expect(matchRoutes(routes, { app: 'api' })[0].receiver).toEqual('root');
  });

  it('a missing label matches an empty value and fails a non-empty one', () => {
    const routes = tree(`
receiver: root
routes:
- matchers: ['env=""']
  receiver: no-env
- matchers: ['env!~"prod|staging"']
  receiver: other-env
`);
    expect(matchRoutes(routes, {}).map((n) => n.receiver)).toEqual(['no-env']);
    expect(matchRoutes(routes, { env: 'dev' }).map((n) => n.receiver)).toEqual(['other-env']);
    expect(matchRoutes(routes, { env: 'prod' }).map((n) => n.receiver)).toEqual(['root']);
  });

  it('a regex is anchored: `team-(B|C)` does not match `my-team-B`', () => {
    const routes = tree(`receiver: root\nroutes:\n- match_re: { owner: 'team-(B|C)' }\n  receiver: bc\n`);
    expect(matchRoutes(routes, { owner: 'my-team-B' }).map((n) => n.receiver)).toEqual(['root']);
    expect(matchRoutes(routes, { owner: 'team-B' }).map((n) => n.receiver)).toEqual(['bc']);
  });

  it('has no tree without a route', () => {
    expect(buildRouteTree({ receivers: [] })).toBeUndefined();
    expect(buildRouteTree('route: x')).toBeUndefined();
  });
});

describe('receiverIntegrations', () => {
  it('counts the integrations of each receiver; 0 is a black hole', () => {
    const config = parse(`
receivers:
  - name: blackhole
  - name: pager
    pagerduty_configs: [{ routing_key_file: /k }]
    slack_configs: [{ channel: '#a' }, { channel: '#b' }]
  - name: chat
    msteamsv2_configs: [{ webhook_url_file: /u }]
    incidentio_configs: [{ url_file: /u }]
`);
    expect([...receiverIntegrations(config)]).toEqual([['blackhole', 0], ['pager', 3], ['chat', 2]]);
  });
});
