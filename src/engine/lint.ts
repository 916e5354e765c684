import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { KINDS, kindById } from '../kinds/index.js';
import { emptyModel, type Kind, type Site } from '../kinds/types.js';
import { RULES } from '../rules/index.js';
import type { Report, RuleContext } from '../rules/types.js';
import type { ResolvedConfig } from './config.js';
import { isInside } from './discover.js';
import type { Finding, Severity } from './findings.js';
import type { YDocument } from '../yaml/tree.js';
import { parseYaml, readText, type Problem } from './load.js';
import { locate, scalarValueOffset, type Span } from './locate.js';
import { validateWith } from './schema.js';
import { LineIndex } from './source.js';

/** What a worker needs to lint a file: plain data only. */
export interface FileJob {
  root: string;
  config: ResolvedConfig;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The kinds of the documents found in the file; empty when no kind claimed it. */
  kinds: string[];
  alerts: number;
  recordingRules: number;
}

function emptyResult(file: string): FileResult {
  return { file, findings: [], kinds: [], alerts: 0, recordingRules: 0 };
}

/** The per-file pipeline: read, then lint the text. */
export async function lintFile(file: string, job: FileJob, named = false): Promise<FileResult> {
  const read = await readText(path.resolve(job.root, file), job.config.maxFileSize);
  if (read.problem) {
    const reporter = new FileReporter(file, read.text, job.config);
    reporter.problem(read.problem);
    return reporter.finish(emptyResult(file));
  }
  return lintText(file, read.text, job, named);
}

/**
 * Parse, detect kind, validate, extract, run rules. `named` files (given on the command
 * line) are parsed even when no kind's sniff recognizes them.
 */
export async function lintText(file: string, text: string, job: FileJob, named = false): Promise<FileResult> {
  const result = emptyResult(file);
  const reporter = new FileReporter(file, text, job.config);
  const forced = forcedKind(file, job.config);
  // Most YAML in a repository is not ours: skip it before paying for a parse.
  if (!forced && !named && !KINDS.some((kind) => kind.sniff(text))) return result;

  const { documents, problems } = await parseYaml(text);
  // A Helm or other Go template is not YAML until rendered: lint what it renders to instead.
  if (problems.length > 0 && !forced && !named && looksLikeTemplate(text)) return result;
  for (const problem of problems) reporter.problem(problem);

  const model = emptyModel();
  documents.forEach((document, index) => {
    const kind = forced ?? KINDS.find((k) => k.detect(document.value));
    if (!kind) return;
    reporter.documents[index] = document;
    result.kinds.push(kind.id);
    const site = (path: Site['path']) => ({ doc: index, path });
    const help = `The format is described at ${kind.reference}`;
    try {
      for (const issue of validateWith(kind.validate, document.value)) {
        reporter.report('schema', { site: site(issue.path), target: issue.target, message: issue.message, help });
      }
      for (const issue of kind.checkStructure?.(document.value) ?? []) {
        reporter.report('schema', { site: site(issue.path), target: issue.target, message: issue.message, help: issue.help });
      }
      kind.extract(document.value, index, model);
    } catch (error) {
      // Data shaped to defeat a checker (say, an alias cycle) costs one finding, not the run.
      reporter.report('schema', { site: site([]), message: `This document could not be checked: ${String(error)}`, help: REPORT_IT });
    }
  });
  result.alerts = model.alerts.length;
  result.recordingRules = model.recordingRules.length;

  const fileExists = existenceChecker(job, file);
  for (const rule of RULES) {
    const setting = job.config.rules[rule.meta.id];
    if (!rule.check || setting.severity === 'off') continue;
    const context: RuleContext = {
      file,
      model,
      options: setting.options,
      report: (report) => reporter.report(rule.meta.id, report),
      fileExists,
      lineOf: (site) => reporter.lineOf(site),
    };
    try {
      rule.check(context);
    } catch (error) {
      reporter.report(rule.meta.id, { span: { start: 0, end: 0 }, message: `This rule failed on this file: ${String(error)}`, help: REPORT_IT });
    }
  }
  return reporter.finish(result);
}

/**
 * A Helm chart template: it uses Helm's objects or functions. (Alert annotations are Go
 * templates too, `{{ range query ... }}{{ end }}` included, so only Helm's own names count.)
 */
