import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/engine/run.js';
import { cli } from '../../src/run-cli.js';
import { DEFAULTS, scratchRepo, where } from './helpers.js';

/**
 * Class 10: byte-order marks, symlinked folders, old Mac line ends and values of megabytes.
 */

const BROKEN = 'groups:\n- name: g\n  rules:\n  - record: r\n    expr: up +\n';
const FLOW = 'groups: [{name: g, rules: [{record: r, expr: "rat(up)"}]}]\n';

async function lintRepo(files: Record<string, string>, paths = ['.']) {
  const root = scratchRepo(files);
  return (await runLint({ root, paths, config: DEFAULTS, threads: 1 })).findings;
}

async function textReport(files: Record<string, string>): Promise<string> {
  const root = scratchRepo(files);
  let stdout = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, env: { NO_COLOR: '1' } };
  await cli(['--format', 'text', '.'], root, undefined, io);
  return stdout;
}

describe('byte-order marks', () => {
  it.each(['', '\uFEFF', '\uFEFF\uFEFF'])('a file starting with %j is linted, at the same positions', async (boms) => {
    const findings = await lintRepo({ 'block.yml': boms + BROKEN, 'flow.yml': boms + FLOW });
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      'block.yml:5:14 promql-syntax Invalid PromQL: The expression ends too early: something is missing at the end.',
      'flow.yml:1:47 promql-syntax Invalid PromQL: `rat` is not a PromQL function.',
    ]);
  });

  it('the text report puts the caret under the column on line 1', async () => {
    const lines = (await textReport({ 'flow.yml': `\uFEFF\uFEFF${FLOW}` })).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'flow.yml:1:47  error    Invalid PromQL: `rat` is not a PromQL function.  promql-syntax',
      `    1 | ${FLOW.trimEnd()}`,
      `      | ${' '.repeat(46)}^^^`,
    ]);
  });
});

describe('symlinks inside the repository', () => {
  it('a named symlink to a folder, and to a file, are linted', async () => {
    const root = scratchRepo({ 'real/r.yml': BROKEN });
    symlinkSync('real', path.join(root, 'linked'));
    symlinkSync('real/r.yml', path.join(root, 'file-link.yml'));
    const folder = await runLint({ root, paths: ['linked'], config: DEFAULTS, threads: 1 });
    expect(folder.findings.map(where)).toEqual(['linked/r.yml:5:14 promql-syntax']);
    const file = await runLint({ root, paths: ['file-link.yml'], config: DEFAULTS, threads: 1 });
    expect(file.findings.map(where)).toEqual(['file-link.yml:5:14 promql-syntax']);
  });
});

describe('old Mac line ends', () => {
  it('a file whose lines end with CR only is linted as Go reads it, with a notice', async () => {
    const findings = await lintRepo({ 'cr.yml': BROKEN.replace(/\n/g, '\r') });
    expect(findings.map((f) => [where(f), f.severity, f.message, f.help])).toEqual([
      [
        'cr.yml:1:8 yaml-strict',
        'notice',
        "Lines end with a carriage return without a line feed (old Mac line ends): Go's YAML reader (Prometheus, Alertmanager, the Collector) reads them as line ends, as obslint does here, but git, GitHub and many tools do not (line numbers here count LF only).",
        'Re-save the file with LF (or CRLF) line ends.',
      ],
      // Where promtool refuses it too (`unexpected end of input`); the place as GitHub counts lines: all on line 1.
      ['cr.yml:1:55 promql-syntax', 'error', expect.any(String), expect.any(String)],
    ]);
  });

  it('Unicode line breaks (NEL, LS, PS) are line ends too, as in Go', async () => {
    const findings = await lintRepo({ 'nel.yml': BROKEN.replace(/\n/g, '\u0085') });
    expect(findings.map(where)).toEqual(['nel.yml:1:8 yaml-strict', 'nel.yml:1:55 promql-syntax']);
  });

  it('CRLF line ends are linted like LF', async () => {
    const findings = await lintRepo({ 'crlf.yml': BROKEN.replace(/\n/g, '\r\n') });
    expect(findings.map(where)).toEqual(['crlf.yml:5:14 promql-syntax']);
  });
});

describe('a value of megabytes', () => {
  const url = `ftp://${'x'.repeat(4_000_000)}`;
  const file = `groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up\n    labels: {team: t, severity: info}\n    annotations:\n      runbook_url: "${url}"\n`;
  const cut = `ftp://${'x'.repeat(94)}… (4000006 characters)`;

  it('is cut in the message', async () => {
    const findings = await lintRepo({ 'big.yml': file });
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([`big.yml:8:20 alert-runbook Alert \`A\`: the runbook \`${cut}\` is not an http(s) URL.`]);
  });

  it('and in the text report, whose lines stay short', async () => {
    const report = await textReport({ 'big.yml': file });
    expect(report.length).toBeLessThan(2_000);
    expect(report).toContain(`the runbook \`${cut}\``);
    expect(Math.max(...report.split('\n').map((line) => line.length))).toBeLessThan(400);
  });
});
