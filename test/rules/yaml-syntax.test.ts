import { expect, it } from 'vitest';
import { lintSource, ruleTester, yaml } from '../rule-tester.js';

/** The "billion laughs": each level refers to the one before nine times. */
function aliasBomb(levels: number): string {
  let text = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < levels; i++) {
    const refs = Array.from({ length: 9 }, () => `*a${i - 1}`).join(',');
    text += `a${i}: &a${i} [${refs}]\n`;
  }
  return `${text}groups: [*a${levels - 1}]\n`;
}

ruleTester('yaml-syntax', {
  valid: [
    'groups: []\n',
    { name: 'several documents', code: 'groups: []\n---\ngroups: []\n' },
    { name: 'anchors and merge keys', code: yaml`
      groups:
        - name: g
          rules:
            - &base
              alert: A
              expr: up == 0
            - <<: *base
              alert: B
    ` },
    { name: 'a comment-only document', code: '# nothing yet\n' },
    {
      name: 'a quoted value continued at its key’s indentation (Go reads it)',
      code: 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        annotations:\n          summary: "Instance down\n          for 5 minutes"\n',
    },
    { name: 'keys Go tells apart by their text', code: 'groups: []\n~: a\nnull: b\n' },
  ],
  invalid: [
    {
      name: 'an unclosed quote',
      code: 'groups:\n  - name: "g\n    rules: []\n',
      errors: [{ line: 2, column: 11, message: 'YAML syntax error: the quoted value is never closed (no closing `"`)' }],
    },
    {
      name: 'an unclosed single quote, with an escaped quote inside',
      code: "groups:\n  - name: 'it''s\n    rules: []\n",
      errors: [{ line: 2, column: 11, message: "YAML syntax error: the quoted value is never closed (no closing `'`)" }],
    },
    {
      name: 'bad indentation',
      code: 'groups:\n  - name: g\n   rules: []\n',
      errors: [{ line: 3, column: 4, message: /^YAML syntax error:/ }],
    },
    {
      name: 'a duplicate key',
      code: 'groups:\n  - name: g\n    name: h\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 9, message: '`name` is already set at line 2.' }],
    },
    {
      name: 'an unquoted value with `: ` in it',
      code: 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up\n        annotations:\n          summary: Error: too many\n',
      errors: [{ line: 7, column: 20, message: 'YAML syntax error: a value contains `: `; quote the value' }],
    },
    {
      name: 'a tab used for indentation',
      code: 'groups:\n\t- name: g\n',
      errors: [{ line: 2, column: 1, message: /^YAML syntax error:/ }],
    },
    {
      name: 'one finding per broken document; the good document is still linted',
      code: 'groups: [\n---\ngroups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up ==\n',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'an alias bomb is stopped, at the outermost alias being expanded',
      code: aliasBomb(9),
      errors: [{ line: 4, column: 22, message: '`*a2` and the aliases inside it expand this document far past its written size (an alias bomb).' }],
    },
  ],
});

it('keeps linting the other documents of a file with a broken one', async () => {
  const findings = await lintSource('groups: [\n---\ngroups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up ==\n');
  expect(findings.map((f) => `${f.rule}@${f.start.line}`)).toContain('promql-syntax@7');
});

it('reports deep nesting as a finding, not a crash', async () => {
  const depth = 20_000;
  const findings = await lintSource(`groups: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
  expect(findings.length).toBeGreaterThan(0);
  expect(findings[0].rule).toMatch(/yaml-syntax|schema/);
});
