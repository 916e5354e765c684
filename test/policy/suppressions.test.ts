import { describe, expect, it } from 'vitest';
import { findComments } from '../../src/policy/comments.js';
import { isSuppressed, parseDirective, parseSuppressions, unusedSuppressions, type Suppression } from '../../src/policy/suppressions.js';

const RULE_IDS = ['alert-owner', 'alert-runbook', 'schema', 'template-syntax', 'yaml-syntax'];
const options = { ruleIds: RULE_IDS };

/** The text of each comment findComments reports, and whether it is trailing. */
async function comments(text: string, syntax: 'yaml' | 'toml' | 'fluent-bit'): Promise<string[]> {
  return (await findComments(text, syntax)).map((c) => `${c.trailing ? 'trailing ' : ''}${text.slice(c.start, c.end)}`);
}

describe('findComments', () => {
  it('YAML: not in quoted scalars or block scalars', async () => {
    const text = ['# top', 'a: 1 # trailing', 'b: "x # not"', "c: 'y # not'", 'd: |', '  # not a comment', '  text', '- [a, # in flow', '  b]', 'e: f#g', '---', 'h: i #last'].join('\r\n');
    expect(await comments(text, 'yaml')).toEqual(['# top', 'trailing # trailing', 'trailing # in flow', 'trailing #last']);
  });

  it('TOML: not in any of its four kinds of strings', async () => {
    const text = ['# top', 'a = "x # not" # yes', "b = 'c:\\# not'", 'c = """', '# not', '"""  # after', "d = '''", "# not '' still", "'''", 'e = "esc \\" # not"', '[table] # t'].join('\n');
    expect(await comments(text, 'toml')).toEqual(['# top', 'trailing # yes', 'trailing # after', 'trailing # t']);
  });

  it("Fluent Bit's classic format: whole lines only", async () => {
    const text = ['[INPUT]', '    # a comment', '    Name tail # part of the value', '#last'].join('\n');
    expect(await comments(text, 'fluent-bit')).toEqual(['# a comment', '#last']);
  });
});

describe('parseSuppressions', () => {
  it('reads the three scopes with their rules, reasons, positions and targets', async () => {
    const text = [
      'groups:', // 1
      '  # obslint-disable-next-line alert-runbook, alert-owner -- vendor alert, runbook in their portal', // 2
      '  # obslint-disable-next-line schema -- field read by our router', // 3
      '', // 4
      '  - alert: A # obslint-disable-line template-syntax -- generated', // 5
      '# obslint-disable-file yaml-syntax -- generated file', // 6
      '# a plain comment', // 7
    ].join('\n');
    const { suppressions, problems } = await parseSuppressions(text, 'yaml', options);
    expect(problems).toEqual([]);
    const summary = suppressions.map(({ rules, reason, scope, line, column, endLine, endColumn, target, start, end }) => ({ rules, reason, scope, line, column, endLine, endColumn, target, text: text.slice(start, end) }));
    expect(summary).toEqual([
      {
        rules: ['alert-runbook', 'alert-owner'],
        reason: 'vendor alert, runbook in their portal',
        scope: 'next-line',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 98,
        target: 5,
        text: '# obslint-disable-next-line alert-runbook, alert-owner -- vendor alert, runbook in their portal',
      },
      { rules: ['schema'], reason: 'field read by our router', scope: 'next-line', line: 3, column: 3, endLine: 3, endColumn: 65, target: 5, text: '# obslint-disable-next-line schema -- field read by our router' },
      { rules: ['template-syntax'], reason: 'generated', scope: 'line', line: 5, column: 14, endLine: 5, endColumn: 65, target: 5, text: '# obslint-disable-line template-syntax -- generated' },
      { rules: ['yaml-syntax'], reason: 'generated file', scope: 'file', line: 6, column: 1, endLine: 6, endColumn: 53, target: undefined, text: '# obslint-disable-file yaml-syntax -- generated file' },
    ]);
  });

  it('ignores directive text that is not a comment', async () => {
    const yaml = 'description: |\n  # obslint-disable-file schema -- nope\nsummary: "# obslint-disable-file schema -- nope"\n';
    expect(await parseSuppressions(yaml, 'yaml', options)).toEqual({ suppressions: [], problems: [] });
    const fluentBit = '[OUTPUT]\n    Name es # obslint-disable-line schema -- nope\n';
    expect(await parseSuppressions(fluentBit, 'fluent-bit', options)).toEqual({ suppressions: [], problems: [] });
  });

  it('reads TOML and Fluent Bit comments', async () => {
    const toml = '[sinks.out] # obslint-disable-line schema -- x\n';
    expect((await parseSuppressions(toml, 'toml', options)).suppressions.map((s) => [s.scope, s.target])).toEqual([['line', 1]]);
    const fluentBit = '[INPUT]\n    # obslint-disable-next-line schema -- x\n    Name tail\n';
    expect((await parseSuppressions(fluentBit, 'fluent-bit', options)).suppressions.map((s) => [s.scope, s.target])).toEqual([['next-line', 3]]);
  });

  it('has no target for a next-line at the end of the file', async () => {
    const { suppressions } = await parseSuppressions('a: 1\n# obslint-disable-next-line schema -- x\n# more\n', 'yaml', options);
    expect(suppressions.map((s) => s.target)).toEqual([undefined]);
  });

  const PROBLEMS: [string, string, { line: number; column: number; start: number; end: number; message: string; help: string }[], string[][]][] = [
    [
      'an unknown directive',
      'a: 1 # obslint-disable alert-owner -- x',
      [
        {
          line: 1,
          column: 8,
          start: 7,
          end: 22,
          message: '`obslint-disable` is not a suppression obslint knows.',
          help: 'Did you mean `obslint-disable-line`? Write `obslint-disable-next-line`, `obslint-disable-line` or `obslint-disable-file`, as in `obslint-disable-next-line alert-runbook -- why it is fine here`.',
        },
      ],
      [],
    ],
    [
      'an unknown rule, with a suggestion; the known rule still applies',
      '# obslint-disable-file alert-runbok, schema -- x',
      [{ line: 1, column: 24, start: 23, end: 35, message: '`alert-runbok` is not an obslint rule.', help: 'Did you mean `alert-runbook`?' }],
      [['schema']],
    ],
    [
      'an unknown rule, without a suggestion',
      '# obslint-disable-file no-such-thing -- x',
      [{ line: 1, column: 24, start: 23, end: 36, message: '`no-such-thing` is not an obslint rule.', help: 'Name rules by their id, as the rules list in the docs shows them.' }],
      [],
    ],
    [
      'a missing reason; the suppression still applies',
      'x: 1\n  # obslint-disable-next-line alert-owner\ny: 2',
      [
        {
          line: 2,
          column: 5,
          start: 9,
          end: 46,
          message: '`obslint-disable-next-line alert-owner` gives no reason.',
          help: 'Add `--` and why the finding is acceptable here, as in `obslint-disable-next-line alert-runbook -- why it is fine here`.',
        },
      ],
      [['alert-owner']],
    ],
    [
      'an empty reason',
      '# obslint-disable-file schema --   ',
      [{ line: 1, column: 3, start: 2, end: 32, message: '`obslint-disable-file schema` gives no reason.', help: 'Add `--` and why the finding is acceptable here, as in `obslint-disable-next-line alert-runbook -- why it is fine here`.' }],
      [['schema']],
    ],
    [
      'no rule',
      '#obslint-disable-file -- because',
      [{ line: 1, column: 2, start: 1, end: 32, message: '`obslint-disable-file` names no rule to suppress.', help: 'List the rules after it, separated by commas, as in `obslint-disable-next-line alert-runbook -- why it is fine here`.' }],
      [],
    ],
    [
      'disable-line on a line of its own',
      'a: 1\n# obslint-disable-line schema -- x\n',
      [{ line: 2, column: 1, start: 5, end: 39, message: '`obslint-disable-line` is on a line of its own, so it suppresses nothing.', help: 'Put it at the end of the line it is about, or use `obslint-disable-next-line`.' }],
      [],
    ],
  ];
  for (const [name, text, problems, rules] of PROBLEMS) {
    it(`reports ${name}`, async () => {
      const parsed = await parseSuppressions(text, 'yaml', options);
      expect(parsed.problems).toEqual(problems);
      expect(parsed.suppressions.map((s) => s.rules)).toEqual(rules);
    });
  }

  it('does not require a reason when told so', async () => {
    const parsed = await parseSuppressions('# obslint-disable-file schema\n', 'yaml', { ruleIds: RULE_IDS, requireReason: false });
    expect(parsed.problems).toEqual([]);
    expect(parsed.suppressions.map((s) => [s.rules, s.reason])).toEqual([[['schema'], undefined]]);
  });
});

