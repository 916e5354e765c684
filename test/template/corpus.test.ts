import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { checkTemplate } from '../../src/template/index.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';

interface RuleLike {
  alert?: unknown;
  labels?: Record<string, unknown>;
  annotations?: Record<string, unknown>;
}

/** Every label and annotation value of the alerting rules in a rule file or PrometheusRule. */
function alertTemplates(text: string): string[] | undefined {
  const docs = parseAllDocuments(text);
  // Files the YAML spec refuses (Go's YAML is laxer) are covered by test/corpus.test.ts.
  if (docs.some((doc) => doc.errors.length > 0)) return undefined;
  const values: string[] = [];
  for (const doc of docs) {
    const data = doc.toJS() as { groups?: { rules?: RuleLike[] }[]; spec?: { groups?: { rules?: RuleLike[] }[] } } | null;
    for (const group of data?.groups ?? data?.spec?.groups ?? []) {
      for (const rule of group.rules ?? []) {
        if (!rule.alert) continue;
        for (const value of [...Object.values(rule.labels ?? {}), ...Object.values(rule.annotations ?? {})]) {
          if (typeof value === 'string') values.push(value);
        }
      }
    }
  }
  return values;
}

describe.skipIf(!HAS_CORPUS)('templates of the corpus', () => {
  it('every label and annotation of these valid files parses', () => {
    const problems: string[] = [];
    const skipped: string[] = [];
    let checked = 0;
    let templated = 0;
    for (const kind of ['prometheus-rules', 'prometheusrule-crd']) {
      const dir = path.join(CORPUS, kind);
      for (const file of readdirSync(dir).sort()) {
        const values = alertTemplates(readFileSync(path.join(dir, file), 'utf8'));
        if (!values) {
          skipped.push(file);
          continue;
        }
        for (const value of values) {
          checked++;
          if (value.includes('{{')) templated++;
          for (const p of checkTemplate(value)) problems.push(`${kind}/${file}: ${p.message} in ${JSON.stringify(value.slice(p.start, p.end + 20))}`);
        }
      }
    }
    console.info(`templates: ${checked} labels and annotations checked, ${templated} with actions; files the YAML spec refuses, left out: ${skipped.join(', ')}`);
    expect(templated).toBeGreaterThan(1500);
    expect(problems).toEqual([]);
  });
});

if (!HAS_CORPUS) skipNote('template corpus test', 'the corpus is not beside the repository');
