import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/engine/config.js';
import type { Finding } from '../src/core/findings.js';
import { lintText } from '../src/engine/lint.js';

export interface InvalidCase {
  name?: string;
  code: string;
  /** The findings of this rule, in order: line, column, and optionally the message (or a part). */
  errors: { line: number; column: number; endLine?: number; endColumn?: number; message?: string | RegExp; help?: string }[];
  options?: Record<string, unknown>;
  /** More of .obslint.yml than the rule's options (say, `prometheus:`). */
  config?: Record<string, unknown>;
  file?: string;
}

export interface ValidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
  config?: Record<string, unknown>;
  file?: string;
}

/** A scratch repository, for rules that look at other files (runbook paths). */
export function scratchRepo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'obslint-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** Lints one text as if it were a file in `root`, and returns every finding. */
export async function lintSource(
  code: string,
  options: { file?: string; root?: string; rules?: Record<string, unknown>; config?: Record<string, unknown> } = {},
): Promise<Finding[]> {
  const config = resolveConfig({ ...options.config, rules: options.rules as never });
  const job = { root: options.root ?? os.tmpdir(), config };
  return (await lintText(options.file ?? 'rules.yml', code, job, true)).findings;
}

/**
 * A table of good and bad cases for one rule, in the manner of ESLint's RuleTester: every
 * valid case yields no finding of the rule, every invalid case exactly the findings listed.
 */
export function ruleTester(rule: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[]; root?: string }): void {
  describe(rule, () => {
    describe('valid', () => {
      cases.valid.forEach((entry, index) => {
        const c = typeof entry === 'string' ? { code: entry } : entry;
        it(c.name ?? `valid #${index + 1}`, async () => {
          const findings = await lintSource(c.code, { file: c.file, root: cases.root, config: c.config, rules: c.options ? { [rule]: c.options } : undefined });
          expect(findings.filter((f) => f.rule === rule)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, index) => {
        it(c.name ?? `invalid #${index + 1}`, async () => {
          const findings = await lintSource(c.code, { file: c.file, root: cases.root, config: c.config, rules: c.options ? { [rule]: c.options } : undefined });
          const mine = findings.filter((f) => f.rule === rule);
          expect(mine.map((f) => ({ line: f.start.line, column: f.start.column }))).toEqual(
            c.errors.map((e) => ({ line: e.line, column: e.column })),
          );
          c.errors.forEach((expected, i) => {
            if (expected.endLine !== undefined) expect(mine[i].end.line).toBe(expected.endLine);
            if (expected.endColumn !== undefined) expect(mine[i].end.column).toBe(expected.endColumn);
            if (typeof expected.message === 'string') expect(mine[i].message).toBe(expected.message);
            else if (expected.message) expect(mine[i].message).toMatch(expected.message);
            if (expected.help !== undefined) expect(mine[i].help).toBe(expected.help);
          });
        });
      });
    });
  });
}

/** Dedent a template literal so YAML cases can be indented with the test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/\s+$/, '\n');
}
