import { afterEach, describe, expect, it, vi } from 'vitest';
import { prometheusRules } from '../../src/kinds/prometheus-rules.js';
import alertOwner from '../../src/rules/alert-owner.js';
import { lintSource } from '../rule-tester.js';

const FILE = 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        labels: { severity: critical }\n';

describe('the pipeline keeps going when a part of it fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a rule that throws costs one finding of that rule; the other rules still run', async () => {
    vi.spyOn(alertOwner, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const findings = await lintSource(FILE);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['alert-owner', 'This rule failed on this file: Error: boom'],
      ['alert-runbook', 'Alert `A` has no runbook: add a runbook annotation (`runbook_url` or `runbook`).'],
    ]);
    expect(findings[0].help).toBe('This is a bug in obslint: please report it with the file.');
  });

  it('a kind that throws on a document costs one schema finding at the document', async () => {
    vi.spyOn(prometheusRules, 'extract').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const findings = await lintSource(FILE);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        message: 'This document could not be checked: RangeError: Maximum call stack size exceeded',
        start: { line: 1, column: 1 },
      }),
    ]);
  });

  it('an empty file, a comment-only file and an empty document are nothing to report', async () => {
    expect(await lintSource('')).toEqual([]);
    expect(await lintSource('# groups: soon\n')).toEqual([]);
    expect(await lintSource('---\n---\ngroups: []\n')).toEqual([]);
  });
});

describe('what a run leaves alone, and what it does not', () => {
  it('skips a Helm chart template that does not parse, but not a broken rule file', async () => {
    const { scratchRepo } = await import('../rule-tester.js');
    const { runLint } = await import('../../src/engine/run.js');
    const { resolveConfig } = await import('../../src/engine/config.js');
    const root = scratchRepo({
      'charts/app/templates/prometheusrule.yaml':
        '{{- if .Values.rules.enabled }}\napiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups:\n    {{- toYaml .Values.rules.groups | nindent 4 }}\n{{- end }}\n',
      'rules/broken.yml': 'groups:\n  - name: "g\n    rules: []\n',
      'rules/min.json': '{"groups":[{"name":"g","rules":[{"alert":"A","expr":"rat(x)","labels":{"severity":"info"}}]}]}',
    });
    const result = await runLint({ root, paths: ['.'], config: resolveConfig({}), threads: 1 });
    expect(result.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'rules/broken.yml yaml-syntax',
      'rules/min.json alert-runbook',
      'rules/min.json promql-syntax',
      'rules/min.json alert-owner',
    ]);
  });
});

describe('kinds: in the config', () => {
  it('sets the kind of files by glob, where detection by content would not claim them', async () => {
    const { scratchRepo } = await import('../rule-tester.js');
    const { runLint } = await import('../../src/engine/run.js');
    const { resolveConfig } = await import('../../src/engine/config.js');
    // `apiVersion` keeps a file from being detected as a rule file (`apiVersion: 1` would make it a Grafana provisioning file).
    const text = 'apiVersion: v1\ngroups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        labels: {team: t, severity: info}\n        annotations: {runbook_url: "https://r.acme.dev/a"}\n';
    const root = scratchRepo({ 'loki/rules.yaml': text, 'other/rules.yaml': text });
    const config = resolveConfig({ kinds: [{ files: 'loki/**', kind: 'prometheus-rules' }] });
    const result = await runLint({ root, paths: ['.'], config, threads: 1 });
    expect(result.findings.map((f) => `${f.file}:${f.start.line}:${f.start.column} ${f.message}`)).toEqual([
      'loki/rules.yaml:1:1 Unknown key `apiVersion`. Allowed here: `groups`.',
    ]);
    expect(result.filesLinted).toBe(1);
  });
});
