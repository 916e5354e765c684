import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { queryLanguage } from '../../src/kinds/prometheus-groups.js';
import { checkPromql } from '../../src/promql/check.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';

interface Group {
  rules?: ({ expr?: unknown } | null)[];
}
type Rules = { groups?: (Group | null)[]; spec?: { groups?: (Group | null)[] } } | null;

/** Every `expr` of the corpus's rule files and PrometheusRule resources (LogQL of Loki rulers left out). */
function corpusExpressions(): { file: string; expr: string }[] {
  const found: { file: string; expr: string }[] = [];
  for (const [dir, groupsOf] of [
    ['prometheus-rules', (doc: Rules) => doc?.groups],
    ['prometheusrule-crd', (doc: Rules) => doc?.spec?.groups],
  ] as const) {
    for (const file of readdirSync(path.join(CORPUS, dir)).sort()) {
      // `logLevel: 'error'`: one file has a mapping as a key, which the YAML library warns about.
      for (const doc of parseAllDocuments(readFileSync(path.join(CORPUS, dir, file), 'utf8'), { logLevel: 'error' })) {
        for (const group of groupsOf(doc.toJS()) ?? []) {
          for (const rule of group?.rules ?? []) {
            if (rule?.expr === undefined || rule.expr === null) continue;
            const expr = String(rule.expr);
            if (queryLanguage(expr) === 'promql') found.push({ file: `${dir}/${file}`, expr });
          }
        }
      }
    }
  }
  return found;
}

describe.skipIf(!HAS_CORPUS)('the corpus, whose files Prometheus loads', () => {
  it('has no expression with a problem', () => {
    const expressions = corpusExpressions();
    console.info(`corpus: ${expressions.length} PromQL expressions checked`);
    expect(expressions.length).toBeGreaterThan(2_500);
    const flagged = expressions
      .map(({ file, expr }) => ({ file, expr, problems: checkPromql(expr, { names: 'utf8' }) }))
      .filter((e) => e.problems.length > 0);
    expect(flagged).toEqual([]);
  });
});

if (!HAS_CORPUS) skipNote('PromQL corpus test', `${CORPUS} does not exist (it sits beside the repository in development only)`);
