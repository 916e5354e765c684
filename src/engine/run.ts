import path from 'node:path';
import { identify, type Finding, type Severity } from '../core/findings.js';
import { FindingStore } from '../core/finding-store.js';
import { fill, shown, type MessageData } from '../core/text.js';
import { compileGlobs } from '../core/glob.js';
import { isSuppressed, parseDirective, unusedSuppressions, type Suppression } from '../policy/suppressions.js';
import { RULES } from '../rules/index.js';
import { withoutLabels } from '../rules/alerts.js';
import type { ProjectContext } from '../rules/types.js';
import { ConfigError, readConfigFile, type ResolvedConfig } from './config.js';
import { isInside } from './paths.js';
import { scorecard, type OwnerScore } from './scorecard.js';
import { BaselineError, compareBaseline, MAX_BASELINE_SIZE, readBaseline, type Baseline, type BaselineEntry } from '../policy/baseline.js';
import { discover } from './discover.js';
import { rulesFor, type FileJob, type FileResult } from './lint.js';
import { CODEOWNERS_LOCATIONS, findCodeowners, parseCodeowners } from '../policy/codeowners.js';
import { promises as fs } from 'node:fs';
import { lintFiles, threadsFor } from './pool.js';

export interface RunOptions {
  /** Repository root: paths in findings are relative to it. */
  root: string;
  /** Files, folders or globs to lint, relative to the root. */
  paths: readonly string[];
  /** Each path must match a file (the user named them and did not opt out). */
  requireMatches?: boolean;
  /** Refuse paths outside the root. */
  insideRootOnly?: boolean;
  config: ResolvedConfig;
  /** The bundle to start worker threads from; omit to lint on this thread only. */
  workerUrl?: URL;
  /** Force a thread count (1 = no workers). */
  threads?: number;
  /** A baseline file to compare with, relative to the root (the `--baseline` flag; else the config's `baseline`); false: none. */
  baseline?: string | false;
}

export interface RunResult {
  /**
   * Every finding, in report order, as objects: made from `list` on first use, for callers that
   * want an array. The CLI reports from `list`, one finding at a time.
   */
  readonly findings: Finding[];
  /** The findings, sorted and compact: see `FindingStore`. */
  list: FindingStore;
  /** Files discovered by paths and include/exclude. */
  filesScanned: number;
  /** Files in which some kind recognized a document (or that could not be read). */
  filesLinted: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
  /** The kinds found in each linted file (files no kind claimed are left out). */
  kinds: { file: string; kinds: string[] }[];
  /** Per owner: their alerts, and how many have a runbook, a known owner, a valid severity. */
  scorecard: OwnerScore[];
  /** When a baseline was compared with: how many findings it knew, and its entries no longer found. */
  baseline?: { file: string; known: number; fixed: BaselineEntry[] };
  alerts: number;
  recordingRules: number;
}

/** The whole pipeline over a set of paths: discover, lint every file, look across files, sort. */
export async function runLint(options: RunOptions): Promise<RunResult> {
  const root = path.resolve(options.root);
  const { config } = options;
  const { files, explicit, problems } = await discover({
    root,
    paths: options.paths,
    requireMatches: options.requireMatches,
    insideRootOnly: options.insideRootOnly,
    include: config.include,
    includeGiven: config.includeGiven,
    exclude: config.exclude,
  });
  const store = new FindingStore();
  for (const [file, problem] of problems) {
    const severity = rulesFor(file, config)[problem.rule]?.severity ?? 'warning';
    if (severity === 'off') continue;
    const at = { line: 1, column: 1 };
    const fingerprint = identify(problem.rule, file, problem.message, '');
    store.add({ rule: problem.rule, severity, message: problem.message, help: problem.help, file, start: at, end: at, fingerprint });
  }
  const toLint = files.filter((file) => !problems.has(file));
  const job: FileJob = { root, config, ...(await readCodeowners(root, config)) };
  const threads = options.threads ?? threadsFor(toLint.length);

  let filesLinted = problems.size;
  const kinds: RunResult['kinds'] = [];
  let alerts = 0;
  let recordingRules = 0;
  const results: FileResult[] = [];
  // Each file's findings go into the store as they arrive, and its result keeps the rest (what
  // the project stage, suppressions and scorecard need): the finding objects die young.
  await lintFiles(toLint, explicit, job, { workerUrl: options.workerUrl, threads }, (result) => {
    for (const finding of result.findings) store.add(finding);
    if (result.kinds.length > 0 || result.findings.length > 0) filesLinted++;
    if (result.kinds.length > 0) kinds.push({ file: result.file, kinds: [...new Set(result.kinds)] });
    alerts += result.alerts;
    recordingRules += result.recordingRules;
    result.findings = [];
    results.push(result);
  });
  await checkProject(results, config, store);
  applySuppressions(store, results, config);
  store.finish();
  const baseline = options.baseline === false ? undefined : await compareWithBaseline(root, options.baseline ?? config.baseline, store);
  kinds.sort((a, b) => (a.file < b.file ? -1 : 1));
  let findings: Finding[] | undefined;
  return {
    get findings() {
      return (findings ??= store.toArray());
    },
    list: store,
    filesScanned: files.length,
    filesLinted,
    filesWithFindings: filesWithFindings(store),
    kinds,
    alerts,
    recordingRules,
    scorecard: scorecard(results, store),
    ...(baseline && { baseline }),
  };
}

