import { describe, expect, it } from 'vitest';
import { runbookIn } from '../../src/kinds/datadog-monitor.js';
import { ruleTester } from '../rule-tester.js';
import { detectedKinds, extracted } from './helpers.js';

/** A monitor as the API exports it; `tags`, `message` and `options` may be replaced. */
const monitor = ({
  tags = '["team:payments", "env:prod", "critical"]',
  message = '"Errors are high. Runbook: https://runbooks.acme.dev/errors @pagerduty-payments"',
  options = '{ "thresholds": { "critical": 50, "warning": 20 }, "notify_no_data": false }',
  priority = '2',
} = {}) => `{
  "name": "High error rate",
  "type": "query alert",
  "query": "sum(last_5m):sum:trace.http.request.errors{env:prod}.as_count() > 50",
  "message": ${message},
  "tags": ${tags},
  "priority": ${priority},
  "options": ${options}
}
`;

const FILE = 'monitor.json';

describe('datadog-monitors: detection', () => {
  it.each([
    ['one monitor', monitor(), 'datadog-monitors'],
    ['a list of monitors', `[${monitor()}, ${monitor()}]`, 'datadog-monitors'],
    ["an integration's monitor asset", `{ "version": 2, "title": "High errors", "definition": ${monitor()} }`, 'datadog-monitors'],
    ['a monitor without a name, with a message', '{ "type": "metric alert", "query": "avg(last_5m):avg:system.load.1{*} > 2", "message": "load" }', 'datadog-monitors'],
    ['a package.json', '{ "name": "web", "type": "module", "scripts": { "test": "vitest" } }', null],
    ['a Grafana dashboard', '{ "title": "API", "panels": [{ "type": "timeseries", "targets": [{ "expr": "up" }] }] }', null],
    ['a Datadog SLO (its query is a mapping)', '{ "name": "API", "type": "metric", "query": { "numerator": "a", "denominator": "b" } }', null],
    ['a Datadog dashboard', '{ "title": "API", "widgets": [{ "definition": { "type": "timeseries", "requests": [] } }] }', null],
    ['a list that is not of monitors', '[{ "type": "query alert" }, 1]', null],
  ])('%s', async (_name, text, kind) => {
    expect(await detectedKinds(text)).toEqual([kind]);
  });
});

ruleTester('schema', {
  valid: [
    { name: 'a monitor as exported, with read-only fields', file: FILE, code: monitor().replace('{\n', '{\n  "id": 123, "created": "2024-01-01T00:00:00Z", "overall_state": "OK", "restricted_roles": null,\n') },
    { name: 'numbers written as text, as in integration assets', file: FILE, code: monitor({ options: '{ "renotify_interval": "0", "thresholds": { "critical": "50" } }', priority: '"2"' }) },
    { name: 'no priority and no options', file: FILE, code: monitor({ options: 'null', priority: 'null' }) },
    { name: 'a composite monitor', file: FILE, code: '{ "name": "Both", "type": "composite", "query": "123 && 456", "message": "both" }' },
  ],
  invalid: [
    {
      name: 'a type the API does not have',
      file: FILE,
      code: monitor().replace('"query alert"', '"query-alert"'),
      errors: [{ line: 3, column: 11, message: /^`type` must be one of `composite`, `event alert`, `log alert`, `metric alert`/ }],
    },
    {
      name: 'a priority out of range',
      file: FILE,
      code: monitor({ priority: '6' }),
      errors: [{ line: 7, column: 15, message: '`priority` must be a whole number from 1 (high) to 5 (low).' }],
    },
    {
      name: 'a tag that is not text',
      file: FILE,
      code: monitor({ tags: '["team:payments", 5]' }),
      errors: [{ line: 6, column: 29, message: 'Item 2 of `tags` must be a tag such as `team:payments`.' }],
    },
    {
      name: 'an interval that is not a number',
      file: FILE,
      code: monitor({ options: '{ "renotify_interval": "soon" }' }),
      errors: [{ line: 8, column: 37, message: '`renotify_interval` must be a whole number.' }],
    },
    {
      name: 'a monitor of a list without its query',
      file: FILE,
      code: `[${monitor()}, { "name": "x", "type": "query alert", "message": "m" }]`,
      errors: [{ line: 10, column: 3, message: '`query` is required.' }],
    },
    {
      name: 'a critical threshold other than the query’s',
      file: FILE,
      code: monitor({ options: '{ "thresholds": { "critical": 40 } }' }),
      errors: [{ line: 8, column: 44, message: 'Critical threshold `40` differs from the one in the query (`50`); Datadog refuses the monitor.' }],
    },
  ],
});

