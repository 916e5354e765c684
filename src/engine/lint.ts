import { readFileSync } from 'node:fs';
import path from 'node:path';
import { identify, type Finding, type Severity } from '../core/findings.js';
import { locate, nodeAt, scalarOffsetMap, scalarValueOffset, type Span, type Target } from '../core/locate.js';
import { LineIndex } from '../core/source.js';
import { describePath } from '../core/subject.js';
import { escapeControls, fill } from '../core/text.js';
import { embeddedConfigs, type Embedded } from '../kinds/embedded.js';
import { KINDS } from '../kinds/index.js';
import { customKind } from '../kinds/custom.js';
import { emptyModel, type Alert, type Kind, type Site } from '../kinds/types.js';
import { RULES } from '../rules/index.js';
import { withoutLabels } from '../rules/alerts.js';
import type { Placement, Range, Report, RuleContext, RuleMeta } from '../rules/types.js';
import type { YDocument, YNode } from '../yaml/tree.js';
import { parseSuppressions, type Suppression } from '../policy/suppressions.js';
import type { CommentSyntax } from '../policy/comments.js';
import type { ResolvedConfig, RuleSetting } from './config.js';
import { compileGlobs } from '../core/glob.js';
import { decode, parseYaml, readText, type ParsedText, type Problem } from '../core/load.js';
import { runbookLookup } from './paths.js';
import { isPartOfSet } from '../pipelines/sets.js';
import { codeownersFromRules, type Codeowners, type CodeownersRule } from '../policy/codeowners.js';
import { validateWith } from './schema.js';
import { lineBreakName, UNUSUAL_BREAK } from '../yaml/line-breaks.js';

/** What a worker needs to lint a file: plain data only. */
export interface FileJob {
  /** The repository root, absolute. */
  root: string;
  config: ResolvedConfig;
  /** The repository's CODEOWNERS rules, when the config uses them. */
  codeowners?: CodeownersRule[];
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The kinds of the documents found in the file; empty when no kind claimed it. */
  kinds: string[];
  alerts: number;
  recordingRules: number;
  /** What rules that look across files collected here, by rule id. */
  collected?: Record<string, unknown>;
  /** The file's suppression comments, applied to every finding of the file once the run has them all. */
  suppressions?: Suppression[];
  /** Each alert's owner and the lines it spans, for the scorecard. */
  owners?: AlertOwners;
}

/**
 * Alert `i` of a file has owner `owners[i]` and spans lines `lines[2i]` to `lines[2i + 1]`: in two
 * arrays rather than an object per alert, as a first run over a large repository keeps 100,000
 * of them until the scorecard is made.
 */
export interface AlertOwners {
  owners: (string | undefined)[];
  lines: Int32Array;
}

function emptyResult(file: string): FileResult {
  return { file, findings: [], kinds: [], alerts: 0, recordingRules: 0 };
}

/** A problem found before any kind looked at the file, as a finding. */
function problemResult(file: string, text: string, problem: Problem, config: ResolvedConfig): FileResult {
  const reporter = new FileReporter(file, text, rulesFor(file, config));
  reporter.problem(problem);
  return reporter.finish(emptyResult(file));
}

/** The per-file pipeline: read, then lint the text. */
export async function lintFile(file: string, job: FileJob, named = false): Promise<FileResult> {
  const read = await readText(path.resolve(job.root, file), job.config.maxFileSize);
  if (read.problem) return problemResult(file, read.text, read.problem, job.config);
  return lintText(file, read.text, job, named);
}

/**
 * Parse, detect kind, validate, extract, run rules. `named` files (given on the command
 * line) are parsed even when no kind's sniff recognizes them.
 */
