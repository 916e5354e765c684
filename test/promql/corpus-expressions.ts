import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { queryLanguage } from '../../src/kinds/prometheus-groups.js';
import { CORPUS } from '../corpus-helpers.js';

interface Group {
  rules?: ({ expr?: unknown; alert?: unknown } | null)[];
}
type Rules = { groups?: (Group | null)[]; spec?: { groups?: (Group | null)[] } } | null;

export interface CorpusExpression {
  file: string;
  expr: string;
  /** Whether the rule is an alerting rule (not a recording rule). */
  alert: boolean;
}

/** Every `expr` of the corpus's rule files and PrometheusRule resources (LogQL of Loki rulers left out). */
export function corpusExpressions(): CorpusExpression[] {
  const found: CorpusExpression[] = [];
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
            if (queryLanguage(expr) === 'promql') found.push({ file: `${dir}/${file}`, expr, alert: rule.alert !== undefined });
          }
        }
      }
    }
  }
  return found;
}
