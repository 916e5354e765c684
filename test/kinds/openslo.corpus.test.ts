import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/run.js';
import { HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { blockingByFile, corpusDocuments, corpusFiles, count, crashes, isMapping, lintCorpus } from './corpus.js';

const FOLDER = 'openslo';

const RATIO_OP = '`op` on an objective of a ratio SLI, which the OpenSLO Go SDK refuses (sloRatioObjectiveValidationWhenInlinedSLI); the spec only says `op` is not needed there';

/** Corpus files the OpenSLO SDK really refuses, and why; every other claimed file must give no schema finding. */
const KNOWN_BROKEN: Record<string, { rules: string[]; why: string }> = {
  'openslo-budgeting__ratio-timeslices.yaml': { rules: ['schema'], why: RATIO_OP },
  'openslo-budgeting__timeslices-slo.yaml': { rules: ['schema'], why: RATIO_OP },
  'openslo-lowtraffic__timeslices-slo.yaml': { rules: ['schema'], why: RATIO_OP },
  'openslo-v1__slos.yaml': { rules: ['schema'], why: RATIO_OP },
};

/** Files of the draft `openslo.com/v2alpha`, which this kind does not claim. */
const V2ALPHA = ['openslo-v2alpha__alert_policies.yaml', 'openslo-v2alpha__slis.yaml', 'openslo-v2alpha__slos.yaml'];

/** The OpenSLO objects of a document, read without obslint: the document, or the items of a list. */
const objectsOf = (document: unknown): unknown[] => (Array.isArray(document) ? document : [document]);

describe.skipIf(!HAS_CORPUS)('the OpenSLO corpus', () => {
  const files = HAS_CORPUS ? corpusFiles(FOLDER) : [];
  const objects = files.filter((file) => !V2ALPHA.includes(file)).flatMap((file) => corpusDocuments(FOLDER, file).flatMap(objectsOf)).filter(isMapping);
  let result: RunResult;
  beforeAll(async () => {
    result = await lintCorpus(FOLDER);
  });

  it('claims every v1 and v1alpha file, not the v2alpha drafts, and checks them without a crash', () => {
    expect(result.filesLinted).toBe(files.length - V2ALPHA.length);
    expect(result.findings.filter((f) => V2ALPHA.includes(f.file))).toEqual([]);
    expect(crashes(result.findings)).toEqual([]);
  });

  it('reports schema findings on the files the SDK refuses only, for that reason', () => {
    expect(blockingByFile(result.findings)).toEqual(Object.fromEntries(Object.entries(KNOWN_BROKEN).map(([file, { rules }]) => [file, rules])));
    const schema = result.findings.filter((f) => f.rule === 'schema');
    expect(schema.map((f) => f.message)).toEqual(schema.map(() => '`op` is set on an objective of a ratio SLI; the OpenSLO SDK refuses it there.'));
  });

  it('finds every AlertPolicy, standing alone or inlined in an SLO, and reports each one without a team label or a runbook annotation', () => {
    const v1 = objects.filter((o) => o.apiVersion === 'openslo/v1');
    const inline = v1.flatMap((o) => (o.kind === 'SLO' && isMapping(o.spec) && Array.isArray(o.spec.alertPolicies) ? o.spec.alertPolicies : []));
    const policies = [...v1.filter((o) => o.kind === 'AlertPolicy'), ...inline.filter((p) => isMapping(p) && isMapping(p.metadata))] as Record<string, unknown>[];
    const field = (p: Record<string, unknown>, key: 'labels' | 'annotations'): Record<string, unknown> => {
      const value = isMapping(p.metadata) ? p.metadata[key] : undefined;
      return isMapping(value) ? value : {};
    };
    const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
    const owned = policies.filter((p) => ['team', 'owner'].some((key) => typeof first(field(p, 'labels')[key]) === 'string' && first(field(p, 'labels')[key]) !== ''));
    const withRunbook = policies.filter((p) => 'runbook_url' in field(p, 'annotations') || 'runbook' in field(p, 'annotations'));
    console.info(`${FOLDER}: ${result.alerts} alerts, ${count(result.findings, 'alert-owner')} without an owner, ${count(result.findings, 'alert-runbook')} without a runbook`);
    expect(result.alerts).toBe(policies.length);
    expect(count(result.findings, 'alert-owner')).toBe(policies.length - owned.length);
    expect(count(result.findings, 'alert-runbook')).toBe(policies.length - withRunbook.length);
  });
});

if (!HAS_CORPUS) skipNote('OpenSLO corpus tests', 'the corpus (../shared/corpus) is not beside the repository');