export async function lintText(file: string, text: string, job: FileJob, named = false): Promise<FileResult> {
  const result = emptyResult(file);
  const { config } = job;
  const kinds = kindsOf(config);
  const forced = forcedKind(file, config);
  // Most YAML in a repository is not ours: skip it before paying for a parse.
  if (!forced && !named && !kinds.some((kind) => kind.sniff(text))) return result;

  const { documents, problems } = await parse(file, text, forced);
  // A Helm or other Go template is not YAML until rendered: lint what it renders to instead.
  if (problems.length > 0 && !forced && !named && looksLikeTemplate(text)) return result;
  const rules = rulesFor(file, config);
  const reporter = new FileReporter(file, text, rules);
  const readAsJson = problems.length > 0 && jsonReadAsJson(file, text, documents.map((d) => forced ?? kinds.find((k) => k.detect(d.value))));
  for (const problem of problems) if (!(readAsJson && GO_YAML_RULES.has(problem.rule))) reporter.problem(problem);

  const model = emptyModel();
  const { settings } = config;
  /** Validates, checks and extracts one document of a kind, as document `index` of the file. */
  const lintDocument = async (index: number, document: LintDocument, kind: Kind) => {
    reporter.documents[index] = document;
    result.kinds.push(kind.id);
    const site = (path: Site['path']): Site => ({ doc: index, path });
    const help = referenceHelp(kind);
    try {
      for (const issue of validateWith(await kind.validator(), document.value)) {
        reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: issue.keyword, help });
      }
      for (const issue of kind.checkStructure?.(document.value, settings, isPartOfSet(file, kind.id, settings)) ?? []) {
        reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: 'structure', help: issue.help });
      }
      model.documents.push({ kind: kind.id, doc: index, value: document.value });
      kind.extract(document.value, index, model, settings);
    } catch (error) {
      // Data shaped to defeat a checker costs one finding, not the run.
      reporter.raw('schema', { site: site([]), message: `This document could not be checked: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
    }
  };
  // Embedded configs are numbered after the file's own documents.
  let next = documents.length;
  for (const [index, document] of documents.entries()) {
    const kind = forced ?? kinds.find((k) => k.detect(document.value));
    if (kind) {
      await lintDocument(index, document, kind);
      continue;
    }
    for (const embedded of embeddedConfigs(document.value)) {
      for (const inner of await embeddedDocuments(document, embedded, text, reporter)) {
        const innerKind = KINDS.find((k) => k.detect(inner.value));
        if (innerKind) await lintDocument(next++, inner, innerKind);
      }
    }
  }
  result.alerts = model.alerts.length;
  result.recordingRules = model.recordingRules.length;
  if (model.alerts.length > 0) {
    const owners: AlertOwners = { owners: [], lines: new Int32Array(2 * model.alerts.length) };
    for (const [i, alert] of model.alerts.entries()) {
      owners.owners.push(ownerOf(alert, config, job, file));
      owners.lines.set(reporter.lineSpan(alert.site), 2 * i);
    }
    result.owners = owners;
  }

  let known = runbookCaches.get(job);
  if (!known) runbookCaches.set(job, (known = new Map()));
  const findFile = runbookLookup(job.root, file, known);
  const codeOwners = job.codeowners && codeownersOf(job).ownersOf(file);
  for (const rule of RULES) {
    const setting = rules[rule.meta.id];
    if ((!rule.check && !rule.collect) || setting.severity === 'off') continue;
    const context: RuleContext = {
      file,
      model,
      options: setting.options,
      settings,
      codeOwners,
      report: (report) => reporter.report(rule.meta, report),
      fileExists: (relativePath) => findFile(relativePath) !== undefined,
      readFile: (relativePath) => {
        const found = findFile(relativePath);
        return found === undefined ? undefined : readRepoFile(found, job);
      },
      lineOf: (site) => reporter.rangeOf(site).start.line,
      rangeOf: (site, target) => reporter.rangeOf(site, target),
    };
    try {
      await rule.prepare?.(context);
      rule.check?.(context);
      const collected = rule.collect?.(context);
      if (collected !== undefined) (result.collected ??= {})[rule.meta.id] = collected;
    } catch (error) {
      reporter.raw(rule.meta.id, { span: { start: 0, end: 0 }, message: `This rule failed on this file: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
    }
  }
  const suppressions = await readSuppressions(file, text, config, reporter);
  if (suppressions.length > 0) result.suppressions = suppressions;
  return reporter.finish(result);
}

/**
 * An alert's owner for the scorecard: its first owner label (as `alert-owner` reads them), or its
 * file's first code owner where the config lets CODEOWNERS stand in.
 */
