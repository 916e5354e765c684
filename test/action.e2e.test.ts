import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, FIXTURE_REPO, cleanEnv, copyFixture, runNode } from './e2e-helpers.js';

const TOKEN = 'ghs_0123456789abcdefSECRETtoken';

/** Runs dist/index.js the way the runner does: inputs as INPUT_* variables, files for outputs. */
async function runAction(inputs: Record<string, string>, options: { workspace?: string } = {}) {
  const workspace = options.workspace ?? copyFixture(FIXTURE_REPO);
  const scratch = copyFixture(path.join(FIXTURE_REPO, 'runbooks'));
  const outputFile = path.join(scratch, 'github_output');
  const summaryFile = path.join(scratch, 'step_summary');
  const eventFile = path.join(scratch, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc123' } } }));
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/observability',
    GITHUB_SHA: 'abc123',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: os.tmpdir(),
    'INPUT_PATHS': '.',
    'INPUT_CONFIG': '',
    'INPUT_FAIL-ON': '',
    'INPUT_SARIF-FILE': '',
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  // The runner starts the action in the workspace.
  const ran = await runNode(ACTION, [], { cwd: workspace, env });
  return { ...ran, workspace, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) outputs[match[1]] = match[3];
  return outputs;
}

describe('the Action (dist/index.js) as the runner runs it', () => {
  it('annotates findings, writes the summary and outputs, and fails the step', async () => {
    const { code, stdout, stderr, outputs, summary } = await runAction({});
    expect(code).toBe(1);
    const annotations = stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toEqual([
      '::error file=k8s/prometheusrule.yaml,line=16,col=11,endLine=16,endColumn=22,title=alert-runbook::Alert `CheckoutQueueBacklog` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).%0ALink the page that tells whoever is paged what to check and how to fix it.%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/alert-runbook.md',
      '::error file=rules/api.yml,line=20,col=26,endLine=20,endColumn=29,title=promql-syntax::Invalid PromQL: `rat` is not a PromQL function.%0APrometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/promql-syntax.md',
      '::error file=rules/api.yml,line=22,col=9,endLine=22,endColumn=15,title=alert-owner::Alert `ApiLatencyHigh` has no owner: add a label naming its team (`owner` or `team`).%0AName the team that is paged when it fires, so routing and escalation reach someone who can act.%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/alert-owner.md',
    ]);
    expect(stdout).toContain('obslint 0.1.0: 3 errors, 0 warnings, 0 notices in 2 files (4 linted). 3 at or above fail-on (error): the step fails.');
    // Only the findings are error annotations: GitHub shows 10 per step.
    expect(stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(3);
    const { scorecard, ...counts } = outputs;
    expect(counts).toEqual({ errors: '3', warnings: '0', notices: '0' });
    // Per owner: alerts, and how many have a runbook, a known owner, a valid severity.
    expect(JSON.parse(scorecard).map((s: Record<string, unknown>) => Object.values(s).join(' '))).toEqual([
      'storage 2 2 2 2 0',
      'api 1 1 1 1 0',
      'checkout 1 0 1 1 1',
      'infra 1 1 1 1 0',
      'unowned 1 1 0 1 2',
    ]);
    expect(summary).toContain('### Alerts by owner');
    expect(summary).toContain('| <code>checkout</code> | 1 | 0 (0%) | 1 (100%) | 1 (100%) | 1 |');
    expect(summary).toContain('## obslint');
    expect(summary).toContain('[20](https://github.com/acme/observability/blob/abc123/rules/api.yml#L20)');
    expect(summary).toContain('[`promql-syntax`](https://github.com/obslint/obslint/blob/main/docs/rules/promql-syntax.md)');
    expect(stdout + stderr).not.toContain(TOKEN);
  });

  it('passes with fail-on: never and writes SARIF when asked', async () => {
    const { code, outputs, workspace, stdout } = await runAction({ 'fail-on': 'never', 'sarif-file': 'reports/obslint.sarif' });
    expect(code).toBe(0);
    expect(stdout).toContain('obslint 0.1.0: 3 errors, 0 warnings, 0 notices in 2 files (4 linted).');
    const target = path.join(workspace, 'reports/obslint.sarif');
    expect(outputs['sarif-file']).toBe(target);
    const sarif = JSON.parse(readFileSync(target, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(3);
  });

  it('lints only the paths given, one per line (so a path may hold spaces) or by words', async () => {
    const workspace = copyFixture(FIXTURE_REPO);
    cpSync(path.join(workspace, 'k8s'), path.join(workspace, 'team rules'), { recursive: true });
    expect((await runAction({ paths: 'rules/ok.yml\nteam rules' }, { workspace })).outputs.errors).toBe('1');
    expect((await runAction({ paths: 'rules/ok.yml k8s' })).outputs.errors).toBe('1');
  });

  it('shows at most 10 annotations per severity and says where the rest are', async () => {
    const workspace = copyFixture(FIXTURE_REPO);
    const rules = Array.from({ length: 15 }, (_, i) => `      - alert: A${i}\n        expr: up == 0\n        labels: { team: t, severity: info }\n`).join('');
    writeFileSync(path.join(workspace, 'rules/many.yml'), `groups:\n  - name: many\n    rules:\n${rules}`);
    const { stdout, summary, outputs } = await runAction({}, { workspace });
    expect(stdout.split('\n').filter((l) => l.startsWith('::error file='))).toHaveLength(10);
    expect(stdout).toContain('obslint: 8 more findings are not shown as annotations (GitHub shows 10 per severity); the job summary lists them (up to 1 MiB of them), and a SARIF or JSON report holds every one.');
    expect(outputs.errors).toBe('18');
    // Every finding is in the summary: 16 rows of alert-runbook plus its line in the rule table.
    expect(summary.match(/`alert-runbook`\]/g)).toHaveLength(17);
  });

  it('fails with an annotation on the config line when the config is wrong', async () => {
    const { code, stdout, outputs, summary } = await runAction({ config: 'bad-config.yml' });
    expect(code).toBe(1);
    expect(stdout).toContain('::error title=obslint config,file=bad-config.yml,line=3,col=3::Unknown key `alert-runbok` in `rules`. Did you mean `alert-runbook`?');
    expect(stdout).toContain('::error::obslint: the config has problems (see the annotations above); nothing was linted.');
    // The summary and the outputs say it too, for the workflows that read them.
    expect(outputs).toEqual({ errors: '1', warnings: '0', notices: '0', scorecard: '[]' });
    expect(summary).toContain(':x: The config has a problem, so nothing was linted.');
    expect(summary).toContain('Unknown key <code>alert-runbok</code> in <code>rules</code>. Did you mean <code>alert-runbook</code>?');
  });

  it('fails on a path that matches nothing, and says so in the summary and the outputs', async () => {
    const { code, stdout, outputs, summary } = await runAction({ paths: 'monitoring/' });
    expect(code).toBe(1);
    expect(stdout).toBe('::error::obslint: No such file or folder: monitoring/\n');
    expect(outputs).toEqual({ errors: '1', warnings: '0', notices: '0', scorecard: '[]' });
    expect(summary).toBe(
      '## obslint\n\n:x: No such file or folder: monitoring/. Nothing was linted.\n\n' +
        'Fix the `paths` input (or set `error-on-unmatched-pattern: false` if a pattern may match nothing), then run again.\n\n',
    );
  });

  it('rejects an unknown fail-on value', async () => {
    const { code, stdout } = await runAction({ 'fail-on': 'sometimes' });
    expect(code).toBe(1);
    expect(stdout).toContain('::error::obslint: input fail-on must be one of error, warning, notice, never, not "sometimes".');
  });
});
