import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KINDS } from '../kinds/index.js';
import { DEFAULT_SETTINGS, type ConfigSet, type Settings } from '../kinds/settings.js';
import type { CustomKind } from '../kinds/custom.js';
import { globProblems } from './config-globs.js';
import { RULES } from '../rules/index.js';
import type { Level, Severity } from '../core/findings.js';
import { decode, formatBytes } from '../core/load.js';
import { isInside, realPath, realRoot, toPosix } from './paths.js';
import { readLayers, type Layer, type LayerOptions } from './layers.js';
import { RuleSettings } from './rule-settings.js';
import { parseDirective } from '../policy/suppressions.js';
import { shown as shownText } from '../core/text.js';

export interface RuleSetting {
  severity: Level;
  options: Record<string, unknown>;
}

/** Rule settings for the files a glob matches (`overrides:`), applied over the run's in order. */
export interface Override {
  files: string[];
  rules: Record<string, Partial<RuleSetting>>;
}

/** Everything a lint run needs to know from the config; plain data, so workers can take it. */
export interface ResolvedConfig {
  /** The config file it came from, relative to the root; undefined for defaults. */
  file?: string;
  /** Every config it is made of, the most general first (presets, shared configs, then the file). */
  sources: string[];
  include: string[];
  /** Whether `include` was set in the config (it may then name folders skipped by default). */
  includeGiven: boolean;
  exclude: string[];
  maxFileSize: number;
  failOn?: Severity | 'never';
  kinds: { files: string[]; kind: string }[];
  rules: Record<string, RuleSetting>;
  overrides: Override[];
  /** Rules a shared config locked, with the config that locked them: never weaker, never suppressed. */
  locked: Record<string, string>;
  settings: Settings;
  suppressions: { requireReason: boolean; files: Record<string, string[]> };
  /** The baseline file, relative to the root. */
  baseline?: string;
  /** Formats the config declares (`custom-kinds:`), with their schemas read. */
  customKinds: CustomKind[];
}

export const CONFIG_FILE_NAMES = ['.obslint.yml', '.obslint.yaml'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** A config is a page of YAML (a teams file or a schema, a few pages): anything this big is not one. */
export const MAX_CONFIG_SIZE = 1024 * 1024;

export interface ConfigProblem {
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** A config that cannot be used: the run stops with exit code 2 and these messages. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
  }
}

export function formatConfigProblem(problem: ConfigProblem): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}:${problem.column}` : ''}: ` : '';
  return `${where}${problem.message}`;
}

/** The config as written: one file, or one layer of an `extends` chain. */
export interface RawConfig {
  extends?: string | string[];
  include?: string | string[];
  exclude?: string | string[];
  'max-file-size'?: number | string;
  'fail-on'?: Severity | 'never';
  prometheus?: { 'metric-name-validation-scheme'?: Settings['nameValidation'] };
  kinds?: { files: string | string[]; kind: string }[];
  rules?: Record<string, RawRuleSetting>;
  overrides?: { files: string | string[]; rules: Record<string, RawRuleSetting> }[];
  owners?: { allowed?: string[]; 'teams-file'?: string; codeowners?: Settings['owners']['codeowners'] };
  runbooks?: { 'url-pattern'?: string[]; template?: string; 'mention-alert-name'?: boolean; 'check-links'?: boolean };
  suppressions?: { 'require-reason'?: boolean; files?: Record<string, string | string[]> };
  baseline?: string;
  configs?: { kind: string; files: string | string[] }[];
  'custom-kinds'?: RawCustomKind[];
}

/** A custom kind as written: its schema is a file, read relative to the config that declares it. */
export interface RawCustomKind {
  id: string;
  title?: string;
  files: string | string[];
  schema: string;
  alerts?: string;
  name?: string;
  owner?: string;
  runbook?: string;
  severity?: string;
  labels?: string;
  annotations?: string;
}

export type RawRuleSetting = Level | ({ severity?: Level; locked?: boolean } & Record<string, unknown>);

export interface LoadOptions extends LayerOptions {
  /** Refuse a config file named outside the root (the Action: its inputs come from a workflow). */
  insideRootOnly?: boolean;
}

/**
 * Reads `.obslint.yml` from the root, or the file named, with every config it extends; defaults
 * when there is none. A config that exists but cannot be used (unreadable, not a regular file,
 * too large, a symlink out of the repository) stops the run: silently linting with defaults
 * would pass what the team's config fails.
 */
