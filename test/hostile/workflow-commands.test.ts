import { describe, expect, it } from 'vitest';
import { CLI, cleanEnv, runNode } from '../e2e-helpers.js';
import { scratchRepo } from './helpers.js';

/**
 * Class 4: in a GitHub log, a line starting with `::` is a workflow command (`::error::`,
 * `::add-mask::`, `::stop-commands::`), and a terminal acts on escape sequences, carriage
 * returns and bidi overrides. Names, values, file names and source lines from a pull request
 * must reach neither raw, in any format the CLI writes.
 */

const OWNED = 'labels: {team: t, severity: info}\n    annotations: {runbook_url: "https://runbooks.example/a"}';

const FILES: Record<string, string> = {
  'rules/names.yml': [
    'groups:',
    '- name: g',
    '  rules:',
    '  - alert: "y\\n::error::fake\\n::add-mask::x"',
    '    expr: up',
    '  - alert: "esc\\e[2Jcr\\rbidi\\u202Eend\\u2028::warning::z"',
    '    expr: up',
    '    labels: {team: t, severity: "\\e[31mred\\r::error::x"}',
    '    annotations: {runbook_url: "::notice::\\u0085x\\u2066"}',
    '',
  ].join('\n'),
  // Raw in the source: bidi controls are allowed in YAML (here in a comment), ESC is not.
  'rules/source.yml': `groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up + # \u202e\u200f\u2066::error::src\n    ${OWNED}\n`,
  'rules/escape.yml': `groups:\n- name: g\n  rules:\n  - alert: B\x1b[2J::error::esc\n`,
  'rules/cr.yml': 'groups:\r::error::cr\r- name: g\r',
  'b\n::error::newline.yml': `groups:\n- name: g\n  rules:\n  - alert: N\n    expr: up\n`,
  '::warning::colons.yml': `groups:\n- name: g\n  rules:\n  - alert: C\n    expr: up\n`,
  'esc\x1b[31m\u202e.yml': `groups:\n- name: g\n  rules:\n  - alert: E\n    expr: up\n`,
};

/** Characters a terminal or a log viewer acts on, or that hide text: none may be written raw. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** A workflow command obslint itself writes: an annotation with its properties escaped. */
const ANNOTATION = /^::(error|warning|notice) file=[^:,\r\n]*,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=[a-z-]+::[^\r\n]*$/;

const commandLines = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('::'));

describe.each(['text', 'json', 'sarif', 'github'])('--format %s', (format) => {
  const root = scratchRepo(FILES);

  it('writes no raw control characters and no line that is a command of the file', async () => {
    const { code, stdout, stderr } = await runNode(CLI, ['--format', format, '.'], { cwd: root, env: cleanEnv() });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    // Where a raw character is, if there is one: the failure then shows it in context.
    const raw = RAW.exec(stdout);
    expect(raw && stdout.slice(Math.max(0, raw.index - 80), raw.index + 20)).toBeNull();
    const commands = commandLines(stdout);
    if (format === 'github') {
      expect(commands.filter((line) => !ANNOTATION.test(line))).toEqual([]);
      // The properties of the annotations on the hostile file names are escaped.
      expect(commands.some((line) => line.includes('file=b%0A%3A%3Aerror%3A%3Anewline.yml,'))).toBe(true);
      expect(commands.some((line) => line.includes('file=%3A%3Awarning%3A%3Acolons.yml,'))).toBe(true);
    } else expect(commands).toEqual([]);
  });
});

describe('the text format shows hostile names escaped', () => {
  it('in messages, paths and source excerpts', async () => {
    const root = scratchRepo(FILES);
    const { stdout } = await runNode(CLI, ['--format', 'text', '.'], { cwd: root, env: cleanEnv() });
    const lines = stdout.split('\n');
    expect(lines).toContain('rules/names.yml:4:5  error    Alert `y\\n::error::fake\\n::add-mask::x` has no owner: add a label naming its team (`owner` or `team`).  alert-owner');
    expect(lines).toContain(
      "rules/names.yml:8:33  error    Alert `esc\\u{1b}[2Jcr\\rbidi\\u{202e}end\\u{2028}::warning::z` has severity `\\u{1b}[31mred\\r::error::x`, which is not one of `critical`, `warning` or `info`.  alert-severity",
    );
    expect(lines).toContain(
      'rules/names.yml:9:32  error    Alert `esc\\u{1b}[2Jcr\\rbidi\\u{202e}end\\u{2028}::warning::z`: the runbook `::notice::\\u{85}x\\u{2066}` is neither an http(s) URL nor a file in the repository.  alert-runbook',
    );
    expect(lines).toContain('./::warning::colons.yml:4:5  error    Alert `C` has no owner: add a label naming its team (`owner` or `team`).  alert-owner');
    expect(lines).toContain('b\\n::error::newline.yml:4:5  error    Alert `N` has no owner: add a label naming its team (`owner` or `team`).  alert-owner');
    expect(lines).toContain('esc\\u{1b}[31m\\u{202e}.yml:4:5  error    Alert `E` has no owner: add a label naming its team (`owner` or `team`).  alert-owner');
    // The source line: each character a terminal would act on is one replacement character.
    expect(lines).toContain('    5 |     expr: up + # \ufffd\ufffd\ufffd::error::src');
    expect(lines).toContain('    4 |   - alert: B\ufffd[2J::error::esc');
  });
});

describe('messages on standard error quote paths and patterns escaped', () => {
  it.each([
    [['gone\n::error::x.yml'], 'obslint: No such file or folder: gone\\n::error::x.yml'],
    [['::error::gone.yml'], 'obslint: No such file or folder: ./::error::gone.yml'],
    [['gone\n::error::x*.yml'], 'obslint: gone\\n::error::x*.yml matches no file to lint. (add --no-error-on-unmatched-pattern if that is expected)'],
  ])('%j', async (args, first) => {
    const root = scratchRepo({ 'rules/a.yml': 'groups: []\n' });
    const { code, stderr } = await runNode(CLI, args, { cwd: root, env: cleanEnv() });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(first);
    expect(commandLines(stderr)).toEqual([]);
  });

  it('a brace pattern from the config', async () => {
    const pattern = `${'{a,b}'.repeat(11)}\\n::error::x`;
    const root = scratchRepo({ 'rules/a.yml': 'groups: []\n', '.obslint.yml': `include: "${pattern}"\n` });
    const { code, stderr } = await runNode(CLI, [], { cwd: root, env: cleanEnv() });
    expect(code).toBe(2);
    // Refused as a config error at its line, when the config loads.
    expect(stderr.split('\n').slice(0, 2)).toEqual(['obslint: the config has problems:', `.obslint.yml:1:10: \`${'{a,b}'.repeat(11)}\\n::error::x\` expands to more than 1024 patterns. Match what varies with \`*\` or \`**\`, or list the few patterns you mean.`]);
    expect(commandLines(stderr)).toEqual([]);
  });
});
