import { describe, expect, it } from 'vitest';
import { BaselineError, compareBaseline, readBaseline, writeBaseline, type BaselineEntry } from '../../src/policy/baseline.js';
import { alertSubject, withoutLabels } from '../../src/rules/alerts.js';

const RUNBOOK: BaselineEntry = { fingerprint: 'b2c3d4e5f6a7b8c9', rule: 'alert-runbook', file: 'rules/api.yml', message: 'Alert `HighLatency` has no `runbook_url` annotation.' };
const OWNER: BaselineEntry = { fingerprint: 'a1b2c3d4e5f6a7b8', rule: 'alert-owner', file: 'rules/api.yml', message: 'Alert `HighLatency` has no `team` label.' };
const OTHER_FILE: BaselineEntry = { fingerprint: '0f0f0f0f0f0f0f0f', rule: 'alert-owner', file: 'rules/db.yml', message: 'Alert `DiskFull` has no `team` label.' };
const SAME_RULE: BaselineEntry = { fingerprint: '0000000000000001', rule: 'alert-runbook', file: 'rules/api.yml', message: 'Alert `Errors` has no `runbook_url` annotation.' };

const EXPECTED = `{
  "version": 1,
  "findings": {
    "a1b2c3d4e5f6a7b8": {
      "rule": "alert-owner",
      "file": "rules/api.yml",
      "message": "Alert \`HighLatency\` has no \`team\` label."
    },
    "0000000000000001": {
      "rule": "alert-runbook",
      "file": "rules/api.yml",
      "message": "Alert \`Errors\` has no \`runbook_url\` annotation."
    },
    "b2c3d4e5f6a7b8c9": {
      "rule": "alert-runbook",
      "file": "rules/api.yml",
      "message": "Alert \`HighLatency\` has no \`runbook_url\` annotation."
    },
    "0f0f0f0f0f0f0f0f": {
      "rule": "alert-owner",
      "file": "rules/db.yml",
      "message": "Alert \`DiskFull\` has no \`team\` label."
    }
  }
}
`;

describe('writeBaseline', () => {
  it('writes a versioned file sorted by file, rule and fingerprint, whatever the order of the findings', () => {
    expect(writeBaseline([OTHER_FILE, RUNBOOK, SAME_RULE, OWNER])).toBe(EXPECTED);
    expect(writeBaseline([OWNER, SAME_RULE, OTHER_FILE, RUNBOOK])).toBe(EXPECTED);
  });

  it('adds lines for a new finding and changes no others', () => {
    const before = writeBaseline([RUNBOOK, OTHER_FILE]).split('\n');
    const after = writeBaseline([RUNBOOK, OTHER_FILE, OWNER]).split('\n');
    const removed = before.filter((line) => !after.includes(line));
    expect(removed).toEqual([]);
    expect(after.length - before.length).toBe(5);
  });

  it('reads back what it writes', () => {
    const { entries } = readBaseline(EXPECTED);
    expect([...entries.values()]).toEqual([OWNER, SAME_RULE, RUNBOOK, OTHER_FILE]);
    expect(writeBaseline([...entries.values()])).toBe(EXPECTED);
  });

  it('writes an empty baseline', () => {
    expect(writeBaseline([])).toBe('{\n  "version": 1,\n  "findings": {}\n}\n');
    expect(readBaseline(writeBaseline([])).entries.size).toBe(0);
  });
});

describe('compareBaseline', () => {
  it('sorts findings into new and known, and lists the baseline entries no longer found as fixed', () => {
    const baseline = readBaseline(writeBaseline([RUNBOOK, OWNER, OTHER_FILE]));
    // The owner finding moved lines: same fingerprint, so still known.
    const moved = { ...OWNER, message: OWNER.message, start: { line: 40 } };
    const fresh: BaselineEntry = { fingerprint: 'ffffffffffffffff', rule: 'schema', file: 'rules/api.yml', message: 'x' };
    const result = compareBaseline([moved, fresh, RUNBOOK], baseline);
    expect(result).toEqual({ new: [fresh], known: [moved, RUNBOOK], fixed: [OTHER_FILE] });
  });

  it('matches what the fingerprint does not by the coarse fingerprint, one-to-one and in order, after every exact match', () => {
    const first: BaselineEntry = { fingerprint: '1111111111111111', coarseFingerprint: 'cccccccccccccccc', rule: 'alert-runbook', file: 'a.yml', message: 'm1' };
    const second: BaselineEntry = { ...first, fingerprint: '2222222222222222', message: 'm2' };
    const baseline = readBaseline(writeBaseline([first, second]));
    // `second` is matched exactly; `first` is then left for the first finding its labels no longer match.
    const exact = { ...second };
    const relabelled = { ...first, fingerprint: '3333333333333333' };
    const extra = { ...first, fingerprint: '4444444444444444' };
    expect(compareBaseline([relabelled, exact, extra], baseline)).toEqual({ new: [extra], known: [relabelled, exact], fixed: [] });
  });

  it('matches an entry written without a coarse fingerprint by its fingerprint only', () => {
    const old = readBaseline('{"version": 1, "findings": {"1111111111111111": {"rule": "alert-runbook", "file": "a.yml", "message": "m"}}}');
    const relabelled = { fingerprint: '3333333333333333', coarseFingerprint: 'cccccccccccccccc', rule: 'alert-runbook', file: 'a.yml', message: 'm' };
    expect(compareBaseline([relabelled], old)).toEqual({ new: [relabelled], known: [], fixed: [...old.entries.values()] });
  });

  it('writes and reads the coarse fingerprint after the message', () => {
    const entry: BaselineEntry = { ...RUNBOOK, coarseFingerprint: 'cccccccccccccccc' };
    const text = writeBaseline([entry]);
    expect(text).toContain('"message": "Alert `HighLatency` has no `runbook_url` annotation.",\n      "coarseFingerprint": "cccccccccccccccc"\n');
    expect([...readBaseline(text).entries.values()]).toEqual([entry]);
  });

  it('lets an entry match one finding only, leaves the baseline as it was, and lists fixed entries in file order', () => {
    const a: BaselineEntry = { fingerprint: '1111111111111111', rule: 'alert-runbook', file: 'a.yml', message: 'm1' };
    const b: BaselineEntry = { ...a, fingerprint: '2222222222222222', file: 'b.yml' };
    const c: BaselineEntry = { ...a, fingerprint: '3333333333333333', file: 'c.yml' };
    const baseline = readBaseline(writeBaseline([c, a, b]));
    const twin = { ...a };
    expect(compareBaseline([a, twin], baseline)).toEqual({ new: [twin], known: [a], fixed: [b, c] });
    // Nothing was taken out of the baseline: a second comparison gives the same answer.
    expect(compareBaseline([a, twin], baseline).fixed).toEqual([b, c]);
    expect(baseline.entries.size).toBe(3);
  });

  it('reports everything as new against an empty baseline', () => {
    expect(compareBaseline([RUNBOOK], readBaseline('{"version":1,"findings":{}}'))).toEqual({ new: [RUNBOOK], known: [], fixed: [] });
  });
});

