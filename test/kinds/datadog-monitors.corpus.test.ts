import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/run.js';
import { HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { blockingByFile, corpusDocuments, corpusFiles, count, crashes, isMapping, lintCorpus } from './corpus.js';

const FOLDER = 'datadog-monitors';

/** The monitor of a corpus file, read without obslint: the file itself, an asset's `definition`, or a resource's `spec`. */
function monitorOf(document: unknown): Record<string, unknown> | undefined {
  if (!isMapping(document)) return undefined;
  if (document.kind === 'DatadogMonitor') return isMapping(document.spec) ? document.spec : undefined;
  return isMapping(document.definition) ? document.definition : document;
}

describe.skipIf(!HAS_CORPUS)('the Datadog monitor corpus', () => {
  const files = HAS_CORPUS ? corpusFiles(FOLDER) : [];
  const monitors = files.flatMap((file) => corpusDocuments(FOLDER, file).map(monitorOf)).filter((m) => m !== undefined);
  let result: RunResult;
  beforeAll(async () => {
    result = await lintCorpus(FOLDER);
  });

  it('claims every file (JSON from the API and integrations, DatadogMonitor resources) without a crash', () => {
    expect(result.filesLinted).toBe(files.length);
    expect(crashes(result.findings)).toEqual([]);
  });

  it('finds nothing the API or the API server would refuse: none of these files is broken', () => {
    expect(blockingByFile(result.findings)).toEqual({});
  });

  it('finds every monitor, and reports each one without a team tag or a runbook link in its message', () => {
    const owned = (m: Record<string, unknown>) => Array.isArray(m.tags) && m.tags.some((tag) => /^(team|owner):./.test(String(tag)));
    const withRunbook = (m: Record<string, unknown>) => /runbook\]?\(?\s*:?\s*https?:/i.test(String(m.message));
    console.info(`${FOLDER}: ${result.alerts} alerts, ${count(result.findings, 'alert-owner')} without an owner, ${count(result.findings, 'alert-runbook')} without a runbook`);
    expect(result.alerts).toBe(monitors.length);
    expect(count(result.findings, 'alert-owner')).toBe(monitors.filter((m) => !owned(m)).length);
    expect(count(result.findings, 'alert-runbook')).toBe(monitors.filter((m) => !withRunbook(m)).length);
  });
});

if (!HAS_CORPUS) skipNote('Datadog monitor corpus tests', 'the corpus (../shared/corpus) is not beside the repository');
