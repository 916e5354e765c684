import type { Path } from '../core/locate.js';
import { checkLabelNames, checkMatchersList, checkMatchMap } from './check-matching.js';
import { isMapping, list, modelDurationMs, present, text, truthy } from './go-values.js';
import type { Issues } from './types.js';

/** What Alertmanager refuses in the routing tree, given the receiver and time interval names that exist. */
export function checkRoutingTree(route: unknown, receivers: ReadonlySet<string>, timeIntervals: ReadonlySet<string>, issues: Issues): void {
  if (!isMapping(route)) {
    issues.error('no-route', route === undefined ? [] : ['route'], 'The config has no `route`.', 'Add a root `route` with a `receiver`: every alert enters the routing tree there.', { target: 'key' });
    return;
  }
  const at: Path = ['route'];
  if (text(route.receiver) === '') {
    issues.error('root-route-receiver', at, 'The root route has no `receiver`.', 'Name the receiver that gets every alert no child route takes.', { target: 'key' });
  }
  for (const key of ['match', 'match_re', 'matchers']) {
    const value = route[key];
    const count = Array.isArray(value) ? value.length : isMapping(value) ? Object.keys(value).length : 0;
    if (count > 0) issues.error('root-route-matchers', [...at, key], `The root route cannot have \`${key}\`.`, 'The root route takes every alert; move the condition to a child route.', { target: 'key' });
  }
  for (const key of ['mute_time_intervals', 'active_time_intervals']) {
    if (list(route[key]).length > 0) issues.error('root-route-time-intervals', [...at, key], `The root route cannot have \`${key}\`.`, 'Set time intervals on child routes.', { target: 'key' });
  }
  if (truthy(route.continue)) issues.error('root-route-continue', [...at, 'continue'], 'The root route cannot have `continue`.', 'Remove `continue` from the root route.', { target: 'key' });
  checkRoute(route, at, receivers, timeIntervals, issues);
}

function checkRoute(route: Record<string, unknown>, at: Path, receivers: ReadonlySet<string>, timeIntervals: ReadonlySet<string>, issues: Issues): void {
  const receiver = text(route.receiver);
  if (receiver !== '' && !receivers.has(receiver)) {
    issues.error('unknown-receiver', [...at, 'receiver'], `No receiver is named \`${receiver}\`.`, `Define \`${receiver}\` under \`receivers\`, or route to a receiver that exists.`);
  }
  for (const key of ['mute_time_intervals', 'active_time_intervals']) {
    list(route[key]).forEach((name, i) => {
      if (!timeIntervals.has(text(name))) {
        issues.error('unknown-time-interval', [...at, key, i], `No time interval is named \`${text(name)}\`.`, 'Define it under `time_intervals`, or use one that exists.');
      }
    });
  }
  checkGroupBy(route.group_by, [...at, 'group_by'], issues);
  for (const key of ['group_interval', 'repeat_interval']) {
    if (modelDurationMs(route[key]) === 0) issues.error('zero-interval', [...at, key], `\`${key}\` cannot be zero.`, 'Set a positive duration, such as `5m`.');
  }
  checkMatchMap(route, 'match', false, at, issues);
  checkMatchMap(route, 'match_re', true, at, issues);
  checkMatchersList(route.matchers, [...at, 'matchers'], issues);
  if (isMapping(route.labels)) {
    for (const name of Object.keys(route.labels)) {
      if (name === '') issues.error('label-name', [...at, 'labels', name], 'A route label has an empty name.', 'Name the label.', { target: 'key' });
    }
  }
  list(route.routes).forEach((child, i) => {
    const path = [...at, 'routes', i];
    if (isMapping(child)) checkRoute(child, path, receivers, timeIntervals, issues);
    else if (!present(child)) issues.error('empty-route', path, 'This child route is empty.', 'Remove the empty `-` entry: Alertmanager cannot load a route that is null.');
  });
}

function checkGroupBy(value: unknown, path: Path, issues: Issues): void {
  const names = checkLabelNames(value, path, issues, 'group_by');
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name === '...' || name === '') return;
    if (seen.has(name)) issues.error('group-by-duplicate', [...path, i], `\`${name}\` is listed twice in \`group_by\`.`, 'Remove the repeated label.');
    seen.add(name);
  });
  if (names.includes('...') && seen.size > 0) {
    issues.error('group-by-all', [...path, names.indexOf('...')], '`...` cannot be combined with other labels in `group_by`.', '`...` already groups by every label: use it alone, or list the labels.');
  }
}
