import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KINDS } from '../kinds/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../kinds/settings.js';
import { RULES } from '../rules/index.js';
import type { Level, Severity } from '../core/findings.js';
import { LineIndex } from '../core/source.js';
import { locate } from '../core/locate.js';
import { decode, formatBytes, parseYaml } from '../core/load.js';
import obslintConfig from '../generated/validators/obslint-config.js';
import { isInside, realPath, realRoot, toPosix } from './paths.js';
import { validateWith } from './schema.js';

export interface RuleSetting {
  severity: Level;
  options: Record<string, unknown>;
}

/** Everything a lint run needs to know from the config; plain data, so workers can take it. */
export interface ResolvedConfig {
  /** The config file it came from, relative to the root; undefined for defaults. */
  file?: string;
  include: string[];
  /** Whether `include` was set in the config (it may then name folders skipped by default). */
  includeGiven: boolean;
  exclude: string[];
  maxFileSize: number;
  failOn?: Severity | 'never';
  kinds: { files: string[]; kind: string }[];
  rules: Record<string, RuleSetting>;
  settings: Settings;
}

export const CONFIG_FILE_NAMES = ['.obslint.yml', '.obslint.yaml'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** A config is a page of YAML; anything this big is not one. */
const MAX_CONFIG_SIZE = 1024 * 1024;

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

/**
 * Reads `.obslint.yml` from the root, or the file named; defaults when there is none. A config
 * that exists but cannot be used (unreadable, not a regular file, too large, a symlink out of
 * the repository) stops the run: silently linting with defaults would pass what the team's
 * config fails.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<ResolvedConfig> {
  const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES;
  for (const candidate of candidates) {
    const abs = path.resolve(root, candidate);
    const shown = explicitPath ?? candidate;
    const fail = (message: string) => new ConfigError([{ file: shown, message }]);
    const stat = await fs.lstat(abs).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      if (explicitPath || stat.code !== 'ENOENT') throw fail(`Cannot read the config file (${stat.code ?? stat.message}).`);
      continue;
    }
    // Inside the repository, a symlink must stay inside it: its keys are echoed in messages.
    const real = realPath(abs);
    if (real === undefined) throw fail('The config file is a symlink to nothing.');
    if (isInside(root, abs) && !isInside(realRoot(root), real)) throw fail('The config file is a symlink to a file outside the repository; obslint does not read it.');
    const target = await fs.stat(real);
    // A pipe or device would block the read or never end.
    if (!target.isFile()) throw fail('The config file is not a regular file.');
    if (target.size > MAX_CONFIG_SIZE) throw fail(`The config file is ${formatBytes(target.size)}; a config over ${formatBytes(MAX_CONFIG_SIZE)} is not one.`);
    const bytes = await fs.readFile(real).catch((error: NodeJS.ErrnoException) => error);
    if (bytes instanceof Error) throw fail(`Cannot read the config file (${bytes.code ?? bytes.message}).`);
    const decoded = decode(bytes);
    if (decoded.problem) throw fail(decoded.problem.message.replace(/, so it was not linted\.$/, '.'));
    return parseConfig(decoded.text, toPosix(path.relative(root, abs)));
  }
  return resolveConfig({});
}

/** Parses and validates a config text; every problem is reported with its line and column. */
export async function parseConfig(text: string, file: string): Promise<ResolvedConfig> {
  const { documents, problems } = await parseYaml(text);
  const lines = new LineIndex(text);
  const at = (offset: number, message: string): ConfigProblem => ({ file, ...lines.position(offset), message });
  const errors = problems.filter((p) => p.rule === 'yaml-syntax');
  if (errors.length > 0) throw new ConfigError(errors.map((p) => at(p.start, p.message)));
  if (documents.length > 1) throw new ConfigError([{ file, message: `Expected one YAML document, found ${documents.length}.` }]);
  const document = documents[0];
  if (!document) return { ...resolveConfig({}), file };
  const issues = validateWith(obslintConfig, document.value);
  if (issues.length > 0) {
    const located = issues.map((issue) => at(locate(document.root, lines, issue.path, issue.target).start, issue.message));
    throw new ConfigError(located.sort((a, b) => a.line! - b.line! || a.column! - b.column!));
  }
  return { ...resolveConfig(document.value as RawConfig), file };
}

interface RawConfig {
  include?: string | string[];
  exclude?: string | string[];
  'max-file-size'?: number | string;
  'fail-on'?: Severity | 'never';
  prometheus?: { 'metric-name-validation-scheme'?: Settings['nameValidation'] };
  kinds?: { files: string | string[]; kind: string }[];
  rules?: Record<string, Level | ({ severity?: Level } & Record<string, unknown>)>;
}

export function resolveConfig(raw: RawConfig): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const given = raw.rules?.[rule.meta.id];
    const { severity, ...options } = typeof given === 'string' ? { severity: given } : (given ?? {});
    rules[rule.meta.id] = {
      severity: (severity as Level | undefined) ?? rule.meta.defaultSeverity,
      options: { ...rule.meta.options?.defaults, ...options },
    };
  }
  return {
    include: raw.include ? list(raw.include) : defaultInclude(),
    includeGiven: raw.include !== undefined,
    exclude: list(raw.exclude),
    maxFileSize: raw['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(raw['max-file-size']),
    failOn: raw['fail-on'],
    kinds: (raw.kinds ?? []).map((k) => ({ files: list(k.files), kind: k.kind })),
    rules,
    settings: { ...DEFAULT_SETTINGS, nameValidation: raw.prometheus?.['metric-name-validation-scheme'] ?? DEFAULT_SETTINGS.nameValidation },
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
