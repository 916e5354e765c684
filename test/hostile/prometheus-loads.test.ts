import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_PROMTOOL, skipNote } from '../corpus-helpers.js';
import { lintOne, scratchRepo } from './helpers.js';

/**
 * Class 8: big but valid files that Prometheus loads must not be refused, and what Prometheus
 * refuses must be, for the same reason. promtool, when installed, is asked too.
 */

const record = (expr: string) => `groups:\n- name: g\n  rules:\n  - record: r\n    expr: ${JSON.stringify(expr)}\n`;
const terms = (count: number, operator: string) => Array.from({ length: count }, () => 'up').join(` ${operator} `);
const nested = (depth: number) => `${'('.repeat(depth)}up${')'.repeat(depth)}`;

function aliases(uses: number): string {
  const first = '  - alert: A0\n    expr: up\n    labels: &common {team: t, severity: info}\n    annotations: &notes {runbook_url: "https://runbooks.example/a"}\n';
  const rest = Array.from({ length: uses }, (_, i) => `  - alert: A${i + 1}\n    expr: up\n    labels: *common\n    annotations: *notes\n`);
  return `groups:\n- name: g\n  rules:\n${first}${rest.join('')}`;
}

const LOADED: Record<string, string> = {
  'plus-552.yml': record(terms(552, '+')),
  'plus-5000.yml': record(terms(5_000, '+')),
  'or-600.yml': record(terms(600, 'or')),
  'or-10000.yml': record(terms(10_000, 'or')),
  'unless-on-600.yml': record(Array.from({ length: 600 }, (_, i) => `up{i="${i}"}`).join(' unless on(i) ')),
  'parens-2799.yml': record(nested(2_799)),
  'parens-2800.yml': record(nested(2_800)),
  'parens-10000.yml': record(nested(10_000)),
  'parens-49999.yml': record(nested(49_999)),
  'aliases-100.yml': aliases(100),
  'aliases-1000.yml': aliases(1_000),
  // In a raw string PromQL reads no escapes.
  'surrogate-raw-string.yml': record('up{a=`\\uD800`}'),
};

/** What Prometheus refuses: a surrogate half is not a code point, escaped in a quoted PromQL string. */
const REFUSED: Record<string, { text: string; line: number; column: number; message: string }> = {
  'surrogate-double.yml': { text: record('up{a="\\uD800"}'), line: 5, column: 19, message: 'Invalid PromQL: `\\uD800` is not a valid Unicode code point.' },
  'surrogate-single.yml': {
    text: "groups:\n- name: g\n  rules:\n  - record: r\n    expr: 'up{a=\"\\ud83d\\ude00\"}'\n",
    line: 5,
    column: 18,
    message: 'Invalid PromQL: `\\ud83d` is not a valid Unicode code point.',
  },
  'surrogate-late.yml': { text: record('up{a="x"} + on() vector(1) and up{b="\\uDFFF"}'), line: 5, column: 52, message: 'Invalid PromQL: `\\uDFFF` is not a valid Unicode code point.' },
};

describe('files Prometheus loads', () => {
  it.each(Object.keys(LOADED))('%s has no finding', async (file) => {
    expect(await lintOne(LOADED[file], file)).toEqual([]);
  });
});

describe('what Prometheus refuses', () => {
  it.each(Object.keys(REFUSED))('%s is refused at the escape', async (file) => {
    const { text, line, column, message } = REFUSED[file];
    const findings = await lintOne(text, file);
    expect(findings.map((f) => [f.rule, f.start, f.message])).toEqual([['promql-syntax', { line, column }, message]]);
  });
});

describe.skipIf(!HAS_PROMTOOL)('promtool check rules agrees', () => {
  const root = scratchRepo({ ...LOADED, ...Object.fromEntries(Object.entries(REFUSED).map(([file, c]) => [file, c.text])) });
  const check = (file: string) => spawnSync('promtool', ['check', 'rules', path.join(root, file)], { encoding: 'utf8' });

  it.each(Object.keys(LOADED))('loads %s', (file) => {
    const ran = check(file);
    expect(ran.stdout + ran.stderr).toContain('SUCCESS');
    expect(ran.status).toBe(0);
  });

  it.each(Object.keys(REFUSED))('refuses %s', (file) => {
    const ran = check(file);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('escape sequence is an invalid Unicode code point');
  });
});

if (!HAS_PROMTOOL) skipNote('the promtool comparison of big valid files', 'promtool is not installed (scripts/install-reference-tools.sh installs it)');
