import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CLI, REPO_ROOT } from './e2e-helpers.js';
import {
  LEGACY,
  LEGACY_PR,
  PAYMENTS,
  PAYMENTS_CONFIG_FIXED,
  POLICY,
  TOKEN,
  runScenario,
  transcripts,
  type ActionRun,
  type CliRun,
  type ScenarioResult,
} from './fixtures/org-scenario.mjs';

/**
 * The rollout guide's three repositories, run end to end with the built CLI and Action: a
 * shared config read through (a stand-in for) GitHub's API, a repository refused for weakening
 * a locked rule and then for suppressing it, and a legacy repository adopted with a baseline
 * and changed by a pull request. `UPDATE_DOCS=1 npx vitest run test/org-scenario.e2e.test.ts`
 * rewrites the walkthrough's pasted outputs after a deliberate change of wording.
 */

const PAGE = path.join(REPO_ROOT, 'docs/org-rollout.md');
/** The configuration reference quotes one run too: the message for a shared config that cannot be read. */
const PAGES = [PAGE, path.join(REPO_ROOT, 'docs/configuration.md')];
const UPDATE = process.env.UPDATE_DOCS === '1';
const POLICY_REF = 'github:acme/observability-policy/obslint.yml@v1';

let result: ScenarioResult;
beforeAll(async () => {
  result = await runScenario({ cli: CLI, action: ACTION });
});

function cliRun(id: string): CliRun {
  const run = result.runs.find((r) => r.id === id);
  if (run?.tool !== 'cli') throw new Error(`no CLI run ${id}`);
  return run;
}

function actionRun(id: string): ActionRun {
  const run = result.runs.find((r) => r.id === id);
  if (run?.tool !== 'action') throw new Error(`no Action run ${id}`);
  return run;
}

/** `file:line:col rule message` of each finding in the text report. */
function findings(stdout: string): string[] {
  return [...stdout.matchAll(/^(\S+:\d+:\d+) {2}(?:error|warning|notice) +(.+?) {2}([\w-]+)$/gm)].map((m) => `${m[1]} ${m[3]} ${m[2]}`);
}

/** The workflow commands the Action printed (annotations, failures), and its closing line. */
function log(run: ActionRun): { commands: string[]; result: string | undefined } {
  const lines = run.stdout.split('\n').filter(Boolean);
  return { commands: lines.filter((l) => l.startsWith('::')), result: lines.find((l) => l.startsWith('obslint ')) };
}

/** The scorecard output as `owner alerts withRunbook knownOwner validSeverity findings` rows. */
function scorecard(run: ActionRun): string[] {
  return (JSON.parse(run.outputs.scorecard) as Record<string, unknown>[]).map((s) => Object.values(s).join(' '));
}

