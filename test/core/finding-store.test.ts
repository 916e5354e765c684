import { describe, expect, it } from 'vitest';
import { FindingStore, joinMessage, splitMessage } from '../../src/core/finding-store.js';
import { compareFindings, identify, type Finding, type Severity } from '../../src/core/findings.js';

/** A seeded generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'alert-owner',
    severity: 'error',
    message: 'Alert `HighLatency` has no owner: add a label naming its team (`owner` or `team`).',
    file: 'rules/a.yml',
    start: { line: 3, column: 9 },
    end: { line: 3, column: 15 },
    fingerprint: identify('alert-owner', 'rules/a.yml', 'missing', 'HighLatency'),
    ...overrides,
  };
}

/** What the run did before the store: a stable sort, then `:2`, `:3` on repeated fingerprints. */
function reference(findings: readonly Finding[]): Finding[] {
  const sorted = findings.map((f) => ({ ...f, start: { ...f.start }, end: { ...f.end } })).sort(compareFindings);
  const seen = new Map<string, number>();
  for (const f of sorted) {
    const count = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, count);
    if (count > 1) f.fingerprint = `${f.fingerprint}:${count}`;
  }
  return sorted;
}

function stored(findings: readonly Finding[]): FindingStore {
  const store = new FindingStore();
  for (const f of findings) store.add(f);
  return store.finish();
}

describe('FindingStore', () => {
  it.each<[string, Partial<Finding>]>([
    ['a message quoting values', {}],
    ['a message without code spans', { message: 'This file is empty.' }],
    ['an odd number of backticks', { message: 'A lone ` backtick, then `a` span and `an open one' }],
    ['empty code spans', { message: 'Label `` is empty and `` too.' }],
    ['a NUL in the message (stored whole)', { message: 'Value `a\u0000b` holds a NUL.' }],
    ['non-ASCII text', { message: 'Alerte `Latence élevée 🚨` sans propriétaire: `équipe`.' }],
    ['an empty message', { message: '' }],
    ['a message longer than a byte chunk', { message: `Alert \`${'x'.repeat(30_000)}\` is long.` }],
    ['help', { help: 'Name the team that is paged when it fires.' }],
    ['a coarse fingerprint', { coarseFingerprint: identify('alert-owner', 'rules/a.yml', 'missing', 'coarse') }],
    ['a fingerprint that is not a hash', { fingerprint: 'custom-id', coarseFingerprint: 'coarse-id' }],
    ['upper-case hex is not a hash (kept as text)', { fingerprint: 'ABCDEF0123456789' }],
    ['baselined', { baselined: true }],
    ['each severity', { severity: 'notice' }],
    ['a position past 65,535', { start: { line: 70_000, column: 2 }, end: { line: 70_001, column: 100_000 } }],
  ])('gives back the finding it was given: %s', (_, overrides) => {
    const original = finding(overrides);
    const store = stored([original]);
    expect(store.toArray()).toEqual([original]);
    expect([...store]).toEqual([original]);
    expect(store.at(0)).not.toBe(store.at(0));
  });

  it('sorts like compareFindings and numbers repeated fingerprints like the engine did', () => {
    const next = random(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const findings: Finding[] = [];
    for (let i = 0; i < 5000; i++) {
      const file = pick(['b.yml', 'a.yml', 'sub/z.yml', 'sub/a.yml', 'A.yml']);
      const rule = pick(['alert-runbook', 'alert-owner', 'schema', 'yaml-syntax']);
      const subject = String(Math.floor(next() * 400));
      findings.push(
        finding({
          file,
          rule,
          severity: pick<Severity>(['error', 'warning', 'notice']),
          start: { line: 1 + Math.floor(next() * 30), column: 1 + Math.floor(next() * 3) },
          end: { line: 40, column: 1 },
          message: `Alert \`${subject}\` in \`${file}\``,
          fingerprint: next() < 0.02 ? `odd-${subject}` : identify(rule, file, 'm', subject),
          ...(next() < 0.5 && { help: pick(['one help', 'another help']) }),
        }),
      );
    }
    const store = stored(findings);
    const expected = reference(findings);
    expect(store.toArray()).toEqual(expected);
    // The case is worth having: some fingerprints repeat, plain and odd ones.
    expect(expected.filter((f) => /^[0-9a-f]{16}:\d+$/.test(f.fingerprint)).length).toBeGreaterThan(10);
    expect(expected.filter((f) => /^odd-\d+:\d+$/.test(f.fingerprint)).length).toBeGreaterThan(0);
  });

  it('keeps rows across its chunks (1,024 rows, 64 KiB of bytes)', () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding({ start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 5 }, message: `Alert \`${'n'.repeat(i % 97)}${i}\` has no owner.`, fingerprint: identify('r', 'f', 'm', String(i)) }),
    );
    const store = stored(findings);
    expect(store.length).toBe(3000);
    expect(store.toArray()).toEqual(findings);
  });

  it('leaves dropped rows out, selects, marks the baseline, and takes no row after finish', () => {
    const store = new FindingStore();
    const a = store.add(finding({ start: { line: 9, column: 1 } }));
    const b = store.add(finding({ start: { line: 1, column: 1 }, fingerprint: identify('x', 'y', 'z', 'b') }));
    const c = store.add(finding({ start: { line: 5, column: 1 }, fingerprint: identify('x', 'y', 'z', 'c') }));
    expect(store.length).toBe(3);
    store.drop(c);
    store.finish();
    expect(store.length).toBe(2);
    expect([...store.rowsInOrder()]).toEqual([b, a]);
    store.markBaselined(a);
    expect(store.baselined(a)).toBe(true);
    const fresh = store.select((row) => !store.baselined(row));
    expect(fresh.sorted).toBe(true);
    expect(fresh.length).toBe(1);
    expect([...fresh].map((f) => f.start.line)).toEqual([1]);
    expect(store.at(a).baselined).toBe(true);
    expect(() => store.add(finding())).toThrow(/after finish/);
  });
});

describe('splitMessage / joinMessage', () => {
  it('splits the quoted values off and joins them back, for any text without NUL', () => {
    const next = random(11);
    const alphabet = ['`', '`', 'a', ' ', 'é', '😀', '\n', '{', 'x'];
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const split = splitMessage(text)!;
      expect(joinMessage(split.skeleton, split.quoted)).toBe(text);
    }
  });

  it('shares one skeleton among messages that differ only in their quoted values', () => {
    expect(splitMessage('Alert `A` has no owner (`owner` or `team`).')).toEqual({ skeleton: 'Alert `` has no owner (`` or ``).', quoted: 'A\u0000owner\u0000team' });
    expect(splitMessage('Alert `B` has no owner (`owner` or `team`).')!.skeleton).toBe('Alert `` has no owner (`` or ``).');
    expect(splitMessage('a\u0000b')).toBeUndefined();
  });
});