/** How many files the kept findings are in (they are sorted by file). */
function filesWithFindings(store: FindingStore): number {
  let count = 0;
  let last: string | undefined;
  for (const row of store.rowsInOrder()) {
    const file = store.file(row);
    if (file !== last) count++;
    last = file;
  }
  return count;
}

/**
 * Marks the findings the baseline knows; a baseline that is named but missing or unreadable is a
 * config problem, never silently ignored (the run would fail on every accepted finding).
 */
async function compareWithBaseline(root: string, file: string | undefined, store: FindingStore): Promise<RunResult['baseline']> {
  if (file === undefined) return undefined;
  const abs = path.resolve(root, file);
  const fail = (message: string) => new ConfigError([{ file, message }]);
  // Only `--baseline=` can be empty (the config's `baseline` cannot): it would name the repository.
  if (file === '') throw new ConfigError([{ message: 'The baseline path is empty: name the file `obslint baseline` wrote (`.obslint-baseline.json` by default), or leave `--baseline` out.' }]);
  if (!isInside(root, abs)) throw fail('The baseline must be a file in the repository.');
  if (!(await fs.lstat(abs).catch(() => undefined))) throw fail('The baseline does not exist: write it with `obslint baseline`.');
  const baseline = parseBaseline(await readConfigFile(root, abs, fail, `The baseline \`${shown(file)}\``, MAX_BASELINE_SIZE), file, fail);
  // Only the identities, a row at a time: the messages and positions are not needed to match.
  const identities = Array.from(store.rowsInOrder(), (row) => ({ row, fingerprint: store.fingerprint(row), coarseFingerprint: store.coarseFingerprint(row) }));
  const { known, fixed } = compareBaseline(identities, baseline);
  for (const { row } of known) store.markBaselined(row);
  return { file, known: known.length, fixed };
}

/** The baseline in `text`, whose 28 MB for 100,000 entries is then no longer held by the run. */
function parseBaseline(text: string, file: string, fail: (message: string) => ConfigError): Baseline {
  try {
    return readBaseline(text, file);
  } catch (error) {
    if (error instanceof BaselineError) throw fail(`${error.message} ${error.help}`);
    throw error;
  }
}

/**
 * Drops the findings that suppressions cover (comments in the files, and the config's
 * `suppressions.files` for files that cannot hold comments), except for locked rules; adds an
 * `invalid-suppression` finding for a suppression of a locked rule and an `unused-suppression`
 * finding for a comment that covers nothing.
 */
function applySuppressions(store: FindingStore, results: readonly FileResult[], config: ResolvedConfig): void {
  const byFile = new Map<string, Suppression[]>();
  for (const result of results) if (result.suppressions) byFile.set(result.file, [...result.suppressions]);
  const fromConfig = configSuppressions(results.map((r) => r.file), config);
  for (const [file, list] of fromConfig) byFile.set(file, [...(byFile.get(file) ?? []), ...list]);
  if (byFile.size === 0) return;

  const ofFile = new Map<string, Finding[]>();
  const lockedUse = new Map<Suppression, Set<string>>();
  for (const row of store.rowsInOrder()) {
    const suppressions = byFile.get(store.file(row));
    if (!suppressions) continue;
    const finding = store.at(row);
    (ofFile.get(finding.file) ?? ofFile.set(finding.file, []).get(finding.file)!).push(finding);
    const covering = suppressions.filter((s) => isSuppressed(finding, [s]));
    if (covering.length === 0) continue;
    if (config.locked[finding.rule] === undefined) store.drop(row);
    else for (const s of covering) (lockedUse.get(s) ?? lockedUse.set(s, new Set()).get(s)!).add(finding.rule);
  }
  const make = (rule: string, file: string, s: Suppression, messageId: string, data: MessageData): Finding | undefined => {
    const severity = rulesFor(file, config)[rule].severity;
    if (severity === 'off') return undefined;
    const template = RULES.find((r) => r.meta.id === rule)!.meta.messages[messageId];
    return {
      rule,
      severity,
      message: fill(template.text, data),
      ...(template.help !== undefined && { help: fill(template.help, data) }),
      file,
      start: { line: s.line, column: s.column },
      end: { line: s.endLine, column: s.endColumn },
      fingerprint: identify(rule, file, messageId, `${s.scope}:${s.rules.join(',')}:${s.target ?? ''}`),
    };
  };
  for (const [file, suppressions] of byFile) {
    const comments = suppressions.filter((s) => !fromConfig.get(file)?.includes(s));
    for (const [suppression, rules] of lockedUse) {
      if (!comments.includes(suppression)) continue;
      for (const rule of rules) {
        const finding = make('invalid-suppression', file, suppression, 'locked', { rule, source: { raw: `\`${shown(config.locked[rule])}\`` } });
        if (finding) store.add(finding);
      }
    }
    for (const { suppression, rules } of unusedSuppressions(ofFile.get(file) ?? [], comments)) {
      const finding = make('unused-suppression', file, suppression, 'unused', { rules });
      if (finding) store.add(finding);
    }
  }
}