describe('payments-alerts: a repository that tries to weaken the standard', () => {
  it('without a token, the private shared config is not found, and nothing is linted', () => {
    const run = cliRun('payments-no-token-cli');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'obslint: the config has problems:\n' +
        `.obslint.yml:2:10: \`${POLICY_REF}\` was not found: the repository, the ref or the file does not exist, or the repository is private and no token was given. ` +
        'Check the owner, repository, path and ref. Pass a token that can read it: the Action\'s `github-token` input, or `GITHUB_TOKEN` or `GH_TOKEN` when run locally.\n',
    );
  });

  const refused = `\`alert-runbook\` is locked at \`error\` by ${POLICY_REF}; this config cannot turn it down to \`off\`.`;

  it('cannot turn a locked rule off: the CLI stops with the line that tries', () => {
    const run = cliRun('payments-locked-cli');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`obslint: the config has problems:\n.obslint.yml:4:18: ${refused}\n`);
  });

  it('cannot turn a locked rule off: the Action annotates the config line and lints nothing', () => {
    const run = actionRun('payments-locked-action');
    expect(run.code).toBe(1);
    expect(log(run).commands).toEqual([
      `::error title=obslint config,file=.obslint.yml,line=4,col=18::${refused}`,
      '::error::obslint: the config has problems (see the annotations above); nothing was linted.',
    ]);
    // The summary and the outputs say why nothing was linted, for the workflows that read them.
    expect(run.outputs).toEqual({ errors: '1', warnings: '0', notices: '0', scorecard: '[]' });
    expect(run.summary.split('\n').slice(0, 7)).toEqual([
      '## obslint',
      '',
      ':x: The config has a problem, so nothing was linted.',
      '',
      '| Where | Problem |',
      '| --- | --- |',
      expect.stringMatching(/^\| \[<code>\.obslint\.yml&#58;4&#58;18<\/code>\]\(https:\/\/github\.com\/acme\/payments-alerts\/blob\/\w+\/\.obslint\.yml#L4\) \| <code>alert-runbook<\/code> is locked at <code>error<\/code> by /),
    ]);
  });

  const suppressionRefused = `\`alert-runbook\` is locked by \`${POLICY_REF}\`, so it cannot be suppressed here.`;
  const noRunbook = 'Alert `PaymentsQueueBacklog` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).';

  it('cannot suppress a locked rule either: the finding stays, and the suppression is one more', () => {
    const run = cliRun('payments-suppressed-cli');
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      `rules/payments.yml:12:7 invalid-suppression ${suppressionRefused}`,
      `rules/payments.yml:13:9 alert-runbook ${noRunbook}`,
    ]);
    expect(run.stdout).toContain('= help: Link the page that tells whoever is paged what to check and how to fix it. Expected: https://runbooks.acme.dev/PaymentsQueueBacklog\n');
    expect(run.stdout).toMatch(/\n2 problems \(2 errors, 0 warnings, 0 notices\) in 1 file \(1 linted\)\n$/);
  });

  it('in the Action: both annotated, counted, and the owner’s scorecard shows the missing runbook', () => {
    const run = actionRun('payments-suppressed-action');
    expect(run.code).toBe(1);
    const { commands, result: line } = log(run);
    expect(commands.map((c) => /^::error file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=([\w-]+)::/.exec(c)?.slice(1).join(' '))).toEqual([
      'rules/payments.yml 12 7 invalid-suppression',
      'rules/payments.yml 13 9 alert-runbook',
    ]);
    expect(line).toBe('obslint 0.1.0: 2 errors, 0 warnings, 0 notices in 1 file (1 linted). 2 at or above fail-on (error): the step fails.');
    const { scorecard: _scores, ...counts } = run.outputs;
    expect(counts).toEqual({ errors: '2', warnings: '0', notices: '0' });
    expect(scorecard(run)).toEqual(['payments 2 1 2 2 1']);
    expect(run.summary).toContain('\n:x: 2 errors, 0 warnings, 0 notices in 1 file (1 linted) — fails the check (fail-on: error)\n');
    expect(run.summary).toContain('\n| <code>payments</code> | 2 | 1 (50%) | 2 (100%) | 2 (100%) | 1 |\n');
    expect(run.summary).toContain('| [13](https://github.com/acme/payments-alerts/blob/5d41402abc4b2a76b9719d911017c592ae7b5c3e/rules/payments.yml#L13) | error |');
  });
});

