import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compileGlobs, GlobError } from '../core/glob.js';
import { parseYaml } from '../core/load.js';
import { locate, type Path, type Target } from '../core/locate.js';
import { LineIndex } from '../core/source.js';
import { shown } from '../core/text.js';
import { formatRemoteConfigRef, parseRemoteConfigRef, readRemoteConfig, RemoteConfigError, type RemoteConfigRef } from '../policy/remote-config.js';
import { ConfigError, readConfigFile, type ConfigProblem, type RawConfig } from './config.js';
import { PRESETS } from './presets.js';
import { compileSchema } from '../kinds/custom.js';
import { validateWith } from './schema.js';
import { toPosix } from './paths.js';

/**
 * A config and everything it `extends`, as an ordered list of layers, the most general first:
 * presets, shared configs (local files, or files in other repositories read through GitHub's
 * API), then the config itself. Each layer keeps where its keys are written, so a problem in a
 * shared config is reported at its own file and line.
 */
export interface Layer {
  /** How messages name it: `obslint:strict`, `github:acme/platform/obslint.yml@v2`, `.obslint.yml`. */
  source: string;
  raw: RawConfig;
  /** Where a path of its data is written, for problems found after validation (a locked rule weakened). */
  locate(path: Path, target?: Target): Pick<ConfigProblem, 'file' | 'line' | 'column'>;
  /** Team names from its `owners.teams-file`, read relative to the layer. */
  teams?: string[];
  /** The JSON Schema of each of its `custom-kinds`, read relative to the layer and checked to compile. */
  customSchemas?: Record<string, unknown>[];
}

export interface LayerOptions {
  /** Read the configs a config extends and the files it names (off only for checking one text alone). */
  followExtends?: boolean;
  /** For `github:` configs: the Action's token, or GITHUB_TOKEN / GH_TOKEN locally. */
  token?: string;
  /** GitHub's API (GITHUB_API_URL): GitHub Enterprise Server, or a test server. */
  apiUrl?: string;
}

/** Where a layer's text came from: a file here, a file in another repository, or a text alone. */
export type Origin =
  | { kind: 'file'; path: string; shown: string }
  | { kind: 'remote'; ref: RemoteConfigRef; shown: string }
  | { kind: 'text'; shown: string };

/** What `extends` can name: a file here, or a file in a repository. */
type ExtendedOrigin = Exclude<Origin, { kind: 'text' }>;

/** Deeper than this is a loop of configs that the cycle check did not see (different spellings), or a mistake. */
const MAX_DEPTH = 20;

/**
 * `chain` is the configs that extend this one, the outermost first; `applied` is every config
 * reached so far in the whole `extends` tree. A config reached twice (two shared configs that
 * extend the same base) is applied once, where it is first reached: a second copy later on
 * would set again what the configs between them changed.
 */