describe('parseDirective (for the config of JSON files)', () => {
  it('reads directive text, and leaves other text alone', () => {
    expect(parseDirective('obslint-disable-file alert-runbook -- vendor monitors', options)).toEqual({ directive: { scope: 'file', rules: ['alert-runbook'], reason: 'vendor monitors' }, problems: [] });
    expect(parseDirective('just a comment', options)).toBeUndefined();
  });
});

const { suppressions } = await parseSuppressions(
  [
    '# obslint-disable-next-line alert-runbook, alert-owner -- x', // 1
    '- alert: A', // 2
    '- alert: B # obslint-disable-line schema -- y', // 3
    '# obslint-disable-file template-syntax -- z', // 4
  ].join('\n'),
  'yaml',
  options,
);

describe('isSuppressed and unusedSuppressions', () => {
  const finding = (rule: string, line: number) => ({ rule, start: { line } });

  const CASES: [string, number, boolean][] = [
    ['alert-runbook', 2, true],
    ['alert-owner', 2, true],
    ['schema', 2, false],
    ['alert-runbook', 3, false],
    ['schema', 3, true],
    ['template-syntax', 1, true],
    ['template-syntax', 40, true],
    ['yaml-syntax', 2, false],
  ];
  for (const [rule, line, expected] of CASES) {
    it(`${rule} on line ${line}: ${expected ? 'suppressed' : 'reported'}`, () => {
      expect(isSuppressed(finding(rule, line), suppressions)).toBe(expected);
    });
  }

  it('lists the rules of each suppression that suppressed nothing', () => {
    const unused = unusedSuppressions([finding('alert-runbook', 2), finding('schema', 9)], suppressions);
    expect(unused.map(({ suppression, rules }: { suppression: Suppression; rules: string[] }) => [suppression.line, rules])).toEqual([
      [1, ['alert-owner']],
      [3, ['schema']],
      [4, ['template-syntax']],
    ]);
    expect(unusedSuppressions([finding('alert-runbook', 2), finding('alert-owner', 2), finding('schema', 3), finding('template-syntax', 7)], suppressions)).toEqual([]);
  });
});
