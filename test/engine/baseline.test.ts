import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, type CliIo } from '../../src/run-cli.js';
import { writeBaseline } from '../../src/policy/baseline.js';
import { scratchRepo } from '../rule-tester.js';

/** Runs the CLI in-process on the source, as a user would in the repository. */
async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: { NO_COLOR: '1' } };
  const code = await cli(args, cwd, undefined, io);
  return { code, stdout, stderr };
}

const legacy = (alerts: string[]) => `groups:\n  - name: legacy\n    rules:\n${alerts.map((a) => `      - alert: ${a}\n        expr: up == 0\n        labels: { severity: warning }\n`).join('')}`;

describe('baseline', () => {
  it('writes the findings of now; then only new findings count, and fixed ones are counted', async () => {
    const root = scratchRepo({ 'rules.yml': legacy(['Old1', 'Old2']) });
    const wrote = await run(['baseline'], root);
    expect(wrote).toEqual({ code: 0, stdout: 'obslint: wrote 4 findings to .obslint-baseline.json; from now on only new findings count.\n', stderr: '' });
    const baseline = JSON.parse(readFileSync(path.join(root, '.obslint-baseline.json'), 'utf8'));
    expect(Object.values(baseline.findings).map((e) => (e as { rule: string }).rule).sort()).toEqual(['alert-owner', 'alert-owner', 'alert-runbook', 'alert-runbook']);

    // Nothing new: the run passes, saying what it did not show.
    const again = await run(['--baseline', '.obslint-baseline.json'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('4 findings known from .obslint-baseline.json are not shown.\nNo new problems found in 1 file.\n');

    // Lines move (a comment on top, reformatted), an alert is fixed, a new one appears.
    writeFileSync(path.join(root, 'rules.yml'), `# moved\n\n${legacy(['Old2', 'New']).replace('labels: { severity: warning }', 'labels:\n          severity: warning')}`);
    const moved = await run(['--baseline', '.obslint-baseline.json', '--format', 'json'], root);
    expect(moved.code).toBe(1);
    const report = JSON.parse(moved.stdout);
    expect(report.findings.filter((f: { baseline?: string }) => !f.baseline).map((f: { message: string }) => f.message).sort()).toEqual([
      'Alert `New` has no owner: add a label naming its team (`owner` or `team`).',
      'Alert `New` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).',
    ]);
    expect(report.baseline.known).toBe(2);
    expect(report.baseline.fixed.map((f: { message: string }) => f.message).sort()).toEqual([
      'Alert `Old1` has no owner: add a label naming its team (`owner` or `team`).',
      'Alert `Old1` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).',
    ]);
  });

  it('changes a finding’s identity when its content changes', async () => {
    const root = scratchRepo({ 'rules.yml': legacy(['Old']) });
    await run(['baseline'], root);
    writeFileSync(path.join(root, 'rules.yml'), legacy(['Renamed']));
    const text = await run(['--baseline', '.obslint-baseline.json'], root);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Alert `Renamed` has no owner');
    expect(text.stdout).toContain('0 findings known from .obslint-baseline.json are not shown; 2 of its entries are fixed since');
  });

  it('keeps knowing a finding when only a label of its alert changes, one-to-one', async () => {
    const alert = (name: string, team: string) => `      - alert: ${name}\n        expr: up == 0\n        labels: { severity: warning, team: ${team} }\n        annotations: { runbook_url: TODO }\n`;
    const rules = (...alerts: string[]) => `groups:\n  - name: legacy\n    rules:\n${alerts.join('')}`;
    // Two alerts of one name, told apart by their labels.
    const root = scratchRepo({ 'rules.yml': rules(alert('Down', 'serch'), alert('Down', 'payments')) });
    await run(['baseline'], root);
    writeFileSync(path.join(root, 'rules.yml'), rules(alert('Down', 'search'), alert('Down', 'payments'), alert('Down', 'storage')));
    const after = await run(['--baseline', '.obslint-baseline.json', '--format', 'json'], root);
    const report = JSON.parse(after.stdout);
    // The renamed team's finding is still known; the third alert of that name is new, as nothing is left to match it.
    expect(report.baseline).toEqual({ file: '.obslint-baseline.json', known: 2, fixed: [] });
    expect(report.findings.filter((f: { baseline?: string }) => !f.baseline).map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`)).toEqual(["alert-runbook:15"]);
  });

  it('reads a baseline larger than a config may be (a large repository accepts thousands of findings)', async () => {
    const root = scratchRepo({ 'rules.yml': legacy(['Old']) });
    const entries = Array.from({ length: 6000 }, (_, i) => ({ fingerprint: i.toString(16).padStart(16, '0'), coarseFingerprint: 'c'.repeat(16), rule: 'alert-owner', file: `rules/team-${i}.yml`, message: `Alert \`Alert${i}\` has no owner: add a label naming its team (\`owner\` or \`team\`).` }));
    const text = writeBaseline(entries);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    writeFileSync(path.join(root, 'big.json'), text);
    const result = await run(['--baseline', 'big.json'], root);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('0 findings known from big.json are not shown; 6000 of its entries are fixed since');
  });

  it('refuses a baseline that is missing or broken, clearly', async () => {
    const root = scratchRepo({ 'rules.yml': legacy(['Old']), 'bad.json': '{"version": 9, "findings": {}}' });
    expect((await run(['--baseline', 'nope.json'], root)).stderr).toBe('obslint: the config has problems:\nnope.json: The baseline does not exist: write it with `obslint baseline`.\n');
    expect((await run(['--baseline', 'bad.json'], root)).stderr).toMatch(/^obslint: the config has problems:\nbad.json: `bad\.json` was written by a newer obslint/);
  });

  it.each([
    ['an empty path', ['baseline', '--baseline='], 'The baseline path is empty: name the file to write (`.obslint-baseline.json` by default), or leave `--baseline` out.'],
    ['a folder', ['baseline', '--baseline', 'rules'], 'rules: The baseline `rules` is not a regular file, so obslint cannot write it.'],
    ['in a folder that does not exist', ['baseline', '--baseline', 'nope/b.json'], 'nope/b.json: The baseline `nope/b.json` cannot be written (ENOENT).'],
    ['outside the repository', ['baseline', '--baseline', '../b.json'], '../b.json: The baseline must be a file in the repository.'],
  ])('refuses to write the baseline to %s, naming it', async (_name, args, expected) => {
    const root = scratchRepo({ 'rules/a.yml': legacy(['Old']) });
    expect(await run(args, root)).toEqual({ code: 2, stdout: '', stderr: `obslint: the config has problems:\n${expected}\n` });
  });

  it.each([
    ['an empty path', ['--baseline='], 'The baseline path is empty: name the file `obslint baseline` wrote (`.obslint-baseline.json` by default), or leave `--baseline` out.'],
    ['a folder', ['--baseline', 'rules'], 'rules: The baseline `rules` is not a regular file.'],
    ['the repository itself', ['--baseline', '.'], '.: The baseline `.` is not a regular file.'],
  ])('names the baseline and its path when it is %s', async (_name, args, expected) => {
    const root = scratchRepo({ 'rules/a.yml': legacy(['Old']) });
    expect(await run(args, root)).toEqual({ code: 2, stdout: '', stderr: `obslint: the config has problems:\n${expected}\n` });
  });
});