export async function readLayers(text: string, origin: Origin, root: string, options: LayerOptions, chain: Origin[] = [], applied = new Set<string>()): Promise<Layer[]> {
  const { raw, locate: where } = await parseLayer(text, origin.shown);
  const layers: Layer[] = [];
  const path = [...chain, origin];
  applied.add(identity(origin));
  if (options.followExtends !== false) {
    const extended = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    for (const [index, entry] of extended.entries()) {
      const at = where(Array.isArray(raw.extends) ? ['extends', index] : ['extends']);
      const fail = (message: string) => new ConfigError([{ ...at, message }]);
      if (chain.length >= MAX_DEPTH) throw fail(`Configs extend each other more than ${MAX_DEPTH} deep.`);
      const preset = PRESETS[entry];
      if (preset) {
        if (!applied.has(entry)) layers.push({ source: entry, raw: preset(), locate: () => ({}) });
        applied.add(entry);
        continue;
      }
      if (entry.startsWith('obslint:')) throw fail(`\`${shown(entry)}\` is not a preset: use ${Object.keys(PRESETS).map((p) => `\`${p}\``).join(' or ')}.`);
      const next = locateExtends(entry, origin, root, fail);
      if (path.some((config) => identity(config) === identity(next))) {
        throw fail(`\`${shown(entry)}\` extends a config that extends this one: ${[...path, next].map((config) => `\`${shown(config.shown)}\``).join(' → ')}.`);
      }
      if (applied.has(identity(next))) continue;
      layers.push(...(await readLayers(await readExtends(entry, next, root, options, fail), next, root, options, path, applied)));
    }
  }
  const teamsFile = raw.owners?.['teams-file'];
  // Checking one text alone reads no other file.
  const teams = teamsFile === undefined || options.followExtends === false ? undefined : await readTeams(teamsFile, origin, root, options, where(['owners', 'teams-file']));
  const customSchemas =
    raw['custom-kinds'] === undefined || options.followExtends === false
      ? undefined
      : await Promise.all(raw['custom-kinds'].map((entry, index) => readSchema(entry.schema, origin, root, options, where(['custom-kinds', index, 'schema']))));
  layers.push({ source: origin.shown, raw, locate: where, ...(teams && { teams }), ...(customSchemas && { customSchemas }) });
  return layers;
}

/** One config text, parsed and validated against the config schema; every problem with its line and column. */
async function parseLayer(text: string, file: string): Promise<{ raw: RawConfig; locate: Layer['locate'] }> {
  const { documents, problems } = await parseYaml(text);
  const lines = new LineIndex(text);
  const at = (offset: number, message: string): ConfigProblem => ({ file, ...lines.position(offset), message });
  const errors = problems.filter((p) => p.rule === 'yaml-syntax');
  if (errors.length > 0) throw new ConfigError(errors.map((p) => at(p.start, p.message)));
  if (documents.length > 1) throw new ConfigError([{ file, message: `Expected one YAML document, found ${documents.length}.` }]);
  const document = documents[0];
  if (!document) return { raw: {}, locate: () => ({ file }) };
  // The config schema's validator is large: a run without a config never loads it.
  const obslintConfig = (await import('../generated/validators/obslint-config.js')).default;
  const issues = validateWith(obslintConfig, document.value);
  if (issues.length > 0) {
    const located = issues.map((issue) => at(locate(document.root, lines, issue.path, issue.target).start, issue.message));
    throw new ConfigError(located.sort((a, b) => a.line! - b.line! || a.column! - b.column!));
  }
  return { raw: document.value as RawConfig, locate: (p, target) => ({ file, ...lines.position(locate(document.root, lines, p, target).start) }) };
}

/** Where a config named in `extends` is, relative to the config that names it (nothing is read yet). */
function locateExtends(entry: string, from: Origin, root: string, fail: (message: string) => Error): ExtendedOrigin {
  if (entry.startsWith('github:')) {
    const ref = refOf(entry, fail);
    return { kind: 'remote', ref, shown: formatRemoteConfigRef(ref) };
  }
  if (from.kind === 'remote') {
    const ref = inRemoteRepository(from.ref, entry, () => fail(`\`${shown(entry)}\` leaves the repository of the config that extends it.`));
    return { kind: 'remote', ref, shown: formatRemoteConfigRef(ref) };
  }
  const abs = path.resolve(from.kind === 'file' ? path.dirname(from.path) : root, entry);
  return { kind: 'file', path: abs, shown: toPosix(path.relative(root, abs)) || entry };
}

/** The text of a config named in `extends`. */
async function readExtends(entry: string, origin: ExtendedOrigin, root: string, options: LayerOptions, fail: (message: string) => Error): Promise<string> {
  if (origin.kind === 'remote') return readRemote(origin.ref, options, fail);
  if (!(await fs.lstat(origin.path).catch(() => undefined))) throw fail(`\`${shown(entry)}\` does not exist (looked for ${shown(origin.shown)}).`);
  return readConfigFile(root, origin.path, fail, `\`${shown(entry)}\``);
}

/**
 * A path a `github:` config names (in `extends`, `owners.teams-file`, a custom kind's `schema`):
 * relative to that config's file, in its repository, at its ref; one that leaves the
 * repository (`../`, or absolute) is refused, as a local one would name a file of the
 * repository being linted.
 */
function inRemoteRepository(from: RemoteConfigRef, file: string, refuse: () => Error): RemoteConfigRef {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from.path), file));
  if (path.posix.isAbsolute(file) || joined === '..' || joined.startsWith('../')) throw refuse();
  return { ...from, path: joined };
}

