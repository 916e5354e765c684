import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText, type FileResult } from '../../src/engine/lint.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { REPO_ROOT } from '../e2e-helpers.js';
import { yaml } from '../rule-tester.js';

/**
 * The scorecard counts an alert as having a runbook, an owner or a severity when no finding of
 * these rules starts on its lines: each such finding must fall on the lines of exactly one alert.
 */
const ALERT_RULES = new Set(['alert-owner', 'alert-runbook', 'alert-severity']);

const job = { root: os.tmpdir(), config: resolveConfig({}) };

/** The alert findings that the scorecard would not give to exactly one alert, as `line rule`. */
function misplaced(result: FileResult): string[] {
  const { owners = [], lines = new Int32Array() } = result.owners ?? {};
  const spans = owners.map((_, i) => [lines[2 * i], lines[2 * i + 1]]);
  return result.findings
    .filter((f) => ALERT_RULES.has(f.rule))
    .filter((f) => spans.filter(([first, last]) => first <= f.start.line && f.start.line <= last).length !== 1)
    .map((f) => `${f.start.line} ${f.rule}`);
}

const CASES: { name: string; file: string; code: string; alertFindings: number }[] = [
  {
    name: 'a Prometheus rule',
    file: 'rules.yml',
    code: yaml`
      groups:
        - name: g
          rules:
            - alert: A
              expr: up == 0
    `,
    alertFindings: 3,
  },
  {
    name: 'a DatadogMonitor resource (its findings sit on `spec:`)',
    file: 'monitor.yaml',
    code: yaml`
      apiVersion: datadoghq.com/v1alpha1
      kind: DatadogMonitor
      metadata:
        name: pods
      spec:
        query: "max(last_10m):max:kubernetes_state.container.status_report.count.waiting{reason:crashloopbackoff} >= 1"
        type: "query alert"
        name: "Pod is CrashloopBackOff"
        message: "The pod restarts."
    `,
    alertFindings: 3,
  },
  {
    name: 'a Datadog integration asset (the monitor under `definition:`)',
    file: 'monitor.yaml',
    code: yaml`
      title: Pod is CrashloopBackOff
      definition:
        query: "max(last_10m):max:kubernetes_state.container.restarts{*} >= 1"
        type: "query alert"
        name: "Pod is CrashloopBackOff"
        message: "The pod restarts."
    `,
    alertFindings: 3,
  },
  {
    name: 'a Grafana alert rule',
    file: 'alerting.yaml',
    code: yaml`
      apiVersion: 1
      groups:
        - orgId: 1
          name: g
          folder: F
          interval: 1m
          rules:
            - uid: a
              title: A
              condition: B
              data:
                - refId: B
                  datasourceUid: __expr__
                  model: { type: math, expression: "1" }
    `,
    alertFindings: 3,
  },
  {
    name: 'an OpenSLO AlertPolicy',
    file: 'policy.yaml',
    code: yaml`
      apiVersion: openslo/v1
      kind: AlertPolicy
      metadata:
        name: low
      spec:
        conditions:
          - conditionRef: breach
        notificationTargets:
          - targetRef: mail
    `,
    alertFindings: 3,
  },
  {
    name: 'Prometheus rules in a ConfigMap, whose alert is several lines long',
    file: 'configmap.yaml',
    code: yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: rules
      data:
        alerts.rules: |
          groups:
            - name: g
              rules:
                - alert: A
                  expr: up == 0
                  labels:
                    team: payments
                  annotations:
                    summary: down
    `,
    alertFindings: 2,
  },
];

describe('each alert finding falls on the lines of its alert, for the scorecard', () => {
  it.each(CASES)('$name', async ({ file, code, alertFindings }) => {
    const result = await lintText(file, code, job, true);
    expect(result.findings.filter((f) => ALERT_RULES.has(f.rule))).toHaveLength(alertFindings);
    expect(misplaced(result)).toEqual([]);
  });

  it('in the example files and the corpus', async () => {
    const roots = [path.join(REPO_ROOT, 'examples')];
    if (HAS_CORPUS) roots.push(CORPUS);
    else skipNote('the corpus', `${CORPUS} is absent`);
    let checked = 0;
    const wrong: string[] = [];
    for (const file of roots.flatMap(filesUnder)) {
      const result = await lintText(file, readFileSync(file, 'utf8'), job);
      checked += result.findings.filter((f) => ALERT_RULES.has(f.rule)).length;
      wrong.push(...misplaced(result).map((where) => `${path.relative(REPO_ROOT, file)}:${where}`));
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}
