import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/policy/codeowners-pattern.js';
import { findCodeowners, MAX_CODEOWNERS_BYTES, parseCodeowners } from '../../src/policy/codeowners.js';

/** Each pattern with the paths it must match (+) and must not (-). */
const PATTERNS: [string, string[]][] = [
  // One segment: at any depth, the file or a folder of that name and all under it.
  ['foo', ['+foo', '+foo/bar', '+bar/foo', '+bar/foo/baz', '-foo.txt', '-bar/foo.txt', '-bar/baz']],
  ['*.js', ['+a.js', '+src/a.js', '+src/deep/a.js', '-a.jsx', '-a.js.map']],
  // A leading slash anchors at the root.
  ['/foo', ['+foo', '+foo/bar', '+foo/bar/baz', '-fool.txt', '-bar/foo', '-bar/foo/baz']],
  ['/build/logs/', ['+build/logs/a.log', '+build/logs/deep/a.log', '-build/logs', '-x/build/logs/a.log']],
  // A trailing slash: what is inside, never a file of that name.
  ['foo/', ['-foo', '+foo/bar', '+foo/bar/baz', '+bar/foo/baz', '-bar/foo']],
  ['apps/', ['+apps/a', '+x/y/apps/a/b', '-apps', '-xapps/a']],
  // A slash inside anchors too.
  ['foo/bar', ['+foo/bar', '+foo/bar/baz', '-foo/bart', '-baz/foo/bar']],
  ['docs/*', ['+docs/getting-started.md', '-docs/build-app/troubleshooting.md', '-docs', '-x/docs/a.md']],
  ['foo/*.txt', ['+foo/bar.txt', '-foo/bar/baz.txt', '-qux/foo/bar.txt']],
  ['foo/*/baz', ['-foo/bar', '+foo/bar/baz', '+foo/bar/baz/qux', '-foo/baz']],
  // A lone `*` is every file; `/*` only those at the root.
  ['*', ['+foo', '+foo/bar', '+a/b/c/d', '+.github/workflows/ci.yml']],
  ['/*', ['+foo', '+.env', '-foo/bar']],
  ['/*/', ['-foo', '+foo/bar', '+foo/bar/baz']],
  ['f*', ['+foo', '+foo/bar', '+bar/foo', '-bar/baz', '-xfoo']],
  ['/f*/', ['-foo', '+foo/bar', '-bar/foo/baz']],
  ['f?o', ['+foo', '-fo', '-fooo', '-f/o']],
  // `**` as a whole segment.
  ['**/logs', ['+logs', '+a/logs', '+a/b/logs/c', '-a/blogs']],
  ['**/foo/bar', ['+foo/bar', '+qux/foo/bar/baz', '-foo/baz/bar']],
  ['foo/bar/**', ['-foo/bar', '+foo/bar/baz', '+foo/bar/baz/qux', '-qux/foo/bar/baz']],
  ['foo/**/bar', ['+foo/bar', '+foo/qux/bar', '+foo/q/r/bar/baz', '-qux/foo/bar']],
  ['foo/**/', ['-foo', '+foo/bar', '+foo/bar/baz']],
  ['**', ['+a', '+a/b/c']],
  ['**/*bar*', ['+bar', '+foo/rebar', '+foo/barrio', '+foo/qux/bar']],
  // Escapes are literal characters.
  ['f\\*o', ['+f*o', '-foo']],
  ['f\\?o', ['+f?o', '-foo']],
  ['/apps/\\[id\\]/page.ts', ['+apps/[id]/page.ts', '-apps/i/page.ts']],
  ['/docs/\\#notes.md', ['+docs/#notes.md', '-docs/notes.md']],
  ['my\\ file.txt', ['+my file.txt', '+a/my file.txt', '-my']],
  // Case matters: GitHub's file system is case sensitive.
  ['/Docs/', ['+Docs/a.md', '-docs/a.md']],
];

