import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, runNode } from './e2e-helpers.js';
import { BLOCKING, CORPUS, HAS_CORPUS, skipNote } from './corpus-helpers.js';

/**
 * Files of the corpus that really are wrong for Prometheus, or for the YAML spec, and why.
 * Every other file must lint without a yaml-syntax or schema finding.
 */
const KNOWN_BROKEN: Record<string, { rule: string; why: string }> = {
  'prometheus-rules/victoriametrics__alerts-vmagent.yml': {
    rule: 'schema',
    why: 'vmalert group option `concurrency`, which Prometheus refuses ("field concurrency not found")',
  },
  'prometheus-rules/victoriametrics__alerts-cluster.yml': {
    rule: 'schema',
    why: 'vmalert group option `concurrency`, which Prometheus refuses ("field concurrency not found")',
  },
  'prometheus-rules/victoriametrics__alerts-single-node.yml': {
    rule: 'schema',
    why: 'vmalert group option `concurrency`, which Prometheus refuses ("field concurrency not found")',
  },
};

interface JsonFinding {
  file: string;
  rule: string;
  line: number;
  message: string;
}

describe.skipIf(!HAS_CORPUS)('the CLI over every file of the corpus', () => {
  let findings: JsonFinding[] = [];
  let stats: { files: number; rules: number };
  let exitCode: number | null;

  beforeAll(async () => {
    const ran = await runNode(CLI, ['.', '--format', 'json', '--stats'], { cwd: CORPUS });
    exitCode = ran.code;
    const lines = ran.stderr.trim().split('\n');
    stats = JSON.parse(lines.at(-1)!);
    expect(lines).toHaveLength(1);
    findings = (JSON.parse(ran.stdout) as { findings: JsonFinding[] }).findings;
  });

  it('runs without crashing and finds alerts without owners and runbooks', () => {
    expect(exitCode).toBe(1);
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    console.info(`corpus: ${stats.files} files with rules, ${stats.rules} rules, findings by rule: ${JSON.stringify(counts)}`);
    expect(stats.files).toBeGreaterThanOrEqual(76);
    expect(counts['alert-owner']).toBeGreaterThan(500);
    expect(counts['alert-runbook']).toBeGreaterThan(300);
  });

  it('reports yaml-syntax and schema only on the files known to be broken', () => {
    const blocking = findings.filter((f) => BLOCKING.has(f.rule) && f.rule !== 'promql-syntax');
    const byFile = Object.fromEntries(blocking.map((f) => [f.file, f.rule]));
    expect(byFile).toEqual(Object.fromEntries(Object.entries(KNOWN_BROKEN).map(([file, { rule }]) => [file, rule])));
  });

  it('finds no PromQL syntax error in the corpus (every expression there parses)', () => {
    expect(findings.filter((f) => f.rule === 'promql-syntax')).toEqual([]);
  });

  it('recognizes every Prometheus rule file and PrometheusRule resource', () => {
    const ruleFiles = ['prometheus-rules', 'prometheusrule-crd'].flatMap((dir) => readdirSync(path.join(CORPUS, dir)).map((f) => `${dir}/${f}`));
    // A file with an alert always has an owner or runbook finding in this corpus, or is broken.
    const seen = new Set(findings.map((f) => f.file));
    const silent = ruleFiles.filter((f) => !seen.has(f));
    // Files with only recording rules, or whose alerts are complete, are silent; there are few.
    expect(silent.length).toBeLessThan(15);
    expect(stats.files).toBe(ruleFiles.length);
  });
});

if (!HAS_CORPUS) skipNote('corpus tests', `${CORPUS} does not exist (it sits beside the repository in development only)`);
