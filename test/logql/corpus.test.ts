import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import { queryLanguage } from '../../src/kinds/prometheus-groups.js';
import { checkLogql, loadLogqlRegexEngine } from '../../src/logql/check.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { LOKI_ACCEPTED } from './cases.js';

/** Corpus files that a Loki ruler reads (SOURCES.md says so): every expression in them is LogQL. */
const LOKI_RULER_FILES = new Set(['prometheus-rules/loki-docker__rules.yml']);

interface Group {
  rules?: ({ expr?: unknown } | null)[];
}
type Rules = { groups?: (Group | null)[]; spec?: { groups?: (Group | null)[] } } | null;

/** Every LogQL `expr` of the corpus's rule files and PrometheusRule resources. */
function corpusLogql(): { file: string; expr: string }[] {
  const found: { file: string; expr: string }[] = [];
  for (const [dir, groupsOf] of [
    ['prometheus-rules', (doc: Rules) => doc?.groups],
    ['prometheusrule-crd', (doc: Rules) => doc?.spec?.groups],
  ] as const) {
    for (const file of readdirSync(path.join(CORPUS, dir)).sort()) {
      const name = `${dir}/${file}`;
      // `logLevel: 'error'`: one file has a mapping as a key, which the YAML library warns about.
      for (const doc of parseAllDocuments(readFileSync(path.join(CORPUS, dir, file), 'utf8'), { logLevel: 'error' })) {
        for (const group of groupsOf(doc.toJS()) ?? []) {
          for (const rule of group?.rules ?? []) {
            if (rule?.expr === undefined || rule.expr === null) continue;
            const expr = String(rule.expr);
            if (LOKI_RULER_FILES.has(name) || queryLanguage(expr) === 'logql') found.push({ file: name, expr });
          }
        }
      }
    }
  }
  return found;
}

beforeAll(loadLogqlRegexEngine);

describe.skipIf(!HAS_CORPUS)('the corpus, whose files their rulers load', () => {
  it('has no LogQL expression with a problem', () => {
    const expressions = corpusLogql();
    console.info(`corpus: ${expressions.length} LogQL expressions checked`);
    expect(expressions.length).toBeGreaterThan(0);
    expect(expressions.map(({ file, expr }) => ({ file, expr, problems: checkLogql(expr) })).filter((e) => e.problems.length > 0)).toEqual([]);
  });

  it("has no blocking finding in Loki's rule file read as Loki rules", async () => {
    const config = resolveConfig({ kinds: [{ files: 'prometheus-rules/loki-*__rules.yml', kind: 'loki-rules' }] });
    for (const file of LOKI_RULER_FILES) {
      const result = await lintText(file, readFileSync(path.join(CORPUS, file), 'utf8'), { root: os.tmpdir(), config }, true);
      expect(result.kinds).toEqual(['loki-rules']);
      expect(result.findings.filter((f) => ['yaml-syntax', 'schema', 'logql-syntax', 'promql-syntax'].includes(f.rule))).toEqual([]);
    }
  });

  it('lints every rule file without a logql-syntax finding', async () => {
    const config = resolveConfig({});
    const flagged: string[] = [];
    for (const dir of ['prometheus-rules', 'prometheusrule-crd']) {
      for (const file of readdirSync(path.join(CORPUS, dir)).sort()) {
        const result = await lintText(`${dir}/${file}`, readFileSync(path.join(CORPUS, dir, file), 'utf8'), { root: os.tmpdir(), config }, true);
        for (const f of result.findings) if (f.rule === 'logql-syntax') flagged.push(`${dir}/${file}:${f.start.line} ${f.message}`);
      }
    }
    expect(flagged).toEqual([]);
  });
});

if (!HAS_CORPUS) skipNote('LogQL corpus test', `${CORPUS} does not exist (it sits beside the repository in development only)`);

describe('speed', () => {
  it('checks real expressions: measured, not asserted', () => {
    const expressions = [...LOKI_ACCEPTED, ...(HAS_CORPUS ? corpusLogql().map((e) => e.expr) : [])];
    for (const expr of expressions) checkLogql(expr);
    const rounds = 20;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const expr of expressions) checkLogql(expr);
    const micros = ((performance.now() - start) * 1000) / (rounds * expressions.length);
    const chars = expressions.reduce((sum, e) => sum + e.length, 0) / expressions.length;
    console.info(`checkLogql: ${micros.toFixed(1)} µs per expression (${expressions.length} expressions, ${chars.toFixed(0)} characters on average)`);
    expect(micros).toBeGreaterThan(0);
  });
});