describe('CODEOWNERS patterns', () => {
  for (const [pattern, paths] of PATTERNS) {
    it(pattern, () => {
      const matches = compilePattern(pattern);
      expect(paths.map((p) => `${matches(p.slice(1).split('/')) ? '+' : '-'}${p.slice(1)}`)).toEqual(paths);
    });
  }

  it('matches in time bounded by the sizes, where a regular expression would backtrack', () => {
    const name = `${'a'.repeat(5000)}.yml`;
    const deep = Array.from({ length: 300 }, () => 'a').join('/');
    const started = performance.now();
    expect(compilePattern(`${'*a'.repeat(40)}b`)([name])).toBe(false);
    expect(compilePattern(`${'**/a/'.repeat(40)}b`)(deep.split('/'))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('parseCodeowners', () => {
  const FILE = [
    '# Default owners',
    '*       @global-owner1 @global-owner2',
    '*.js    @js-owner #This is an inline comment.',
    '*.go docs@example.com',
    '/build/logs/ @doctocat',
    '   ',
    '/apps/ @octocat',
    '/apps/github',
    'docs/*  @org/docs-team',
    '',
  ].join('\n');

  it('reads rules, owners, inline comments and the un-setting of ownership', () => {
    const { rules, problems } = parseCodeowners(FILE);
    expect(problems).toEqual([]);
    expect(rules).toEqual([
      { pattern: '*', owners: ['@global-owner1', '@global-owner2'], line: 2 },
      { pattern: '*.js', owners: ['@js-owner'], line: 3 },
      { pattern: '*.go', owners: ['docs@example.com'], line: 4 },
      { pattern: '/build/logs/', owners: ['@doctocat'], line: 5 },
      { pattern: '/apps/', owners: ['@octocat'], line: 7 },
      { pattern: '/apps/github', owners: [], line: 8 },
      { pattern: 'docs/*', owners: ['@org/docs-team'], line: 9 },
    ]);
  });

  it('gives each file the owners of the last rule that matches it', () => {
    const { ownersOf } = parseCodeowners(FILE);
    const cases: Record<string, string[]> = {
      'README.md': ['@global-owner1', '@global-owner2'],
      'src/app.js': ['@js-owner'],
      'main.go': ['docs@example.com'],
      'build/logs/today.log': ['@doctocat'],
      'apps/web/index.js': ['@octocat'],
      'apps/github/index.js': [],
      'apps/github': [],
      'docs/intro.md': ['@org/docs-team'],
      'docs/deep/intro.md': ['@global-owner1', '@global-owner2'],
      './docs/intro.md': ['@org/docs-team'],
    };
    expect(Object.fromEntries(Object.keys(cases).map((file) => [file, ownersOf(file)]))).toEqual(cases);
  });

  it('leaves a file unowned when no rule matches', () => {
    expect(parseCodeowners('/src/ @a\n').ownersOf('docs/x.md')).toEqual([]);
  });

  const INVALID: [string, { line: number; column: number; start: number; end: number; message: string; help: string }][] = [
    [
      '!*.log @a',
      { line: 1, column: 1, start: 0, end: 1, message: '`!*.log` uses `!` to negate a pattern, which CODEOWNERS does not support.', help: 'List the files to own instead, or add a later line with the pattern and no owners to leave those files unowned.' },
    ],
    [
      '* @a\nPython/ceval*.[ch] @b',
      { line: 2, column: 15, start: 19, end: 20, message: '`Python/ceval*.[ch]` has an unescaped `[`: CODEOWNERS patterns have no character ranges.', help: 'Escape both `[` and `]` with a `\\` to match them literally.' },
    ],
    [
      'pages/\\[id] @b',
      { line: 1, column: 11, start: 10, end: 11, message: '`pages/\\[id]` has an unescaped `]`: CODEOWNERS patterns have no character ranges.', help: 'Escape both `[` and `]` with a `\\` to match them literally.' },
    ],
    [
      '\\#notes.md @a',
      { line: 1, column: 1, start: 0, end: 2, message: 'GitHub does not read `\\#` at the start of a pattern as an escaped `#`, so `\\#notes.md` does not work.', help: 'Put a `/` before it, as in `/\\#notes.md` for a file at the root.' },
    ],
    ['/ @a', { line: 1, column: 1, start: 0, end: 1, message: 'The pattern `/` never matches anything.', help: 'Write `*` to match every file.' }],
    [
      '# owners\r\n  *.md  @docs  team  @x',
      { line: 2, column: 16, start: 25, end: 29, message: '`team` is not an owner GitHub can read.', help: 'Write owners as `@user`, `@org/team` or an e-mail address, separated by spaces.' },
    ],
    ['*.md @org/team/sub', { line: 1, column: 6, start: 5, end: 18, message: '`@org/team/sub` is not an owner GitHub can read.', help: 'Write owners as `@user`, `@org/team` or an e-mail address, separated by spaces.' }],
    ['@org/platform', { line: 1, column: 1, start: 0, end: 13, message: '`@org/platform` is read as a file pattern with no owners, not as an owner.', help: 'Put a pattern before the owners, as in `* @org/team`.' }],
  ];

  for (const [text, expected] of INVALID) {
    it(`reports and skips ${JSON.stringify(text)}`, () => {
      const parsed = parseCodeowners(text);
      expect(parsed.problems).toEqual([expected]);
      expect(parsed.rules.map((r) => r.line)).not.toContain(expected.line);
    });
  }

  it('keeps the valid lines around an invalid one', () => {
    const { rules, ownersOf } = parseCodeowners('* @a\n!x @b\n*.md @c\n');
    expect(rules.map((r) => r.pattern)).toEqual(['*', '*.md']);
    expect(ownersOf('x')).toEqual(['@a']);
  });

  it('refuses a file GitHub would not load for its size', () => {
    const parsed = parseCodeowners(`* @a\n${'#'.repeat(MAX_CODEOWNERS_BYTES)}`);
    expect(parsed.rules).toEqual([]);
    expect(parsed.problems.map((p) => p.message)).toEqual(['This CODEOWNERS file is 3 MB or more, so GitHub does not load it.']);
  });

  it('answers quickly for many rules and files', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `/services/svc-${i}/**/*.yml @org/team-${i}`).join('\n');
    const { ownersOf } = parseCodeowners(text);
    const started = performance.now();
    for (let i = 0; i < 2000; i += 4) expect(ownersOf(`services/svc-${i}/alerts/rules.yml`)).toEqual([`@org/team-${i}`]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('findCodeowners', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'obslint-codeowners-'));
  mkdirSync(path.join(root, 'docs'));
  mkdirSync(path.join(root, '.github'));

  it('takes the first of .github/, the root and docs/', () => {
    expect(findCodeowners(root)).toBeUndefined();
    writeFileSync(path.join(root, 'docs/CODEOWNERS'), '* @a\n');
    expect(findCodeowners(root)).toBe('docs/CODEOWNERS');
    writeFileSync(path.join(root, 'CODEOWNERS'), '* @b\n');
    expect(findCodeowners(root)).toBe('CODEOWNERS');
    mkdirSync(path.join(root, '.github/CODEOWNERS'));
    expect(findCodeowners(root)).toBe('CODEOWNERS');
    writeFileSync(path.join(root, '.github/CODEOWNERS.md'), '');
    writeFileSync(path.join(root, '.github', 'CODEOWNERS', 'x'), '');
    expect(findCodeowners(root)).toBe('CODEOWNERS');
  });
});
