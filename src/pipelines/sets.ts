import { compileGlobs } from '../core/glob.js';
import type { ConfigSet, Settings } from '../kinds/settings.js';

/**
 * How each program combines the files of one config:
 * - `maps`: the Collector's repeated `--config` (confmap): mappings merged key by key in
 *   order, a later file's value winning, lists replaced whole;
 * - `components`: Vector's config directories and `--config` files (`ConfigBuilder::append`),
 *   Fluent Bit's `@INCLUDE`: every file adds its components to one config.
 * Only these kinds can be declared under `configs:`.
 */
export const MERGE_STRATEGIES: Readonly<Record<string, 'maps' | 'components'>> = {
  'otel-collector': 'maps',
  vector: 'components',
  'fluent-bit': 'components',
};

/** Whether a file is one part of a declared set of its kind: checks that need the whole config wait for the merged one. */
export function isPartOfSet(file: string, kind: string, settings: Settings): boolean {
  return (settings.configSets ?? []).some((set) => set.kind === kind && matchers(set).some((matches) => matches(file)));
}

/** Whether a file is named by some declared set, of any kind. */
export function isInSomeSet(file: string, settings: Settings): boolean {
  return (settings.configSets ?? []).some((set) => matchers(set).some((matches) => matches(file)));
}

/**
 * Whether every file a set names by path (not by glob) is among `linted`: a set linted in part
 * (`obslint base.yaml`) would be merged without the files that define what the others use.
 */
export function isWhole(set: ConfigSet, linted: ReadonlySet<string>): boolean {
  return set.files.every((entry) => /[*?[\]{}!]/.test(entry) || linted.has(entry.replace(/^\.\//, '')));
}

/** The files of a set among `files` (paths relative to the root), in the order the program merges them. */
export function filesOfSet(set: ConfigSet, files: readonly string[]): string[] {
  const ordered: string[] = [];
  for (const matches of matchers(set)) {
    for (const file of files.filter(matches).sort()) if (!ordered.includes(file)) ordered.push(file);
  }
  return ordered;
}

/** One matcher per entry of `files`, so the entries' order is the merge order. */
function matchers(set: ConfigSet): ((file: string) => boolean)[] {
  let compiled = compiledSets.get(set);
  if (!compiled) compiledSets.set(set, (compiled = set.files.map((pattern) => compileGlobs([pattern]))));
  return compiled;
}

const compiledSets = new WeakMap<ConfigSet, ((file: string) => boolean)[]>();