function refOf(entry: string, fail: (message: string) => Error): RemoteConfigRef {
  try {
    return parseRemoteConfigRef(entry);
  } catch (error) {
    if (error instanceof RemoteConfigError) throw fail(`${error.message} ${error.help}`);
    throw error;
  }
}

async function readRemote(ref: RemoteConfigRef, options: LayerOptions, fail: (message: string) => Error): Promise<string> {
  try {
    return await readRemoteConfig(ref, { token: options.token, baseUrl: options.apiUrl });
  } catch (error) {
    if (error instanceof RemoteConfigError) throw fail(`${error.message} ${error.help}`);
    throw error;
  }
}

/** What a config is, whatever the spelling that named it: its absolute path, or its `github:` reference. */
function identity(origin: Origin): string {
  return origin.kind === 'file' ? origin.path : origin.kind === 'remote' ? formatRemoteConfigRef(origin.ref) : origin.shown;
}

/** A custom kind's JSON Schema (JSON or YAML), relative to the config that names it; it must compile. */
async function readSchema(file: string, origin: Origin, root: string, options: LayerOptions, at: Pick<ConfigProblem, 'file' | 'line' | 'column'>): Promise<Record<string, unknown>> {
  const fail = (message: string) => new ConfigError([{ ...at, message }]);
  const text = await readRelative(file, origin, root, options, fail, 'The schema');
  const { documents, problems } = await parseYaml(text);
  const schema = documents[0]?.value;
  if (problems.some((p) => p.rule === 'yaml-syntax') || typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw fail(`The schema \`${shown(file)}\` is not a JSON Schema object.`);
  }
  try {
    await compileSchema(schema as Record<string, unknown>);
  } catch (error) {
    throw fail(`The schema \`${shown(file)}\` does not compile: ${shown((error as Error).message)}.`);
  }
  return schema as Record<string, unknown>;
}

/** A file a config names (a teams file, a schema), relative to that config: here, or in its repository through the API. */
async function readRelative(file: string, origin: Origin, root: string, options: LayerOptions, fail: (message: string) => Error, what: string): Promise<string> {
  const name = `${what} \`${shown(file)}\``;
  if (origin.kind === 'remote') return readRemote(inRemoteRepository(origin.ref, file, () => fail(`${name} leaves the repository of the config that names it.`)), options, fail);
  const abs = path.resolve(origin.kind === 'file' ? path.dirname(origin.path) : root, file);
  const exists = await fs.lstat(abs).catch(() => undefined);
  if (!exists) throw fail(`${name} does not exist.`);
  return readConfigFile(root, abs, fail, name);
}

/**
 * A platform team's list of teams: a YAML or JSON list of names (or of `{ name }`), or a
 * mapping whose keys are the names (`teams: { payments: {...} }` counts its keys).
 */
async function readTeams(file: string, origin: Origin, root: string, options: LayerOptions, at: Pick<ConfigProblem, 'file' | 'line' | 'column'>): Promise<string[]> {
  const fail = (message: string) => new ConfigError([{ ...at, message }]);
  const text = await readRelative(file, origin, root, options, fail, 'The teams file');
  const { documents, problems } = await parseYaml(text);
  if (problems.some((p) => p.rule === 'yaml-syntax')) throw fail(`The teams file \`${shown(file)}\` is not valid YAML or JSON.`);
  const names = teamNames(documents[0]?.value);
  if (names === undefined) throw fail(`The teams file \`${shown(file)}\` is not a list of team names (or a mapping keyed by them).`);
  // alert-owner matches owners against these as globs, like `owners.allowed`: checked now, not when a rule first uses them.
  for (const name of names) {
    try {
      compileGlobs([name]);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      throw fail(`The teams file \`${shown(file)}\` has a name that cannot be matched: ${error.message} A team name may use \`*\`, not this many \`{a,b}\` alternatives.`);
    }
  }
  return names;
}

function teamNames(value: unknown): string[] | undefined {
  const fromItem = (item: unknown) =>
    typeof item === 'string' ? item : typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string' ? (item as { name: string }).name : undefined;
  if (Array.isArray(value)) {
    const names = value.map(fromItem);
    return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    // `teams: [...]` or `teams: {...}` one level down, as teams files are often written.
    if ('teams' in value && Object.keys(value).length === 1) return teamNames((value as { teams: unknown }).teams);
    return Object.keys(value);
  }
  return undefined;
}
