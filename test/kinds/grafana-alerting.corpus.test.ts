import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/run.js';
import { HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { blockingByFile, corpusDocuments, corpusFiles, count, crashes, isMapping, lintCorpus } from './corpus.js';

const FOLDER = 'grafana-alerting';

/** The rules of a provisioning file or a GrafanaAlertRuleGroup, read without obslint. */
function rulesOf(document: unknown): Record<string, unknown>[] {
  if (!isMapping(document)) return [];
  const groups = document.kind === 'GrafanaAlertRuleGroup' ? [document.spec] : Array.isArray(document.groups) ? document.groups : [];
  return groups.flatMap((group) => (isMapping(group) && Array.isArray(group.rules) ? group.rules.filter(isMapping) : []));
}

const filled = (map: unknown, key: string) => isMapping(map) && typeof map[key] === 'string' && map[key].trim() !== '';

describe.skipIf(!HAS_CORPUS)('the Grafana alerting corpus', () => {
  const files = HAS_CORPUS ? corpusFiles(FOLDER) : [];
  let result: RunResult;
  beforeAll(async () => {
    result = await lintCorpus(FOLDER);
  });

  it('claims every file and checks it without a crash', () => {
    expect(result.filesLinted).toBe(files.length);
    expect(crashes(result.findings)).toEqual([]);
  });

  it('finds nothing Grafana or the API server would refuse: none of these files is broken', () => {
    expect(blockingByFile(result.findings)).toEqual({});
  });

  it('finds every alert and recording rule, and reports each one without an owner label or a runbook annotation', () => {
    const rules = files.flatMap((file) => corpusDocuments(FOLDER, file).flatMap(rulesOf));
    const alerts = rules.filter((rule) => !isMapping(rule.record));
    const withoutOwner = alerts.filter((rule) => !filled(rule.labels, 'team') && !filled(rule.labels, 'owner'));
    const withoutRunbook = alerts.filter((rule) => !filled(rule.annotations, 'runbook_url') && !filled(rule.annotations, 'runbook'));
    console.info(`${FOLDER}: ${result.alerts} alerts, ${count(result.findings, 'alert-owner')} without an owner, ${count(result.findings, 'alert-runbook')} without a runbook`);
    expect(result.alerts).toBe(alerts.length);
    expect(count(result.findings, 'alert-owner')).toBe(withoutOwner.length);
    expect(count(result.findings, 'alert-runbook')).toBe(withoutRunbook.length);
    expect(result.recordingRules).toBe(rules.length - alerts.length);
  });
});

if (!HAS_CORPUS) skipNote('Grafana alerting corpus tests', 'the corpus (../shared/corpus) is not beside the repository');