describe('legacy-monitoring: adopted with a baseline, then a pull request', () => {
  const known = [
    ['alert-owner', 'Alert `HighLoad` has no owner: add a label naming its team (`owner` or `team`).'],
    ['alert-owner', 'Alert `NodeDown` is owned by `infra`, which is not a known team.'],
    ['alert-owner', 'Alert `SearchLatencyHigh` is owned by `serch`, which is not a known team. Did you mean `search`?'],
    ['alert-runbook', 'Alert `NodeDown`: the runbook `https://wiki.acme.dev/ops/NodeDown` is not where runbooks live (`https://runbooks.acme.dev/`).'],
    ['alert-runbook', 'Alert `SearchLatencyHigh`: the runbook is a placeholder (`TODO`).'],
    ['alert-runbook', 'Alert `HighLoad` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).'],
    ['alert-severity', 'Alert `DiskAlmostFull` has severity `page`, which is not one of `critical`, `warning` or `info`.'],
  ];

  it('`obslint baseline` records every finding of now, sorted by file and rule', () => {
    const run = cliRun('legacy-baseline-cli');
    expect(run).toMatchObject({ code: 0, stdout: 'obslint: wrote 7 findings to .obslint-baseline.json; from now on only new findings count.\n', stderr: '' });
    const baseline = JSON.parse(result.files['legacy-monitoring/.obslint-baseline.json']) as { version: number; findings: Record<string, { rule: string; file: string; message: string }> };
    expect(baseline.version).toBe(1);
    expect(Object.values(baseline.findings).map((e) => [e.rule, e.message])).toEqual(known);
    expect(Object.values(baseline.findings).every((e) => e.file === 'rules/legacy.yml')).toBe(true);
  });

  it('then the repository passes, saying what it does not show', () => {
    expect(cliRun('legacy-adopted-cli')).toMatchObject({ code: 0, stdout: '7 findings known from .obslint-baseline.json are not shown.\nNo new problems found in 1 file.\n', stderr: '' });
    const run = actionRun('legacy-adopted-action');
    expect(run.code).toBe(0);
    expect(log(run)).toEqual({ commands: [], result: 'obslint 0.1.0: 0 errors, 0 warnings, 0 notices in 0 files (1 linted). 7 findings known from .obslint-baseline.json are not shown.' });
    const { scorecard: _scores, ...counts } = run.outputs;
    expect(counts).toEqual({ errors: '0', warnings: '0', notices: '0', known: '7', fixed: '0' });
    // The scorecard measures the alerts as they are: findings the baseline accepted count.
    expect(scorecard(run)).toEqual(['infra 1 0 0 1 2', 'serch 1 0 0 1 2', 'storage 1 1 1 0 1', 'unowned 1 0 0 1 2']);
    expect(run.summary.split('\n').slice(0, 5)).toEqual(['## obslint', '', ':white_check_mark: No new problems found in 1 file.', '', '7 findings known from .obslint-baseline.json are not shown.']);
  });

  const newFinding = 'Alert `SearchErrors` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).';
  const baselineLine = '5 findings known from .obslint-baseline.json are not shown; 2 of its entries are fixed since (write it again with `obslint baseline` to keep them fixed).';

  it('a pull request that adds a bad alert and fixes two old findings: only the new one counts', () => {
    const run = cliRun('legacy-pr-cli');
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([`rules/legacy.yml:32:9 alert-runbook ${newFinding}`]);
    expect(run.stdout).toContain(`\n${baselineLine}\n1 problem (1 error, 0 warnings, 0 notices) in 1 file (1 linted)\n`);
  });

  it('in the Action: one annotation, known and fixed as outputs, the fixed entries listed in the summary', () => {
    const run = actionRun('legacy-pr-action');
    expect(run.code).toBe(1);
    const { commands, result: line } = log(run);
    expect(commands).toEqual([
      `::error file=rules/legacy.yml,line=32,col=9,endLine=32,endColumn=28,title=alert-runbook::${newFinding}%0ALink the page that tells whoever is paged what to check and how to fix it. Expected: https://runbooks.acme.dev/SearchErrors%0ADocs: https://github.com/obslint/obslint/blob/main/docs/rules/alert-runbook.md`,
    ]);
    expect(line).toBe(`obslint 0.1.0: 1 error, 0 warnings, 0 notices in 1 file (1 linted). ${baselineLine} 1 at or above fail-on (error): the step fails.`);
    const { scorecard: _scores, ...counts } = run.outputs;
    expect(counts).toEqual({ errors: '1', warnings: '0', notices: '0', known: '5', fixed: '2' });
    expect(scorecard(run)).toEqual(['infra 1 1 0 1 1', 'search 1 0 1 1 1', 'serch 1 1 0 1 1', 'storage 1 1 1 0 1', 'unowned 1 0 0 1 2']);
    const lines = run.summary.split('\n');
    expect(lines.slice(0, 13)).toEqual([
      '## obslint',
      '',
      ':x: 1 error, 0 warnings, 0 notices in 1 file (1 linted) — fails the check (fail-on: error)',
      '',
      '5 findings known from .obslint-baseline.json are not shown; 2 of its entries are fixed since \\(write it again with <code>obslint baseline</code> to keep them fixed\\).',
      '',
      '<details><summary>Fixed since the baseline</summary>',
      '',
      '- <code>rules/legacy.yml</code>: Alert <code>NodeDown</code>: the runbook <code>https&#58;//wiki.acme.dev/ops/NodeDown</code> is not where runbooks live \\(<code>https&#58;//runbooks.acme.dev/</code>\\).',
      '- <code>rules/legacy.yml</code>: Alert <code>SearchLatencyHigh</code>: the runbook is a placeholder \\(<code>TODO</code>\\).',
      '',
      '</details>',
      '',
    ]);
    expect(lines).toContain('| <code>search</code> | 1 | 0 (0%) | 1 (100%) | 1 (100%) | 1 |');
    expect(lines.filter((l) => l.startsWith('| ['))).toHaveLength(2);
  });
});

describe('the shared config on GitHub', () => {
  it('is read at the pinned ref with the token, the config and its teams file, once per run', () => {
    // The run without a token asks once, and is told the file is not there.
    expect(result.requests[0]).toEqual({ path: '/repos/acme/observability-policy/contents/obslint.yml', ref: 'v1', authorization: undefined });
    const withToken = result.requests.slice(1);
    expect(withToken).toHaveLength(2 * (result.runs.length - 1));
    for (const request of withToken) expect(request).toMatchObject({ ref: 'v1', authorization: `token ${TOKEN}` });
    expect(new Set(withToken.map((r) => r.path))).toEqual(new Set(['/repos/acme/observability-policy/contents/obslint.yml', '/repos/acme/observability-policy/contents/teams.yml']));
  });

  it('never shows the token', () => {
    for (const run of result.runs) {
      const shown = run.tool === 'cli' ? run.stdout + run.stderr : run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs);
      expect(shown, run.id).not.toContain(TOKEN);
    }
  });
});