export async function loadConfig(root: string, explicitPath?: string, options: LoadOptions = {}): Promise<ResolvedConfig> {
  const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES;
  for (const candidate of candidates) {
    const abs = path.resolve(root, candidate);
    const shown = explicitPath ?? candidate;
    const fail = (message: string) => new ConfigError([{ file: shown, message }]);
    if (options.insideRootOnly && !isInside(root, abs)) throw fail('The config file must be in the repository.');
    const stat = await fs.lstat(abs).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      if (explicitPath || stat.code !== 'ENOENT') throw fail(`Cannot read the config file (${stat.code ?? stat.message}).`);
      continue;
    }
    const text = await readConfigFile(root, abs, fail);
    const file = toPosix(path.relative(root, abs));
    const layers = await readLayers(text, { kind: 'file', path: abs, shown: file }, root, options);
    return { ...(await resolveLayers(layers, root)), file };
  }
  return resolveConfig({});
}

/**
 * The text of a config file, or of a file a config or flag names (`what` is how messages call
 * it), refused when it is not a file obslint should read.
 */
export async function readConfigFile(root: string, abs: string, fail: (message: string) => Error, what = 'The config file', maxBytes = MAX_CONFIG_SIZE): Promise<string> {
  // Inside the repository, a symlink must stay inside it: its keys are echoed in messages.
  const real = realPath(abs);
  if (real === undefined) throw fail(`${what} is a symlink to nothing.`);
  if (isInside(root, abs) && !isInside(realRoot(root), real)) throw fail(`${what} is a symlink to a file outside the repository; obslint does not read it.`);
  const target = await fs.stat(real);
  // A pipe or device would block the read or never end.
  if (!target.isFile()) throw fail(`${what} is not a regular file.`);
  if (target.size > maxBytes) throw fail(`${what} is ${formatBytes(target.size)}, over the ${formatBytes(maxBytes)} obslint reads.`);
  const bytes = await fs.readFile(real).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) throw fail(`Cannot read ${what.replace(/^The /, 'the ')} (${bytes.code ?? bytes.message}).`);
  const decoded = decode(bytes);
  if (decoded.problem) throw fail(decoded.problem.message.replace(/^File /, `${what} `).replace(/, so it was not linted\.$/, '.'));
  return decoded.text;
}

/** Parses and validates one config text (its `extends` are not followed); problems come with line and column. */
export async function parseConfig(text: string, file: string): Promise<ResolvedConfig> {
  const layers = await readLayers(text, { kind: 'text', shown: file }, process.cwd(), { followExtends: false });
  return { ...(await resolveLayers(layers, process.cwd())), file };
}

/** A config from data, as if it were the only layer (tests, and the defaults). */
export function resolveConfig(raw: RawConfig): ResolvedConfig {
  return mergeLayers([{ source: 'the config', raw, locate: () => ({}) }], {});
}

/**
 * The layers merged in order, the most general first: a later layer's setting wins, `exclude`,
 * `overrides`, `kinds` and suppressions add up, and a rule a layer locked keeps its options and
 * can be made stricter but not weaker (see RuleSettings).
 */
async function resolveLayers(layers: Layer[], root: string): Promise<ResolvedConfig> {
  const teams: string[] = [];
  for (const layer of layers) {
    if (layer.teams) teams.push(...layer.teams);
  }
  return mergeLayers(layers, { teams, root });
}

