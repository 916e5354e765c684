import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/engine/run.js';
import { CLI, cleanEnv, runNode } from '../e2e-helpers.js';
import { DEFAULTS, scratchRepo, where } from './helpers.js';

/**
 * Class 3: deep and long input gives the same findings on the main thread and in a worker,
 * whose stack is smaller. The CLI bundle starts its own workers; it is run with one thread and
 * with four on the same folder, and both must agree with the run in this process.
 */

const OWNED = 'labels: {team: t, severity: info}\n    annotations: {runbook_url: "https://runbooks.example/a"';

function alertRule(expr: string, summary?: string): string {
  const extra = summary === undefined ? '' : `, summary: ${JSON.stringify(summary)}`;
  return `groups:\n- name: g\n  rules:\n  - alert: A\n    expr: ${JSON.stringify(expr)}\n    ${OWNED}${extra}}\n`;
}

const terms = (count: number, operator: string) => Array.from({ length: count }, () => 'up').join(` ${operator} `);

/** Files by name; the expected findings of the deep YAML ones are checked below. */
function hostileFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const depth of [1_500, 2_000, 2_500, 3_000]) {
    files[`yaml-flow-${depth}.yml`] = `groups:\n${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    files[`yaml-flow-map-${depth}.yml`] = `groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up\n    labels: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    files[`yaml-block-seq-${depth}.yml`] = `groups:\n${Array.from({ length: depth }, (_, k) => `${' '.repeat(k)}- `).join('\n')}\n`;
    files[`yaml-block-map-${depth}.yml`] = `groups:\n${Array.from({ length: depth }, (_, k) => `${' '.repeat(k + 1)}a:`).join('\n')} 1\n`;
  }
  for (const depth of [1_000, 2_799, 10_000, 40_000]) files[`promql-parens-${depth}.yml`] = alertRule(`${'('.repeat(depth)}up${')'.repeat(depth)}`);
  for (const depth of [1_000, 5_000, 19_000]) files[`promql-calls-${depth}.yml`] = alertRule(`${'abs('.repeat(depth)}up${')'.repeat(depth)}`);
  for (const depth of [1_000, 90_000]) files[`promql-unary-${depth}.yml`] = alertRule(`${'-'.repeat(depth)}up`);
  for (const count of [552, 5_000, 20_000]) files[`promql-plus-${count}.yml`] = alertRule(terms(count, '+'));
  for (const count of [600, 16_000]) files[`promql-or-${count}.yml`] = alertRule(terms(count, 'or'));
  for (const count of [1_000, 20_000]) files[`promql-pow-${count}.yml`] = alertRule(terms(count, '^'));
  files['promql-subquery-deep.yml'] = alertRule(`${'max_over_time('.repeat(500)}up${'[5m:1m])'.repeat(500)}`);
  files['promql-broken-deep.yml'] = alertRule(`${'('.repeat(5_000)}up +${')'.repeat(5_000)}`);
  for (const depth of [100, 500, 501, 5_000]) files[`template-parens-${depth}.yml`] = alertRule('up', `{{ ${'('.repeat(depth)}1${')'.repeat(depth)} }}`);
  for (const depth of [100, 500, 501, 3_000]) files[`template-if-${depth}.yml`] = alertRule('up', `${'{{ if 1 }}'.repeat(depth)}x${'{{ end }}'.repeat(depth)}`);
  files['template-range-deep.yml'] = alertRule('up', `${'{{ range $labels }}'.repeat(400)}{{ break }}${'{{ end }}'.repeat(400)}`);
  files['template-unclosed-deep.yml'] = alertRule('up', '{{ if 1 }}'.repeat(2_000));
  return files;
}

describe('deep and long input on one thread and on four', () => {
  const files = hostileFiles();
  const root = scratchRepo(files);

  it(`gives the same findings for ${Object.keys(files).length} files in-process, in the bundle on one thread, and on four`, async () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(40);
    const main = (await runLint({ root, paths: ['.'], config: DEFAULTS, threads: 1 })).findings;
    const runs = [];
    for (const threads of ['1', '4']) {
      const ran = await runNode(CLI, ['--format', 'json', '.'], { cwd: root, env: cleanEnv({ OBSLINT_THREADS: threads }) });
      expect(ran.stderr).toBe('');
      runs.push(ran.stdout);
    }
    expect(runs[1]).toBe(runs[0]);
    const bundle = (JSON.parse(runs[0]) as { findings: { file: string; line: number; column: number; rule: string; message: string }[] }).findings;
    expect(bundle.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual(main.map((f) => `${where(f)} ${f.message}`));

    // What each file gets: deep YAML is said to be unchecked, Prometheus's valid PromQL and templates pass.
    const byFile = new Map<string, string[]>(Object.keys(files).map((file) => [file, []]));
    for (const f of main) byFile.get(f.file)!.push(`${f.rule}: ${f.message.replace(/\d+(,\d{3})*/g, 'N')}`);
    const unchecked = 'unreadable-file: This document is nested N levels deep; obslint checks up to N, so nothing in it was checked.';
    const templateTooDeep = 'template-syntax: Template error: This template nests blocks or brackets more than N levels deep; obslint checks up to N, so it was not checked.';
    const expected: Record<string, string[]> = {};
    for (const file of Object.keys(files)) {
      if (file.startsWith('yaml-')) expected[file] = [unchecked];
      else expected[file] = [];
    }
    expected['promql-broken-deep.yml'] = ['promql-syntax: Invalid PromQL: Unexpected `)`.'];
    expected['template-parens-501.yml'] = [templateTooDeep];
    expected['template-parens-5000.yml'] = [templateTooDeep];
    expected['template-if-501.yml'] = [templateTooDeep];
    expected['template-if-3000.yml'] = [templateTooDeep];
    expected['template-unclosed-deep.yml'] = [templateTooDeep];
    expect(Object.fromEntries(byFile)).toEqual(expected);
  });

});