function ownerOf(alert: Alert, config: ResolvedConfig, job: FileJob, file: string): string | undefined {
  const keys = (config.rules['alert-owner']?.options.labels as string[] | undefined) ?? ['owner', 'team'];
  const label = keys.map((key) => alert.labels[key]?.trim()).find((value) => value);
  if (label) return label;
  const mode = config.settings.owners.codeowners;
  if ((mode === 'fallback' || mode === 'both') && job.codeowners) return codeownersOf(job).ownersOf(file)[0];
  return undefined;
}

/** Which comment syntax a file has, for suppressions; JSON has none (its suppressions live in the config). */
function commentSyntax(file: string): CommentSyntax | undefined {
  const ending = path.extname(file).toLowerCase();
  if (ending === '.json') return undefined;
  if (ending === '.toml') return 'toml';
  if (ending === '.conf') return 'fluent-bit';
  return 'yaml';
}

/**
 * The file's suppression comments; malformed ones are `invalid-suppression` findings. A
 * `next-line` comment above a block (an alert's list item) covers the whole block.
 */
async function readSuppressions(file: string, text: string, config: ResolvedConfig, reporter: FileReporter): Promise<Suppression[]> {
  const syntax = commentSyntax(file);
  if (!syntax || !text.includes('obslint-')) return [];
  const { suppressions, problems } = await parseSuppressions(text, syntax, { ruleIds: RULES.map((r) => r.meta.id), requireReason: config.suppressions.requireReason });
  for (const problem of problems) {
    reporter.raw('invalid-suppression', { span: { start: problem.start, end: problem.end }, message: problem.message, help: problem.help });
  }
  for (const suppression of suppressions) {
    if (suppression.scope === 'next-line' && suppression.target !== undefined) {
      const end = reporter.blockEndLine(suppression.target);
      if (end !== undefined && end > suppression.target) suppression.targetEnd = end;
    }
  }
  return suppressions;
}

/** Answers to "where is this runbook file", once per run (a job lives for one run, in each thread). */
const runbookCaches = new WeakMap<FileJob, Map<string, string | null>>();

/** Files rules read (runbooks), once per run; what is too large or not text reads as empty. */
const repoFiles = new WeakMap<FileJob, Map<string, string>>();
const MAX_READ_BYTES = 1024 * 1024;

function readRepoFile(abs: string, job: FileJob): string {
  let cache = repoFiles.get(job);
  if (!cache) repoFiles.set(job, (cache = new Map()));
  let text = cache.get(abs);
  if (text === undefined) {
    try {
      const bytes = readFileSync(abs);
      const decoded = bytes.length > MAX_READ_BYTES ? undefined : decode(bytes);
      text = decoded === undefined || decoded.problem ? '' : decoded.text;
    } catch {
      text = '';
    }
    cache.set(abs, text);
  }
  return text;
}

/**
 * The documents of a config embedded in `outer` (a Secret's `alertmanager.yaml`, the
 * OpenTelemetry operator's `spec.config`), with their positions mapped into the file. Text that
 * no kind would claim is not parsed; problems parsing text that one would are reported.
 */
async function embeddedDocuments(outer: LintDocument, embedded: Embedded, text: string, reporter: FileReporter): Promise<LintDocument[]> {
  const name = `${outer.name ?? ''}/${embedded.path.join('/')}`;
  if (embedded.value !== undefined) {
    // Already data: the node is in the file's own tree.
    const node = nodeAt(outer.root, embedded.path);
    return node ? [{ root: node, value: embedded.value, name }] : [];
  }
  const inner = embedded.text ?? '';
  if (!KINDS.some((kind) => kind.sniff(inner))) return [];
  const scalar = nodeAt(outer.root, embedded.path);
  const map = embedded.opaque ? undefined : scalarOffsetMap(outer.root, text, embedded.path);
  const toFile = (offset: number) => map?.(offset) ?? scalar?.start ?? 0;
  const parsed = await parse(embedded.name ?? '', inner, undefined);
  for (const problem of parsed.problems) reporter.problem({ ...problem, start: toFile(problem.start), end: toFile(problem.end) });
  return parsed.documents.map((document, index) => ({ ...document, name: `${name}#${index}`, embedded: { text: inner, toFile } }));
}

