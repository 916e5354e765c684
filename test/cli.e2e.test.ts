import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/engine/config.js';
import { runLint } from '../src/engine/run.js';
import { CLI, FIXTURE_REPO, copyFixture, runNode } from './e2e-helpers.js';

const cli = (args: string[], cwd = FIXTURE_REPO) => runNode(CLI, args, { cwd });

const EXPECTED = [
  'k8s/prometheusrule.yaml:16:11 alert-runbook',
  'rules/api.yml:20:26 promql-syntax',
  'rules/api.yml:22:9 alert-owner',
];

describe('obslint CLI (dist/cli/index.js)', () => {
  it('lints the current folder and exits 1 on errors', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('rules/api.yml:20:26  error    Invalid PromQL: `rat` is not a PromQL function.  promql-syntax\n');
    expect(stdout).toContain('   20 |             sum by (le) (rat(http_request_duration_seconds_bucket[5m]))) > 1\n      |                          ^^^\n');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('3 problems (3 errors, 0 warnings, 0 notices) in 2 files (4 linted)');
  });

  it('--format json lists every finding with paths relative to the working directory', async () => {
    const { code, stdout } = await cli(['--format', 'json']);
    expect(code).toBe(1);
    const { findings } = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; rule: string }[] };
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(EXPECTED);
    expect(Object.keys(findings[0])).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'help', 'fingerprint']);
  });

  it('lints only the paths given, and a folder path prefixes the files', async () => {
    const { stdout } = await cli(['rules', '--format', 'json']);
    expect((JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual(['rules/api.yml', 'rules/api.yml']);
  });

  it('--fail-on never exits 0 with findings; --fail-on warning fails on warnings', async () => {
    expect((await cli(['--fail-on', 'never'])).code).toBe(0);
    const dir = copyFixture(FIXTURE_REPO);
    writeFileSync(path.join(dir, '.obslint.yml'), 'rules:\n  alert-owner: warning\n  alert-runbook: warning\n  promql-syntax: warning\n');
    expect((await cli([], dir)).code).toBe(0);
    expect((await cli(['--fail-on', 'warning'], dir)).code).toBe(1);
  });

  it('takes fail-on from the config, and the flag wins over it', async () => {
    const dir = copyFixture(FIXTURE_REPO);
    writeFileSync(path.join(dir, '.obslint.yml'), 'fail-on: never\n');
    expect((await cli([], dir)).code).toBe(0);
    expect((await cli(['--fail-on', 'error'], dir)).code).toBe(1);
  });

  it('exits 2 with the line of a bad config', async () => {
    const { code, stdout, stderr } = await cli(['--config', 'bad-config.yml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('obslint: the config has problems:\nbad-config.yml:3:3: Unknown key `alert-runbok` in `rules`. Did you mean `alert-runbook`?\n');
  });

  it.each([
    [['--format', 'xml'], 'obslint: --format must be one of text, json, sarif, github, not "xml".'],
    [['--fail-on', 'sometimes'], 'obslint: --fail-on must be one of error, warning, notice, never, not "sometimes".'],
    [['--frobnicate'], 'obslint: unknown option --frobnicate'],
    [['no/such/dir'], 'obslint: No such file or folder: no/such/dir'],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toContain(message);
  });

  it('--format sarif writes SARIF 2.1.0 with every rule and result', async () => {
    const { stdout } = await cli(['--format', 'sarif']);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('alert-owner');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['alert-runbook', 'promql-syntax', 'alert-owner']);
  });

  it('--format github prints workflow commands', async () => {
    const { stdout } = await cli(['--format', 'github']);
    expect(stdout).toContain('::error file=rules/api.yml,line=20,col=26,endLine=20,endColumn=29,title=promql-syntax::Invalid PromQL: `rat` is not a PromQL function.');
  });

  it('--output writes the report to a file; --version and --help', async () => {
    const dir = copyFixture(FIXTURE_REPO);
    const { code, stdout } = await cli(['--format', 'json', '--output', 'out/report.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8')).findings).toHaveLength(3);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await cli(['--help'])).stdout).toContain('Usage: obslint [paths...] [options]');
  });

  it('exits 2 when the report cannot be written', async () => {
    const { code, stderr } = await cli(['--format', 'json', '--output', 'rules']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('obslint: cannot write the report to rules (EISDIR).');
  });

  it('ignores YAML that no kind claims', async () => {
    const { stdout } = await cli(['other', '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual({ findings: [], scorecard: [] });
  });

  it('finds the same on worker threads as on one thread', async () => {
    const dir = copyFixture(FIXTURE_REPO);
    for (let i = 0; i < 120; i++) {
      mkdirSync(path.join(dir, 'many'), { recursive: true });
      writeFileSync(
        path.join(dir, 'many', `r${i}.yml`),
        `groups:\n  - name: g${i}\n    rules:\n      - alert: A${i}\n        expr: up{job="${i}"} == 0${i % 7 === 0 ? ' +' : ''}\n`,
      );
    }
    const { stdout, stderr } = await cli(['--format', 'json', '--stats'], dir);
    const threaded = (JSON.parse(stdout) as { findings: { file: string; line: number; column: number; rule: string }[] }).findings;
    const stats = JSON.parse(stderr.trim().split('\n').at(-1)!);
    expect(stats.files).toBe(124);
    const single = await runLint({ root: dir, paths: ['.'], config: resolveConfig({}), threads: 1 });
    expect(threaded.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(
      single.findings.map((f) => `${f.file}:${f.start.line}:${f.start.column} ${f.rule}`),
    );
    // 3 in the fixture; no owner, no runbook and no severity for each generated alert; every 7th is broken.
    expect(threaded.length).toBe(3 + 120 * 3 + 18);
  });
});