describe('datadog-monitors: extraction', () => {
  it('takes tags as labels (each at its tag), the message and its runbook as annotations, the priority as severity', async () => {
    const model = await extracted(monitor());
    expect(model.alerts).toEqual([
      {
        kind: 'datadog-monitors',
        name: 'High error rate',
        site: { doc: 0, path: [] },
        labels: { team: 'payments', env: 'prod', critical: '' },
        labelsSite: { doc: 0, path: ['tags'] },
        labelSites: { team: { doc: 0, path: ['tags', 0] }, env: { doc: 0, path: ['tags', 1] }, critical: { doc: 0, path: ['tags', 2] } },
        annotations: {
          message: 'Errors are high. Runbook: https://runbooks.acme.dev/errors @pagerduty-payments',
          runbook_url: 'https://runbooks.acme.dev/errors',
        },
        annotationsSite: { doc: 0, path: [] },
        annotationSites: { message: { doc: 0, path: ['message'] }, runbook_url: { doc: 0, path: ['message'] } },
        severity: { value: 'P2', site: { doc: 0, path: ['priority'] } },
      },
    ]);
    // Datadog's query language is not PromQL.
    expect(model.queries).toEqual([]);
  });

  it('keeps the first value of a tag key, unless only a later one has a value', async () => {
    const model = await extracted(monitor({ tags: '["team", "team:payments", "team:search", "service:api:v2"]' }));
    expect(model.alerts[0].labels).toEqual({ team: 'payments', service: 'api:v2' });
    expect(model.alerts[0].labelSites?.team).toEqual({ doc: 0, path: ['tags', 1] });
  });

  it('names an asset’s monitor, and a monitor of a list, where they are', async () => {
    const asset = await extracted(`{ "title": "Errors", "definition": ${monitor().replace('"name": "High error rate",', '')} }`);
    expect(asset.alerts.map((a) => [a.name, a.site.path, a.labelsSite.path])).toEqual([['Errors', ['definition'], ['definition', 'tags']]]);
    const list = await extracted(`[${monitor()}, ${monitor({ priority: '"4"' })}]`);
    expect(list.alerts.map((a) => [a.site.path, a.severity?.value])).toEqual([
      [[0], 'P2'],
      [[1], 'P4'],
    ]);
  });
});

describe('datadog-monitors: a runbook in the message', () => {
  it.each([
    ['a Markdown link', 'Check [the runbook](https://wiki.acme.dev/rb/errors) first', 'https://wiki.acme.dev/rb/errors'],
    ['a labelled URL', 'Errors high.\nRunbook: <https://wiki.acme.dev/rb>', 'https://wiki.acme.dev/rb'],
    ['runbook_url=', 'runbook_url=https://wiki.acme.dev/rb @slack-ops', 'https://wiki.acme.dev/rb'],
    ['a URL without the word', 'See https://wiki.acme.dev/rb', undefined],
    ['the word on another line than the URL', 'No runbook yet\nhttps://wiki.acme.dev/rb', undefined],
  ])('%s', (_name, message, url) => {
    expect(runbookIn(message)).toBe(url);
  });
});

ruleTester('alert-owner', {
  valid: [{ name: 'a team tag', file: FILE, code: monitor() }],
  invalid: [
    {
      name: 'no team tag: at `tags`',
      file: FILE,
      code: monitor({ tags: '["env:prod"]' }),
      errors: [{ line: 6, column: 3, message: 'Monitor `High error rate` has no owner: add a tag naming its team (`owner` or `team`).' }],
    },
    {
      name: 'an empty team tag: at the tag',
      file: FILE,
      code: monitor({ tags: '["env:prod", "team:"]' }),
      errors: [{ line: 6, column: 24, message: 'Monitor `High error rate` has an empty `team` tag, so it names no owner.' }],
    },
  ],
});

ruleTester('alert-runbook', {
  valid: [{ name: 'a runbook link in the message', file: FILE, code: monitor() }],
  invalid: [
    {
      name: 'no runbook in the message: at the monitor',
      file: FILE,
      code: monitor({ message: '"Errors are high @pagerduty-payments"' }),
      errors: [{ line: 1, column: 1, message: 'Monitor `High error rate` has no runbook: link one in its message.' }],
    },
    {
      name: 'a runbook on an example domain: at the message',
      file: FILE,
      code: monitor({ message: '"Runbook: https://example.com/rb"' }),
      errors: [{ line: 5, column: 14, message: 'Monitor `High error rate`: the runbook `https://example.com/rb` points at an example domain, a placeholder.' }],
    },
  ],
});
