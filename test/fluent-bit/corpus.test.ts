import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load.js';
import { resolveConfig } from '../../src/engine/config.js';
import { lintText, type FileResult } from '../../src/engine/lint.js';
import { parseClassic } from '../../src/fluent-bit/classic.js';
import { extractPipeline } from '../../src/fluent-bit/extract.js';
import { emptyModel, type ComponentRole } from '../../src/kinds/types.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';

const DIR = path.join(CORPUS, 'fluent-bit');

/** Findings that mean "Fluent Bit would refuse this file". */
const REFUSALS = new Set(['yaml-syntax', 'schema', 'fluent-bit-syntax', 'unreadable-file']);

/**
 * Files of the corpus Fluent Bit really refuses, checked by hand against its source, and
 * why. Every other file must lint without a refusal.
 */
const KNOWN_BROKEN: Record<string, { rule: string; why: string }> = {
  'fb-cfgfmt__broken_plugin_variant.yaml': {
    rule: 'yaml-syntax',
    why: 'Fluent Bit\'s own negative fixture: `hi: *` is an alias without a name, which libyaml refuses too',
  },
  'fb-cfgfmt__invalid_input_property.yaml': {
    rule: 'schema',
    why: 'Fluent Bit\'s own negative fixture: `log_level: thisdoesnotexist`, which flb_input_set_property() rejects',
  },
  'fb-cfgfmt__test.yaml': {
    rule: 'schema',
    why: 'the YAML shape before Fluent Bit 2.0 (`inputs: {tail: {...}}`); flb_cf_yaml.c now fails on the scalar after the mapping',
  },
  'fb-conf__in_forward.conf': {
    rule: 'schema',
    why: 'a stale example: the forward input has no `Buffer` property any more (buffer_chunk_size/buffer_max_size), and an unknown property stops Fluent Bit',
  },
};

describe.skipIf(!HAS_CORPUS)('every Fluent Bit config of the corpus', () => {
  const files = HAS_CORPUS ? readdirSync(DIR).sort() : [];
  const results = new Map<string, FileResult>();

  beforeAll(async () => {
    for (const file of files) {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      results.set(file, await lintText(file, text, { root: DIR, config: resolveConfig({}) }, true));
    }
  });

  it('holds both formats', () => {
    expect(files.filter((f) => f.endsWith('.conf')).length).toBeGreaterThanOrEqual(12);
    expect(files.filter((f) => f.endsWith('.yaml')).length).toBeGreaterThanOrEqual(19);
  });

  it('is read without a crash, and refused only where Fluent Bit refuses it', () => {
    const refused: Record<string, string[]> = {};
    for (const [file, result] of results) {
      expect(result.findings.filter((f) => f.message.includes('bug in obslint')), file).toEqual([]);
      const rules = [...new Set(result.findings.filter((f) => REFUSALS.has(f.rule)).map((f) => f.rule))];
      if (rules.length > 0) refused[file] = rules;
    }
    expect(refused).toEqual(Object.fromEntries(Object.entries(KNOWN_BROKEN).map(([file, { rule }]) => [file, [rule]])));
  });

  it('recognizes every file as Fluent Bit config, but the one that is not YAML', () => {
    const unclaimed = files.filter((file) => !results.get(file)!.kinds.includes('fluent-bit'));
    expect(unclaimed).toEqual(['fb-cfgfmt__broken_plugin_variant.yaml']);
  });

  it('finds a component for every input, filter and output section, in both formats', async () => {
    const counts: Record<string, Partial<Record<ComponentRole, number>>> = {};
    for (const file of files) {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const format = file.endsWith('.conf') ? 'classic' : 'yaml';
      const parsed = format === 'classic' ? parseClassic(text) : await parseYaml(text);
      const model = emptyModel();
      for (const [doc, document] of parsed.documents.entries()) extractPipeline('fluent-bit', document.value, doc, model);
      const components = model.pipelines.flatMap((p) => p.components).filter((c) => c.type !== 'emitter');
      const tally = (counts[format] ??= {});
      for (const component of components) tally[component.role] = (tally[component.role] ?? 0) + 1;
      // The sections as written: classic headers, or the YAML lists' items.
      const written = (header: string, list: string) =>
        format === 'classic'
          ? (text.match(new RegExp(`^\\[${header}\\]`, 'gim')) ?? []).length
          : parsed.documents.reduce((n, d) => n + listLength(d.value, list), 0);
      expect(components.filter((c) => c.role === 'source').length, file).toBe(written('INPUT', 'inputs'));
      expect(components.filter((c) => c.role === 'processor').length, file).toBe(written('FILTER', 'filters'));
      expect(components.filter((c) => c.role === 'sink').length, file).toBe(written('OUTPUT', 'outputs'));
    }
    console.info(`fluent-bit corpus components by format: ${JSON.stringify(counts)}`);
  });
});

/** How many items a YAML document's `pipeline.<list>` holds, when it is a list (the old shape's mapping does not count). */
function listLength(value: unknown, list: string): number {
  const pipeline = (value as { pipeline?: Record<string, unknown> } | null)?.pipeline;
  const items = pipeline?.[list];
  return Array.isArray(items) ? items.length : 0;
}

if (!HAS_CORPUS) skipNote('Fluent Bit corpus tests', `${CORPUS} does not exist (it sits beside the repository in development only)`);
