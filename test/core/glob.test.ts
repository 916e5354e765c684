import { describe, expect, it } from 'vitest';
import { compileGlobs, expandBraces, GlobError } from '../../src/core/glob.js';
import { growth } from '../growth.js';

/**
 * Pattern, path, whether it matches. Every row was checked against picomatch 4 with
 * `{ dot: true }`; where picomatch answers otherwise, the fourth column says what it answers
 * and why this matcher does not follow it.
 */
const CASES: [pattern: string, path: string, matches: boolean, picomatch?: string][] = [
  // `**`: zero or more folders, as a whole segment only, never `.` or `..`.
  ['**', 'a.yml', true],
  ['**', 'a/b/c.yml', true],
  ['**/*.yml', 'a.yml', true],
  ['**/*.yml', 'a/b/c.yml', true],
  ['rules/**/*.yml', 'rules/a.yml', true],
  ['rules/**/*.yml', 'rules/x/y/a.yml', true],
  ['rules/**/*.yml', 'other/rules/a.yml', false],
  ['a/**/b', 'a/b', true],
  ['a/**/**/b', 'a/b', true],
  ['**/a/**', 'x/a/y/z', true],
  ['a/**/b', 'a/./b', false],
  ['a/**/b', 'a/../b', false],
  ['**', '.', false],
  ['**.yml', 'b.yml', true],
  ['**.yml', 'a/b.yml', false, 'true: a `**` that starts the pattern crosses folders even with text after it; picomatch\'s own docs and bash make `**` special only as a whole segment'],
  ['a/**b', 'a/xb', true],
  ['a/**b', 'a/c/xb', false],
  ['a**', 'ab/c', false],
  // `*` and `?`: within one segment.
  ['*.yml', 'a.yml', true],
  ['*.yml', 'a/b.yml', false],
  ['rules/*.yml', 'rules/sub/a.yml', false],
  ['a*c', 'a/c', false],
  ['*a*a*a*ab.yml', 'aaaab.yml', true],
  ['*a*a*a*ab.yml', 'aaab.yml', false],
  ['*.YML', 'a.yml', false],
  ['*', '.', false],
  ['*', '..', false],
  ['a/*/b', 'a/../b', false],
  ['a/*', 'a/', false],
  ['.*', '.', true, 'false: it keeps any segment that is `.` from matching; only a leading star refuses it here (no path the engine matches has a `.` segment)'],
  ['?.yml', 'a.yml', true],
  ['?.yml', 'ab.yml', false],
  ['a?c', 'a/c', false],
  ['?', '.', true],
  // Classes.
  ['[abc].yml', 'b.yml', true],
  ['[abc].yml', 'd.yml', false],
  ['[a-z0-9]', '5', true],
  ['[a-z0-9]', 'A', false],
  ['[!a]b', 'cb', true, 'false: without `posix: true` it reads `[!a]` as `!` or `a`; `[!a]` is "not a" in POSIX globs and bash, as the code base documents it'],
  ['[!a]b', 'ab', false, 'true (as above)'],
  ['[!a-z]', 'A', true, 'false (as above)'],
  ['[^a]b', 'cb', true],
  ['[^a]b', 'ab', false],
  ['[]a]', ']', true],
  ['[a-]', '-', true],
  ['[\\]]', ']', true],
  ['[abc', '[abc', true],
  ['a[/]b', 'a/b', false, 'true: its class may hold `/`; here a pattern is cut into folders first, and `[/]` is the texts `a[` and `]b`'],
  ['[[:alpha:]]', 'a', false, 'true: POSIX classes are not supported; read as the class `[:alph` and a `]`'],
  // Braces, nested, holding slashes; without a comma, or never closed, they are text.
  ['*.{yml,yaml}', 'a.yaml', true],
  ['*.{yml,yaml}', 'a.json', false],
  ['{a,{b,c}}', 'c', true],
  ['a/{b,c{d,e}}/f', 'a/ce/f', true],
  ['a/{b,c{d,e}}/f', 'a/c/f', false],
  ['{,a/}b', 'b', true],
  ['{,a/}b', 'a/b', true],
  ['a{,.min}.js', 'a.min.js', true],
  ['{a,b}/**', 'b/c/d', true],
  ['{a}', 'a', false],
  ['{a}', '{a}', true],
  ['{a,b', '{a,b', true],
  ['{1..3}.yml', '2.yml', false, 'true: ranges are not supported'],
  ['+(a|b).yml', 'a.yml', false, 'true: extglobs are not supported'],
  // Escapes.
  ['{a\\,b,c}', 'a,b', true],
  ['\\{a,b\\}', '{a,b}', true],
  ['\\{a,b\\}', 'a', false],
  ['a\\*', 'a*', true],
  ['a\\*', 'ab', false],
  ['\\[a]', '[a]', true],
  ['a\\?', 'ab', false],
  // A leading `!`: not.
  ['!*.md', 'a.yml', true],
  ['!*.md', 'a.md', false],
  ['!!a', 'a', true],
  ['!{a,b}', 'b', false],
  ['!{a,b}', 'c', true],
  // A leading `./`.
  ['./a/*.yml', 'a/b.yml', true],
  ['!./a', 'a', false],
  ['./*', '.env', true],
  // Dotfiles match (`dot: true`).
  ['*', '.env', true],
  ['.*', '.env', true],
  ['.github/**', '.github/workflows/ci.yml', true],
  ['**/.obslint.yml', '.obslint.yml', true],
  ['**/*.yml', '.github/x.yml', true],
  ['*/ci.yml', '.github/ci.yml', true],
  // A trailing `/**`: the folder itself, and all below it.
  ['a/**', 'a', true],
  ['a/**', 'a/b/c', true],
  ['a/**', 'ab', false],
  ['a/**', 'b/a', false],
];