describe('withoutLabels', () => {
  it.each([
    ['an alert', alertSubject({ group: 'api', name: 'Down', labels: { team: 'serch', severity: 'page' } }), 'api/Down{}'],
    ['a label value with braces and quotes', alertSubject({ group: 'api', name: 'Down', labels: { note: 'a} "b{' } }), 'api/Down{}'],
    ['a template of an alert', `${alertSubject({ name: 'Down', labels: { team: 'x' } })}/annotations/summary`, '/Down{}/annotations/summary'],
    ['a path with no labels', '#0/groups[name=api]/rules[alert=Down]/expr', '#0/groups[name=api]/rules[alert=Down]/expr'],
  ])('empties the label sets of %s', (_name, subject, expected) => {
    expect(withoutLabels(subject)).toBe(expected);
  });
});

describe('readBaseline refuses', () => {
  const REWRITE = 'Restore it from version control, or delete it and write the baseline again.';
  const CASES: [string, string, string, string][] = [
    ['text that is not JSON', '{"version": 1,', '`.obslint-baseline.json` is not valid JSON.', REWRITE],
    [
      'merge conflict markers',
      '{\n  "version": 1,\n  "findings": {\n<<<<<<< HEAD\n    "a": {"rule": "r", "file": "f", "message": "m"}\n=======\n    "b": {"rule": "r", "file": "f", "message": "m"}\n>>>>>>> feature\n  }\n}\n',
      '`.obslint-baseline.json` has merge conflict markers.',
      'Keep the entries of both sides, or write the baseline again.',
    ],
    ['an array', '[]', '`.obslint-baseline.json` is not a JSON object.', REWRITE],
    ['no version', '{"findings": {}}', '`.obslint-baseline.json` has no `version`.', REWRITE],
    ['a version that is not a positive integer', '{"version": "1", "findings": {}}', '`.obslint-baseline.json` has an unknown `version` ("1").', REWRITE],
    ['version 0', '{"version": 0, "findings": {}}', '`.obslint-baseline.json` has an unknown `version` (0).', REWRITE],
    ['a later format', '{"version": 2, "findings": []}', '`.obslint-baseline.json` was written by a newer obslint (format 2; this one reads format 1).', 'Upgrade obslint to the version that wrote it.'],
    ['findings that are not an object', '{"version": 1, "findings": []}', '`.obslint-baseline.json` has no `findings` object.', REWRITE],
    ['an entry that is not an object', '{"version": 1, "findings": {"abc": "alert-owner"}}', '`.obslint-baseline.json` has an entry `abc` that is not an object.', REWRITE],
    ['an entry without a rule', '{"version": 1, "findings": {"abc": {"file": "a.yml", "message": "m"}}}', '`.obslint-baseline.json` has an entry `abc` without a text `rule`.', REWRITE],
    ['an entry whose coarse fingerprint is not text', '{"version": 1, "findings": {"abc": {"rule": "r", "file": "a.yml", "message": "m", "coarseFingerprint": 1}}}', '`.obslint-baseline.json` has an entry `abc` whose `coarseFingerprint` is not text.', REWRITE],
    ['an entry whose message is not text', '{"version": 1, "findings": {"abc": {"rule": "r", "file": "a.yml", "message": 3}}}', '`.obslint-baseline.json` has an entry `abc` without a text `message`.', REWRITE],
  ];
  for (const [name, text, message, help] of CASES) {
    it(name, () => {
      let caught: unknown;
      try {
        readBaseline(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(BaselineError);
      expect({ message: (caught as BaselineError).message, help: (caught as BaselineError).help }).toEqual({ message, help });
    });
  }
});