/** The config's `suppressions.files` (glob → directives), as file-wide suppressions of the files they match. */
function configSuppressions(files: readonly string[], config: ResolvedConfig): Map<string, Suppression[]> {
  const out = new Map<string, Suppression[]>();
  const entries = Object.entries(config.suppressions.files);
  if (entries.length === 0) return out;
  const ruleIds = RULES.map((r) => r.meta.id);
  const parsed = entries.map(([glob, directives]) => ({
    matches: compileGlobs([glob]),
    suppressions: directives.flatMap((text) => {
      const directive = parseDirective(text, { ruleIds, requireReason: false })?.directive;
      return directive ? [{ ...directive, scope: 'file' as const, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 }] : [];
    }),
  }));
  for (const file of files) {
    const list = parsed.filter((p) => p.matches(file)).flatMap((p) => p.suppressions);
    if (list.length > 0) out.set(file, list);
  }
  return out;
}

/** The repository's CODEOWNERS, when the config uses it; a config that requires it needs one. */
async function readCodeowners(root: string, config: ResolvedConfig): Promise<Pick<FileJob, 'codeowners'>> {
  const mode = config.settings.owners.codeowners;
  if (mode === 'off') return {};
  const location = findCodeowners(root);
  if (location === undefined) {
    if (mode === 'fallback') return {};
    throw new ConfigError([{ file: config.file, message: `\`owners.codeowners: ${mode}\` needs a CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(', ')}), and there is none.` }]);
  }
  const text = await fs.readFile(path.join(root, location), 'utf8');
  return { codeowners: parseCodeowners(text).rules };
}

/** The project stage: rules that look across files, on what each file's lint collected. */
async function checkProject(results: readonly FileResult[], config: ResolvedConfig, store: FindingStore): Promise<void> {
  const ordered = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const rule of RULES) {
    const setting = config.rules[rule.meta.id];
    if (!rule.checkProject || setting.severity === 'off') continue;
    const collected = ordered.flatMap((r) => (r.collected?.[rule.meta.id] === undefined ? [] : [{ file: r.file, data: r.collected[rule.meta.id] }]));
    const context: ProjectContext = {
      options: setting.options,
      settings: config.settings,
      collected,
      report(report) {
        const template = rule.meta.messages[report.messageId];
        // The finding's file may be under an override that sets the rule differently.
        const severity = rulesFor(report.file, config)[rule.meta.id].severity;
        if (severity === 'off') return;
        store.add({
          rule: rule.meta.id,
          severity,
          message: fill(template.text, report.data),
          ...(template.help !== undefined && { help: template.help }),
          file: report.file,
          start: report.range.start,
          end: report.range.end,
          fingerprint: identify(rule.meta.id, report.file, report.messageId, report.subject),
          coarseFingerprint: identify(rule.meta.id, report.file, report.messageId, withoutLabels(report.subject)),
        });
      },
    };
    try {
      await rule.checkProject(context);
    } catch (error) {
      // A rule that fails costs one finding, not the run's other findings.
      const at = { line: 1, column: 1 };
      const file = collected[0]?.file ?? config.file ?? '.';
      store.add({
        rule: rule.meta.id,
        severity: setting.severity as Severity,
        message: `This rule failed: ${String(error)}`,
        help: 'This is a bug in obslint: please report it.',
        file,
        start: at,
        end: at,
        fingerprint: identify(rule.meta.id, file, 'crash', ''),
      });
    }
  }
}