describe('compileGlobs', () => {
  it.each(CASES)('%j against %j: %s', (pattern, path, matches) => {
    expect(compileGlobs([pattern])(path)).toBe(matches);
  });

  it('a list matches what any of its patterns matches', () => {
    const matches = compileGlobs(['rules/*.yml', 'alerts/**']);
    expect(['rules/a.yml', 'alerts/x/y.yml', 'other/a.yml'].map(matches)).toEqual([true, true, false]);
    expect(compileGlobs([])('a.yml')).toBe(false);
  });

  it('runs in time linear in the name, on the stars that make a regular expression backtrack', () => {
    const matches = compileGlobs(['*a*a*a*a*a*a*a*a*a*a*ab.yml']);
    const name = (n: number) => `${'a'.repeat(n)}.yml`;
    expect(matches(name(5000))).toBe(false);
    // Ten times the name; room for a busy machine, not for a quadratic step (100 times).
    expect(growth(name(5000), name(50_000), matches)).toBeLessThan(35);
  });
});

describe('expandBraces', () => {
  it('expands in order, nested braces inside their alternative', () => {
    expect(expandBraces('a/{b,c{d,e}}/f')).toEqual(['a/b/f', 'a/cd/f', 'a/ce/f']);
    expect(expandBraces('x{a,b}{c,d}')).toEqual(['xac', 'xad', 'xbc', 'xbd']);
    expect(expandBraces('{{a,b},c')).toEqual(['{a,c', '{b,c']);
    expect(expandBraces('{a{b,c}}')).toEqual(['{ab}', '{ac}']);
  });

  it('refuses more than 1,024 patterns, naming the pattern as written (shown safely)', () => {
    expect(expandBraces('{a,b}'.repeat(10))).toHaveLength(1024);
    expect(() => expandBraces('{a,b}'.repeat(11))).toThrow(new GlobError(`\`${'{a,b}'.repeat(11)}\` expands to more than 1024 patterns.`));
    expect(() => expandBraces('`{a,{b,{c,d}}}'.repeat(6))).toThrow(/^`'\{a,/);
  });

  it('refuses a pattern of many braces at once, and pairs braces in linear time', () => {
    const many = (n: number) => '{a,b}'.repeat(n);
    expect(() => expandBraces(many(20_000))).toThrow(GlobError);
    const refused = (pattern: string) => expect(() => expandBraces(pattern)).toThrow(GlobError);
    // Twenty times the pattern; room for garbage collection, not for a quadratic step (400 times).
    expect(growth(many(1_000), many(20_000), refused)).toBeLessThan(80);
    const unclosed = (n: number) => '{'.repeat(n);
    expect(expandBraces(unclosed(3))).toEqual(['{{{']);
    expect(growth(unclosed(1_000), unclosed(20_000), expandBraces)).toBeLessThan(80);
  });
});