function mergeLayers(layers: readonly Layer[], extra: { teams?: string[]; root?: string }): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const ruleSettings = new RuleSettings();
  const merged: Omit<RawConfig, 'rules' | 'overrides' | 'extends'> = {};
  const overrides: Override[] = [];
  const exclude: string[] = [];
  const kinds: ResolvedConfig['kinds'] = [];
  const suppressionFiles: Record<string, string[]> = {};
  /** Each `suppressions.files` directive's rules, to check against the locks once every layer set them. */
  const suppressing: { at: Pick<ConfigProblem, 'file' | 'line' | 'column'>; rules: string[] }[] = [];
  const configSets: ConfigSet[] = [];
  const customKinds: CustomKind[] = [];

  for (const layer of layers) {
    const { raw } = layer;
    problems.push(...globProblems(layer));
    ruleSettings.addRules(layer);
    raw.overrides?.forEach((entry, index) => overrides.push({ files: list(entry.files), rules: ruleSettings.addOverride(layer, index) }));
    exclude.push(...list(raw.exclude));
    (raw['custom-kinds'] ?? []).forEach((entry, index) => {
      const schema = layer.customSchemas?.[index];
      if (schema === undefined) return;
      if (KINDS.some((kind) => kind.id === entry.id)) {
        problems.push({ ...layer.locate(['custom-kinds', index, 'id']), message: `\`${shownText(entry.id)}\` is a kind obslint has; name your kind differently.` });
        return;
      }
      customKinds.push({
        id: entry.id,
        title: entry.title ?? entry.id,
        files: list(entry.files),
        schema,
        schemaFile: entry.schema,
        alerts: entry.alerts ?? '',
        name: entry.name ?? '/name',
        ...(entry.owner !== undefined && { owner: entry.owner }),
        ...(entry.runbook !== undefined && { runbook: entry.runbook }),
        ...(entry.severity !== undefined && { severity: entry.severity }),
        ...(entry.labels !== undefined && { labels: entry.labels }),
        ...(entry.annotations !== undefined && { annotations: entry.annotations }),
      });
    });
    configSets.push(...(raw.configs ?? []).map((set) => ({ kind: set.kind, files: list(set.files) })));
    // The first matching entry decides a file's kind, so a later layer's entries go first: the repository's win over what it extends.
    kinds.unshift(...(raw.kinds ?? []).map((k) => ({ files: list(k.files), kind: k.kind })));
    for (const [glob, directives] of Object.entries(raw.suppressions?.files ?? {})) {
      list(directives).forEach((directive, index) => {
        const parsed = parseDirective(directive, { ruleIds: RULES.map((r) => r.meta.id), requireReason: raw.suppressions?.['require-reason'] ?? true });
        const at = layer.locate(Array.isArray(directives) ? ['suppressions', 'files', glob, index] : ['suppressions', 'files', glob]);
        if (!parsed) problems.push({ ...at, message: `\`${shownText(directive)}\` is not a suppression: write \`obslint-disable-file <rule> -- <reason>\`.` });
        for (const problem of parsed?.problems ?? []) problems.push({ ...at, message: `${problem.message} ${problem.help}` });
        if (parsed?.directive) suppressing.push({ at, rules: parsed.directive.rules });
      });
      (suppressionFiles[glob] ??= []).push(...list(directives));
    }
    for (const key of ['include', 'max-file-size', 'fail-on', 'baseline'] as const) {
      if (raw[key] !== undefined) (merged as Record<string, unknown>)[key] = raw[key];
    }
    for (const key of ['prometheus', 'owners', 'runbooks', 'suppressions'] as const) {
      if (raw[key] !== undefined) (merged as Record<string, unknown>)[key] = { ...(merged[key] as object | undefined), ...raw[key] };
    }
  }
  // A locked rule's findings are never suppressed: an entry that tries would fail silently.
  const locked = ruleSettings.locked();
  for (const { at, rules } of suppressing) {
    for (const id of rules.filter((rule) => locked[rule] !== undefined)) {
      problems.push({ ...at, message: `\`${id}\` is locked by ${locked[id]}, so \`suppressions.files\` cannot suppress it. Fix what its findings say; the platform team that owns ${locked[id]} decides exceptions.` });
    }
  }
  if (ruleSettings.problems.length > 0 || problems.length > 0) throw new ConfigError([...ruleSettings.problems, ...problems]);

  const owners = merged.owners ?? {};
  const runbooks = merged.runbooks ?? {};
  return {
    sources: layers.map((layer) => layer.source),
    // A custom kind's files are linted wherever they are, whatever their ending.
    include: [...(merged.include ? list(merged.include) : defaultInclude()), ...customKinds.flatMap((kind) => kind.files)],
    includeGiven: merged.include !== undefined,
    exclude,
    maxFileSize: merged['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(merged['max-file-size']),
    failOn: merged['fail-on'],
    kinds,
    rules: ruleSettings.resolved(),
    overrides,
    locked,
    settings: {
      ...DEFAULT_SETTINGS,
      nameValidation: merged.prometheus?.['metric-name-validation-scheme'] ?? DEFAULT_SETTINGS.nameValidation,
      owners: { allowed: [...(owners.allowed ?? []), ...(extra.teams ?? [])], codeowners: owners.codeowners ?? 'off' },
      runbooks: {
        urlPatterns: runbooks['url-pattern'] ?? [],
        ...(runbooks.template !== undefined && { template: runbooks.template }),
        mentionAlertName: runbooks['mention-alert-name'] ?? false,
        checkLinks: runbooks['check-links'] ?? false,
      },
      ...(configSets.length > 0 && { configSets }),
    },
    suppressions: { requireReason: merged.suppressions?.['require-reason'] ?? true, files: suppressionFiles },
    ...(merged.baseline !== undefined && { baseline: merged.baseline }),
    customKinds,
  };
}

/** Every file ending that some kind can claim. */
function defaultInclude(): string[] {
  const endings = [...new Set(KINDS.flatMap((kind) => kind.extensions))].sort();
  return [`**/*.{${endings.join(',')}}`];
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

export function parseSize(value: number | string): number {
  const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/.exec(value.trim()) : null;
  const bytes = typeof value === 'number' ? value : match ? Math.round(Number(match[1]) * UNITS[match[2] ?? 'B']) : 0;
  if (bytes < 1) throw new ConfigError([{ message: `max-file-size must be at least 1 byte, not ${value}.` }]);
  return bytes;
}