/** CODEOWNERS compiled once per run in each thread. */
const compiledCodeowners = new WeakMap<FileJob, Codeowners>();

function codeownersOf(job: FileJob): Codeowners {
  let compiled = compiledCodeowners.get(job);
  if (!compiled) compiledCodeowners.set(job, (compiled = codeownersFromRules(job.codeowners ?? [])));
  return compiled;
}

/** What Go's YAML reader says about a file. */
const GO_YAML_RULES = new Set(['yaml-syntax', 'yaml-strict']);

/**
 * A valid JSON file that every document's program reads with a JSON parser (`readsJson`): what
 * Go's YAML reader would say about it does not apply.
 */
function jsonReadAsJson(file: string, text: string, kinds: (Kind | undefined)[]): boolean {
  if (path.extname(file).toLowerCase() !== '.json' || kinds.length === 0 || !kinds.every((kind) => kind?.readsJson)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A kind's own parser for its file ending (TOML, Fluent Bit's format), else YAML as Go reads it. */
async function parse(file: string, text: string, forced: Kind | undefined): Promise<ParsedText> {
  const ending = path.extname(file).slice(1).toLowerCase();
  const own = (forced ? [forced] : KINDS).map((kind) => kind.parsers?.[ending]).find((p) => p !== undefined);
  if (own) return own(text);
  // Go's YAML reader also ends a line at a lone CR, NEL, LS or PS: parsed with them made LF (one
  // character for one, so offsets stand), the file reads as the program that loads it reads
  // it, while lines are still counted as git and GitHub count them, by LF.
  const lineBreak = UNUSUAL_BREAK.exec(text);
  if (!lineBreak) return parseYaml(text);
  const parsed = await parseYaml(text.replace(UNUSUAL_BREAKS, '\n'));
  return { ...parsed, problems: [unusualBreakNotice(lineBreak), ...parsed.problems] };
}

const UNUSUAL_BREAKS = new RegExp(UNUSUAL_BREAK.source, 'g');

function unusualBreakNotice(lineBreak: RegExpExecArray): Problem {
  return {
    rule: 'yaml-strict',
    message: `Lines end with ${lineBreakName(lineBreak[0])}: Go's YAML reader (Prometheus, Alertmanager, the Collector) reads them as line ends, as obslint does here, but git, GitHub and many tools do not (line numbers here count LF only).`,
    help: 'Re-save the file with LF (or CRLF) line ends.',
    start: lineBreak.index,
    end: lineBreak.index + 1,
  };
}

/**
 * A Helm chart template: it uses Helm's objects or functions. (Alert annotations are Go
 * templates too, `{{ range query ... }}{{ end }}` included, so only Helm's own names count.)
 */
function looksLikeTemplate(text: string): boolean {
  return HELM_ACTION.test(text);
}

const HELM_ACTION = /\{\{-?\s*(\.Values|\.Release|\.Chart|\.Files|\.Capabilities|include\s|toYaml\s|tpl\s)/;

const referenceHelps = new Map<Kind, string>();

/** The help line of a schema finding; one string per kind, shared by all its findings. */
function referenceHelp(kind: Kind): string {
  let help = referenceHelps.get(kind);
  if (help === undefined) referenceHelps.set(kind, (help = `The format is described ${/^https?:/.test(kind.reference) ? 'at' : 'by'} ${kind.reference}`));
  return help;
}

const REPORT_IT = 'This is a bug in obslint: please report it with the file.';

/** The built-in kinds and the config's own (`custom-kinds:`), once per config in each thread. */
const configKinds = new WeakMap<ResolvedConfig, readonly Kind[]>();

function kindsOf(config: ResolvedConfig): readonly Kind[] {
  if (config.customKinds.length === 0) return KINDS;
  let kinds = configKinds.get(config);
  if (!kinds) configKinds.set(config, (kinds = [...KINDS, ...config.customKinds.map(customKind)]));
  return kinds;
}

/** Compiled `overrides:` globs, once per config (each worker has its own copy of the config). */
const overrideMatchers = new WeakMap<ResolvedConfig, ((file: string) => boolean)[]>();

/** The rule settings for one file: the run's, with every override whose globs match it applied in order. */
export function rulesFor(file: string, config: ResolvedConfig): Readonly<Record<string, RuleSetting>> {
  if (config.overrides.length === 0) return config.rules;
  let matchers = overrideMatchers.get(config);
  if (!matchers) overrideMatchers.set(config, (matchers = config.overrides.map((o) => compileGlobs(o.files))));
  let rules: Record<string, RuleSetting> | undefined;
  config.overrides.forEach((override, index) => {
    if (!matchers![index](file)) return;
    rules ??= { ...config.rules };
    for (const [id, setting] of Object.entries(override.rules)) {
      const current = rules[id];
      if (!current) continue;
      rules[id] = { severity: setting.severity ?? current.severity, options: { ...current.options, ...setting.options } };
    }
  });
  return rules ?? config.rules;
}

/**
 * Compiled `kinds:` globs, once per config (each worker has its own copy of the config). The
 * files of a set under `configs:` are of its kind too: a layer may hold too little for
 * detection (only `processors:`), or nothing at all.
 */
const kindMatchers = new WeakMap<ResolvedConfig, { matches: (file: string) => boolean; kind: Kind | undefined }[]>();

function forcedKind(file: string, config: ResolvedConfig): Kind | undefined {
  let matchers = kindMatchers.get(config);
  if (!matchers) {
    const byId = (id: string) => kindsOf(config).find((kind) => kind.id === id);
    matchers = [...config.kinds, ...(config.settings.configSets ?? []), ...config.customKinds.map((k) => ({ files: k.files, kind: k.id }))].map((entry) => ({
      matches: compileGlobs(entry.files),
      kind: byId(entry.kind),
    }));
    kindMatchers.set(config, matchers);
  }
  return matchers.find((m) => m.matches(file))?.kind;
}

/** A report whose message is already made (the parser's, the schema's), not a rule's template. */
interface RawReport extends Placement {
  message: string;
  help?: string;
  /** What kind of problem it is, for the finding's identity; the message with digits blanked when absent. */
  messageId?: string;
  subject?: string;
}

/** A document being linted: the file's own, or one embedded in it. */
interface LintDocument extends YDocument {
  /** How finding identities name it, when its index in the file is not enough (an embedded config). */
  name?: string;
  /** For config embedded as text: that text, which the tree's offsets are into, and how they map to the file's. */
  embedded?: { text: string; lines?: LineIndex; toFile(offset: number): number };
}

/** Turns reports into findings, computing line/column only for files that have some. */
class FileReporter {
  readonly documents: LintDocument[] = [];
  private readonly findings: Finding[] = [];
  private lines?: LineIndex;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly rules: Readonly<Record<string, RuleSetting>>,
  ) {}

  problem(problem: Problem): void {
    this.raw(problem.rule, { span: { start: problem.start, end: problem.end }, message: problem.message, help: problem.help });
  }

  report(meta: RuleMeta, report: Report): void {
    const template = meta.messages[report.messageId];
    if (!template) throw new Error(`rule ${meta.id} has no message ${report.messageId}`);
    const message = fill(template.text, report.data);
    const help = report.help !== undefined ? escapeControls(report.help) : template.help && fill(template.help, report.data);
    this.add(meta.id, report, message, help, report.messageId, report.subject);
  }

  raw(rule: string, report: RawReport): void {
    this.add(rule, report, report.message, report.help, report.messageId ?? report.message.replace(/\d+/g, 'N'), report.subject);
  }

  /**
   * The first and last line of what a site points at (an alert's whole mapping), from the key
   * that holds it: a finding about the whole alert is placed on that key (`spec:` above a
   * DatadogMonitor's fields). In an embedded config, both ends are mapped into the file.
   */
  lineSpan(site: Site): [number, number] {
    const document = this.documents[site.doc];
    const node = document && nodeAt(document.root, site.path);
    const first = this.rangeOf(site, 'key').start.line;
    if (!node) return [first, first];
    const last = Math.max(node.end - 1, node.start);
    return [first, this.index().position(document.embedded?.toFile(last) ?? last).line];
  }

  /**
   * The last line of the innermost block (mapping or list) that starts on `line`: on `- alert: X`
   * the alert's mapping, not the list of rules that starts there too.
   */
  blockEndLine(line: number): number | undefined {
    const range = this.index().lineRange(line);
    if (!range) return undefined;
    let end: number | undefined;
    let span = Infinity;
    const stack: YNode[] = this.documents.filter((d) => d && !d.embedded).map((d) => d.root);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.start > range.end || node.end <= range.start) continue;
      if (node.kind !== 'scalar' && node.start >= range.start && node.start <= range.end && node.end - node.start < span) {
        span = node.end - node.start;
        end = node.end;
      }
      if (node.kind === 'seq') stack.push(...node.items);
      else if (node.kind === 'map') for (const pair of node.pairs) stack.push(pair.value);
    }
    return end === undefined ? undefined : this.index().position(Math.max(end - 1, 0)).line;
  }

  rangeOf(site: Site, target?: Target): Range {
    const span = this.spanOf({ site, target });
    const index = this.index();
    return { start: index.position(span.start), end: index.position(Math.max(span.end, span.start)) };
  }

  finish(result: FileResult): FileResult {
    result.findings = this.findings;
    return result;
  }

  private spanOf(placement: Placement): Span {
    if (placement.span) return placement.span;
    const document = placement.site && this.documents[placement.site.doc];
    if (!placement.site || !document) return { start: 0, end: 0 };
    const span = this.spanInDocument(document, placement.site.path, placement);
    const embedded = document.embedded;
    if (!embedded) return span;
    const start = embedded.toFile(span.start);
    return { start, end: Math.max(start + 1, embedded.toFile(Math.max(span.start, span.end - 1)) + 1) };
  }

  /** A site's span in the text the document's offsets are into (the file's, or the embedded config's). */
  private spanInDocument(document: LintDocument, path: Site['path'], placement: Placement): Span {
    const text = document.embedded?.text ?? this.text;
    if (placement.within) {
      const start = scalarValueOffset(document.root, text, path, placement.within.start);
      const end = scalarValueOffset(document.root, text, path, placement.within.end);
      if (start !== undefined && end !== undefined) return { start, end: Math.max(end, start + 1) };
    }
    const lines = document.embedded ? (document.embedded.lines ??= new LineIndex(text)) : this.index();
    return locate(document.root, lines, path, placement.target);
  }

  /** What a finding at a site is about, by names rather than positions. */
  private subjectOf(placement: Placement): string {
    const site = placement.site;
    const document = site && this.documents[site.doc];
    if (!site || !document) return '';
    return (document.name ?? '') + describePath(document.value, site.path, site.doc) + (placement.target === 'key' ? '#key' : '');
  }

  private add(rule: string, placement: Placement, message: string, help: string | undefined, messageId: string, subject: string | undefined): void {
    const severity = this.rules[rule]?.severity ?? 'error';
    if (severity === 'off') return;
    const span = this.spanOf(placement);
    const index = this.index();
    const about = subject ?? this.subjectOf(placement);
    const finding: Finding = {
      rule,
      severity: severity as Severity,
      message: detach(message),
      file: this.file,
      start: index.position(span.start),
      end: index.position(Math.max(span.end, span.start)),
      fingerprint: identify(rule, this.file, messageId, about),
      coarseFingerprint: identify(rule, this.file, messageId, withoutLabels(about)),
      // Help texts are the rules' own constants: shared, not copied. Set here even when there is
      // none, then removed: V8 sizes an object for the properties of its literal (one added later
      // costs a second allocation, 40 bytes a finding on a 100,000-finding run), and removing
      // the last property added keeps the object's fast layout.
      help,
    };
    if (!help) delete finding.help;
    this.findings.push(finding);
  }

  private index(): LineIndex {
    this.lines ??= new LineIndex(this.text);
    return this.lines;
  }
}

/**
 * A fresh copy of a string. A message built from a name sliced out of the source would
 * keep the whole file's text alive for as long as the finding lives (V8 shares the parent
 * string), so 1,000 files with findings would keep 1,000 texts in memory.
 */
function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