function looksLikeTemplate(text: string): boolean {
  return HELM_ACTION.test(text);
}

const HELM_ACTION = /\{\{-?\s*(\.Values|\.Release|\.Chart|\.Files|\.Capabilities|include\s|toYaml\s|tpl\s)/;

const REPORT_IT = 'This is a bug in obslint: please report it with the file.';

/** Compiled `kinds:` globs, once per config (each worker has its own copy of the config). */
const kindMatchers = new WeakMap<ResolvedConfig, { matches: (file: string) => boolean; kind: Kind | undefined }[]>();

function forcedKind(file: string, config: ResolvedConfig): Kind | undefined {
  let matchers = kindMatchers.get(config);
  if (!matchers) {
    matchers = config.kinds.map((entry) => ({ matches: picomatch(entry.files, { dot: true }), kind: kindById(entry.kind) }));
    kindMatchers.set(config, matchers);
  }
  return matchers.find((m) => m.matches(file))?.kind;
}

/** Turns reports into findings, computing line/column only for files that have some. */
class FileReporter {
  readonly documents: YDocument[] = [];
  private readonly findings: Finding[] = [];
  private lines?: LineIndex;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly config: ResolvedConfig,
  ) {}

  problem(problem: Problem): void {
    this.add(problem.rule, { start: problem.start, end: problem.end }, problem.message, problem.help);
  }

  report(rule: string, report: Report): void {
    this.add(rule, this.spanOf(report), report.message, report.help);
  }

  lineOf(site: Site): number {
    return this.index().position(this.spanOf({ site, message: '' }).start).line;
  }

  finish(result: FileResult): FileResult {
    result.findings = this.findings;
    return result;
  }

  private spanOf(report: Report): Span {
    if (report.span) return report.span;
    const document = report.site && this.documents[report.site.doc];
    if (!report.site || !document) return { start: 0, end: 0 };
    if (report.within) {
      const start = scalarValueOffset(document.root, this.text, report.site.path, report.within.start);
      const end = scalarValueOffset(document.root, this.text, report.site.path, report.within.end);
      if (start !== undefined && end !== undefined) return { start, end: Math.max(end, start + 1) };
    }
    return locate(document.root, this.index(), report.site.path, report.target);
  }

  private add(rule: string, span: Span, message: string, help: string | undefined): void {
    const severity = this.config.rules[rule]?.severity ?? 'error';
    if (severity === 'off') return;
    const index = this.index();
    const start = index.position(span.start);
    const end = index.position(Math.max(span.end, span.start));
    const finding: Finding = { rule, severity: severity as Severity, message: detach(message), file: this.file, start, end };
    if (help) finding.help = detach(help);
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

/**
 * Runbook paths are written relative to the repository root or to the rule file's folder;
 * a monorepo's teams write them relative to their own subtree. So any folder from the rule
 * file's up to the root counts (for a file outside the root: up to its own repository's
 * root, the folder holding `.git`). Answers are cached per run.
 */
function existenceChecker(job: FileJob, file: string): (relativePath: string) => boolean {
  const dirs: string[] = [];
  const inside = isInside(job.root, path.resolve(job.root, file));
  let top = job.root;
  for (let dir = path.resolve(job.root, path.dirname(file)); ; dir = path.dirname(dir)) {
    dirs.push(dir);
    top = dir;
    const atTop = inside ? dir === job.root : existsSync(path.join(dir, '.git'));
    if (atTop || dir === path.dirname(dir)) break;
  }
  let cache = fileCaches.get(job);
  if (!cache) fileCaches.set(job, (cache = new Map()));
  const known = cache;
  return (relativePath) => {
    if (path.isAbsolute(relativePath)) return false;
    // `../../etc/passwd` is not a runbook in the repository, even where it exists.
    return dirs.some((dir) => {
      const target = path.resolve(dir, relativePath);
      return isInside(top, target) && isFile(target, known);
    });
  };
}

/** One cache per run (a job object lives for one run, in each thread). */
const fileCaches = new WeakMap<FileJob, Map<string, boolean>>();

function isFile(abs: string, cache: Map<string, boolean>): boolean {
  let known = cache.get(abs);
  if (known === undefined) {
    known = existsSync(abs) && statSync(abs).isFile();
    cache.set(abs, known);
  }
  return known;
}
