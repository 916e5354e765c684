import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPromql } from '../../src/promql/check.js';
import { HAS_PROMTOOL, skipNote } from '../corpus-helpers.js';
import { ACCEPTED, NAMES, REFUSED } from './cases.js';

/**
 * The installed promtool (Prometheus 2.42) checks every expression of the case table. It is
 * older than the Prometheus 3.x whose behaviour obslint follows, so where they part the
 * expression is listed here with the reason; everything else must agree.
 */
const PROMETHEUS_3: Record<string, string> = {
  '1_000_000': 'underscores between digits are read since Prometheus 3.x',
  'sum by ("foo bar")({"some.metric"})': 'quoted UTF-8 metric and label names are Prometheus 3.0',
  '{"foo", a="bc"}': 'quoted UTF-8 metric and label names are Prometheus 3.0',
  '{"my.metric"}': 'quoted UTF-8 metric names are Prometheus 3.0 (refused here with `names: legacy`)',
  'foo{"my.label"="x"}': 'quoted UTF-8 label names are Prometheus 3.0 (refused here with `names: legacy`)',
  'sum by ("a.b") (x)': 'quoted UTF-8 label names are Prometheus 3.0 (refused here with `names: legacy`)',
  'sum by (a:b) (x)': 'any UTF-8 label name in `by` is Prometheus 3.0 (refused here with `names: legacy`)',
  'foo[11s+10s-5*2^2]': 'duration arithmetic is on by default since Prometheus 3.x',
  'rate(foo[2m+2m])': 'duration arithmetic is on by default since Prometheus 3.x',
  'foo offset step()': '`step()` as a duration is on by default since Prometheus 3.x',
  'foo > 5m': 'a duration stands for its seconds as a number since Prometheus 3.x',
  'holt_winters(x[5m], 0.5, 0.5)': 'renamed `double_exponential_smoothing` (and experimental) in Prometheus 3.0',
  'foo[5s x 5s]': "Prometheus 2.42's lexer read any letter inside `[...]` as `:`, taking this for `[5s:5s]`",
  'foo{a=~"\\xff"}': 'Prometheus 3.x matches a regular expression of plain words as strings, without compiling it (2.42 compiled it, and Go refuses the byte 0xff)',
};

const CASES = [...ACCEPTED, ...REFUSED, ...NAMES];

/** Rule indexes (0-based) that promtool refuses, from one run over a file with one rule per case. */
function refusedByPromtool(file: string): Set<number> {
  const yamlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const rules = CASES.map((c, i) => `      - record: r${i + 1}\n        expr: ${yamlString(c.expr)}\n`).join('');
  writeFileSync(file, `groups:\n  - name: cases\n    rules:\n${rules}`);
  const run = spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8' });
  const refused = new Set<number>();
  for (const match of `${run.stdout}${run.stderr}`.matchAll(/rule (\d+), "r\d+": could not parse expression/g)) refused.add(Number(match[1]) - 1);
  return refused;
}

describe.skipIf(!HAS_PROMTOOL)('agreement with promtool check rules (Prometheus 2.42)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'obslint-promql-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on every expression of the case table', () => {
    const refused = refusedByPromtool(path.join(dir, 'cases.yml'));
    const disagreements = new Set<string>();
    let agreements = 0;
    CASES.forEach((c, i) => {
      const ours = checkPromql(c.expr, { names: c.names ?? 'utf8' }).length > 0;
      if (ours === refused.has(i)) agreements++;
      else disagreements.add(c.expr);
    });
    console.info(`promtool 2.42: ${CASES.length} expressions, ${agreements} agree, ${CASES.length - agreements} differ as listed`);
    // A legacy-names case agrees (both refuse); its UTF-8 twin is a listed difference.
    expect([...disagreements].sort()).toEqual(Object.keys(PROMETHEUS_3).sort());
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });
});

if (!HAS_PROMTOOL) skipNote('PromQL reference tests', 'promtool is not installed (scripts/install-reference-tools.sh installs it)');