/** `<!-- org-scenario: KEY -->` and the fenced block right after it. */
interface Shown {
  key: string;
  lang: string;
  body: string;
  /** Offsets of the body in the page. */
  start: number;
  end: number;
}

function shownBlocks(page: string): Shown[] {
  const pattern = /^<!-- org-scenario: (\S+) -->\n```(\w*)\n([\s\S]*?)^```$/gm;
  return [...page.matchAll(pattern)].map((m) => {
    const start = m.index + m[0].indexOf('```') + 4 + m[2].length;
    return { key: m[1], lang: m[2], body: m[3], start, end: start + m[3].length };
  });
}

/** The scenario's files as the walkthrough names them. */
const FILES: Record<string, string> = {
  'observability-policy/obslint.yml': POLICY['obslint.yml'],
  'observability-policy/teams.yml': POLICY['teams.yml'],
  'payments-alerts/.obslint.yml': PAYMENTS['.obslint.yml'],
  'payments-alerts/.obslint.yml@fixed': PAYMENTS_CONFIG_FIXED,
  'payments-alerts/rules/payments.yml': PAYMENTS['rules/payments.yml'],
  'legacy-monitoring/.obslint.yml': LEGACY['.obslint.yml'],
  'legacy-monitoring/rules/legacy.yml': LEGACY['rules/legacy.yml'],
};

/** The lines a change removes and adds (as multisets, in order), for a `diff` block. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const take = (from: string[], than: string[]) => {
    const left = [...than];
    return from.filter((line) => {
      const at = left.indexOf(line);
      if (at === -1) return true;
      left.splice(at, 1);
      return false;
    });
  };
  const [a, b] = [before.split('\n'), after.split('\n')];
  return { removed: take(a, b), added: take(b, a) };
}

describe('docs/org-rollout.md and docs/configuration.md', () => {
  it.each(PAGES.map((p) => path.relative(REPO_ROOT, p)))('%s shows exactly the scenario’s files and what each run prints', (name) => {
    const file = path.join(REPO_ROOT, name);
    let page = readFileSync(file, 'utf8');
    const expected: Record<string, string> = { ...transcripts(result), ...result.files };
    for (const [name, text] of Object.entries(FILES)) expected[`file:${name}`] = text;
    const blocks = shownBlocks(page).filter((b) => !b.key.startsWith('diff:'));
    expect(blocks.length).toBeGreaterThan(0);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const block of blocks) {
      expect(expected, `unknown key ${block.key}`).toHaveProperty([block.key]);
      if (UPDATE) edits.push({ start: block.start, end: block.end, text: expected[block.key] });
      else expect(block.body, `the block after <!-- org-scenario: ${block.key} -->`).toBe(expected[block.key]);
    }
    for (const edit of edits.reverse()) page = page.slice(0, edit.start) + edit.text + page.slice(edit.end);
    if (UPDATE) writeFileSync(file, page);
  });

  it('the walkthrough shows every run and every file of the scenario', () => {
    const shown = new Set(shownBlocks(readFileSync(PAGE, 'utf8')).map((b) => b.key));
    const runs = ['payments-no-token-cli', 'payments-locked-cli', 'payments-locked-action', 'payments-suppressed-cli', 'legacy-baseline-cli', 'legacy-adopted-cli', 'legacy-pr-cli', 'legacy-pr-action'];
    for (const key of [...runs, ...Object.keys(FILES).map((f) => `file:${f}`), ...Object.keys(result.files)]) expect(shown, key).toContain(key);
  });

  it('shows the pull request’s change line for line', () => {
    const diffs = shownBlocks(readFileSync(PAGE, 'utf8')).filter((b) => b.key.startsWith('diff:'));
    expect(diffs.map((d) => d.key)).toEqual(['diff:legacy-monitoring/rules/legacy.yml']);
    const lines = diffs[0].body.split('\n').filter(Boolean);
    const { removed, added } = changedLines(LEGACY['rules/legacy.yml'], LEGACY_PR['rules/legacy.yml']);
    expect(lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1))).toEqual(removed);
    expect(lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1))).toEqual(added.filter(Boolean));
    // Context lines are lines of both versions.
    for (const line of lines.filter((l) => l.startsWith(' '))) {
      expect(LEGACY['rules/legacy.yml'].split('\n')).toContain(line.slice(1));
      expect(LEGACY_PR['rules/legacy.yml'].split('\n')).toContain(line.slice(1));
    }
  });
});
