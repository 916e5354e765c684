import { compileGlobs, GlobError } from '../core/glob.js';
import type { Path, Target } from '../core/locate.js';
import type { ConfigProblem, RawConfig, RawRuleSetting } from './config.js';
import type { Layer } from './layers.js';

/** A glob a config writes, and where. */
interface ConfigGlob {
  pattern: string;
  path: Path;
  /** `suppressions.files` globs are keys. */
  target?: Target;
}

const HELP = 'Match what varies with `*` or `**`, or list the few patterns you mean.';

/**
 * Every glob a layer writes, compiled when the config loads: one that cannot be compiled (a
 * brace expansion into more than 1,024 patterns) is a config error at its line, instead of a
 * crash or a "rule failed" finding when a file or a rule first uses it.
 */
export function globProblems(layer: Layer): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const { pattern, path, target } of configGlobs(layer.raw)) {
    try {
      compileGlobs([pattern]);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      problems.push({ ...layer.locate(path, target), message: `${error.message} ${HELP}` });
    }
  }
  return problems;
}

/**
 * The options each rule compiles as globs, with where each glob is in them. A test checks this
 * against the rules that call `compileGlobs` (alert-owner's globs are `owners.allowed`).
 */
export const RULE_GLOBS: Readonly<Record<string, (options: Record<string, unknown>) => ConfigGlob[]>> = {
  'duplicate-rule': (options) => (Array.isArray(options.across) ? options.across : []).flatMap((set, index) => patterns(isRecord(set) ? set.files : undefined, ['across', index, 'files'])),
  'secret-in-config': (options) => [...patterns(options['extra-keys'], ['extra-keys']), ...patterns(options['allowed-keys'], ['allowed-keys'])],
  'exporter-insecure': (options) => patterns(options['trusted-hosts'], ['trusted-hosts']),
};

function configGlobs(raw: RawConfig): ConfigGlob[] {
  return [
    ...patterns(raw.include, ['include']),
    ...patterns(raw.exclude, ['exclude']),
    ...ruleGlobs(raw.rules, ['rules']),
    ...(raw.overrides ?? []).flatMap((entry, index) => [...patterns(entry.files, ['overrides', index, 'files']), ...ruleGlobs(entry.rules, ['overrides', index, 'rules'])]),
    ...(raw.kinds ?? []).flatMap((entry, index) => patterns(entry.files, ['kinds', index, 'files'])),
    ...(raw.configs ?? []).flatMap((entry, index) => patterns(entry.files, ['configs', index, 'files'])),
    ...(raw['custom-kinds'] ?? []).flatMap((entry, index) => patterns(entry.files, ['custom-kinds', index, 'files'])),
    ...Object.keys(raw.suppressions?.files ?? {}).map((pattern): ConfigGlob => ({ pattern, path: ['suppressions', 'files', pattern], target: 'key' })),
    ...patterns(raw.owners?.allowed, ['owners', 'allowed']),
  ];
}

function ruleGlobs(rules: Record<string, RawRuleSetting> | undefined, at: Path): ConfigGlob[] {
  return Object.entries(rules ?? {}).flatMap(([id, given]) => {
    const globsOf = RULE_GLOBS[id];
    if (!globsOf || typeof given !== 'object') return [];
    return globsOf(given as Record<string, unknown>).map((glob) => ({ ...glob, path: [...at, id, ...glob.path] }));
  });
}

/** A glob or a list of globs, at `path` (each item at its index). */
function patterns(value: unknown, path: Path): ConfigGlob[] {
  if (typeof value === 'string') return [{ pattern: value, path }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ pattern: item, path: [...path, index] }] : []));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
