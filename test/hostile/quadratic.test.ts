import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { DEFAULTS, LINEAR_BOUND, growth, lintOne } from './helpers.js';

/**
 * Class 2: a file under the size limit made of one wrong item repeated. Schema problems are
 * capped at 100 per document plus one finding that counts the rest, and the time grows with
 * the file, not with its square.
 */

interface Case {
  name: string;
  file: string;
  head: string;
  /** One line, repeated. */
  item: string;
  /** The message of each listed item, and the line of the first. */
  message: string;
  firstLine: number;
}

const CASES: Case[] = [
  { name: 'groups: then `- x`', file: 'rules.yml', head: 'groups:\n', item: '- x\n', message: 'This group must be a mapping (key: value).', firstLine: 2 },
  { name: 'groups: then `- {}`', file: 'rules.yml', head: 'groups:\n', item: '- {}\n', message: '`name` is required in this group.', firstLine: 2 },
  { name: 'groups: then `- []`', file: 'rules.yml', head: 'groups:\n', item: '- []\n', message: 'This group must be a mapping (key: value).', firstLine: 2 },
  { name: 'rules: then `- 1`', file: 'rules.yml', head: 'groups:\n- name: a\n  rules:\n', item: '  - 1\n', message: 'This rule must be a mapping (key: value).', firstLine: 4 },
  {
    name: 'a PrometheusRule whose groups are `- x`',
    file: 'rules.yml',
    head: 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: {name: x}\nspec:\n  groups:\n',
    item: '  - x\n',
    message: 'This group must be a mapping (key: value).',
    firstLine: 6,
  },
  {
    name: 'Alertmanager receivers `- 1`',
    file: 'alertmanager.yml',
    head: 'route: {receiver: a}\nreceivers:\n',
    item: '- 1\n',
    message: 'Item N of `receivers` must be a mapping (key: value) or empty.',
    firstLine: 3,
  },
  {
    name: 'Alertmanager routes `- x`',
    file: 'alertmanager.yml',
    head: 'route:\n  receiver: a\n  routes:\n',
    item: '  - x\n',
    message: 'Item N of `routes` must be a mapping (key: value) or empty.',
    firstLine: 4,
  },
];

const LISTED = 2_000;

describe.each(CASES)('$name', ({ file, head, item, message, firstLine }) => {
  it(`lists 100 of ${LISTED} problems and counts the rest`, async () => {
    const findings = await lintOne(head + item.repeat(LISTED), file);
    const listed = findings.filter((f) => f.message.replace(/\d+/g, 'N') === message);
    expect(listed).toHaveLength(100);
    // At the item's value, after `- `.
    expect(listed[0].start).toEqual({ line: firstLine, column: item.indexOf('-') + 3 });
    expect(listed[99].start.line).toBe(firstLine + 99);
    const counted = findings.filter((f) => /more schema problems/.test(f.message));
    expect(counted.map((f) => [f.start, f.message])).toEqual([
      [{ line: 1, column: 1 }, `${LISTED - 100} more schema problems in this document are not listed; fix the ones above first (they are usually one mistake repeated).`],
    ]);
  });

  it('takes time linear in the number of items', async () => {
    const { ratio } = await growth((n) => lintOne(head + item.repeat(n), file), 25_000);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});

describe('one anchor used by every alert', () => {
  /** `labels: *common` and `annotations: *notes` on n alerts: valid, and each alias resolved once. */
  function aliased(n: number): string {
    const first = '  - alert: A0\n    expr: up\n    labels: &common {team: t, severity: info}\n    annotations: &notes {runbook_url: "https://runbooks.example/a"}\n';
    const rest = Array.from({ length: n }, (_, i) => `  - alert: A${i + 1}\n    expr: up\n    labels: *common\n    annotations: *notes\n`);
    return `groups:\n- name: g\n  rules:\n${first}${rest.join('')}`;
  }

  it('2,000 uses have no finding', async () => {
    expect(await lintOne(aliased(2_000))).toEqual([]);
  });

  // Each alias was resolved by walking the document up to it: 1,000 uses took 12 seconds.
  it('takes time linear in the number of uses', async () => {
    const { ratio } = await growth((n) => lintOne(aliased(n)), 500);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});

describe('a file of blank lines that no kind claims', () => {
  // Each kind's cheap look for its keys must not retry from every line break (`\s*` did: 2 s at 50,000).
  it('is passed over in time linear in its length', async () => {
    // Not named on the command line, so the kinds' look decides whether it is parsed at all.
    const { ratio } = await growth((n) => lintText('notes.yml', `${'\n'.repeat(n)}x`, { root: os.tmpdir(), config: DEFAULTS }), 200_000);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
