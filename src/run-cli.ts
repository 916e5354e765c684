import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_VALUES, isFailOn, meetsBar, type FailOn, type FindingList } from './core/findings.js';
import type { FindingStore } from './core/finding-store.js';
import { ConfigError, loadConfig } from './engine/config.js';
import { DiscoverError } from './engine/discover.js';
import { isInside } from './engine/paths.js';
import { runLint } from './engine/run.js';
import { closest } from './core/closest.js';
import { shown } from './core/text.js';
import { githubTokenFromEnv } from './policy/remote-config.js';
import { formatAnnotations } from './report/annotations.js';
import { baselineLine, resultLine, type BaselineNote } from './report/common.js';
import { BASELINE_FILE, writeBaseline } from './policy/baseline.js';
import { jsonChunks } from './report/json.js';
import { scorecardText } from './report/scorecard.js';
import type { OwnerScore } from './engine/scorecard.js';
import { formatSarif } from './report/sarif.js';
import { textChunks } from './report/text.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';

const USAGE = `Usage: obslint [paths...] [options]
       obslint baseline [paths...] [options]   write the findings of now as the baseline

Lints alerting, logging and tracing config: every file parses and matches its format,
every PromQL expression is valid, every alert has an owner, a runbook and a severity.

Options:
  -c, --config <file>      config file (default: .obslint.yml in the current folder)
  -f, --format <format>    text | json | sarif | github (default: text)
      --fail-on <level>    error | warning | notice | never (default: error)
  -o, --output <file>      write the report to a file instead of standard output
      --baseline <file>    compare with this baseline: only new findings count
                           (default: the config's baseline; written by \`obslint baseline\`)
      --no-error-on-unmatched-pattern
                           a path or glob that matches no file is not an error
      --scorecard          end text output with each owner's alerts and how they are kept
      --stats              print run statistics as one JSON line on standard error
      --no-color           no colors in text output (also NO_COLOR=1)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or config error.
Docs: https://github.com/obslint/obslint#readme`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f', default: 'text' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  baseline: { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
  stats: { type: 'boolean', default: false },
  scorecard: { type: 'boolean', default: false },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

const PROCESS_IO: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/**
 * Runs the CLI and returns its exit code; everything it needs comes in as arguments.
 * `workerUrl` is the bundle to start lint threads from (the entry passes its own URL).
 */
export async function cli(argv: string[], cwd: string = process.cwd(), workerUrl?: URL, io: CliIo = PROCESS_IO): Promise<number> {
  const started = performance.now();
  const usageError = (message: string): number => {
    io.stderr.write(`obslint: ${message}\n\n${USAGE}\n`);
    return 2;
  };
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(argumentProblem(error as Error));
  }
  const { values } = args;
  // `obslint baseline ...` writes the baseline; `obslint ./baseline` lints a folder of that name.
  const writing = args.positionals[0] === 'baseline';
  const positionals = writing ? args.positionals.slice(1) : args.positionals;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
  const failOnFlag = values['fail-on'];
  if (failOnFlag !== undefined && !isFailOn(failOnFlag)) {
    return usageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${failOnFlag}".`);
  }

  let result;
  let failOn: FailOn;
  try {
    const config = await loadConfig(cwd, values.config, { token: githubTokenFromEnv(io.env), apiUrl: io.env.GITHUB_API_URL });
    failOn = failOnFlag ?? config.failOn ?? 'error';
    result = await runLint({
      root: cwd,
      paths: positionals.length > 0 ? positionals : ['.'],
      requireMatches: positionals.length > 0 && !values['no-error-on-unmatched-pattern'],
      config,
      workerUrl,
      // Writing the baseline records every finding of now, whatever an older baseline knew.
      baseline: writing ? false : values.baseline,
    });
    if (writing) {
      const target = values.baseline ?? config.baseline ?? BASELINE_FILE;
      writeBaselineFile(cwd, target, writeBaseline(result.findings));
      io.stdout.write(`obslint: wrote ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} to ${target}; from now on only new findings count.\n`);
      return 0;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`obslint: the config has problems:\n${error.message}\n`);
      return 2;
    }
    if (error instanceof DiscoverError) {
      const hint = /matches no file/.test(error.message) ? ' (add --no-error-on-unmatched-pattern if that is expected)' : '';
      return usageError(`${error.message}${hint}`);
    }
    throw error;
  }

  const toFile = values.output !== undefined;
  const color = !values['no-color'] && !toFile && colorWanted(io);
  // People see the new findings; machine formats get every finding, the known ones marked. Both
  // are read from the run's compact store one finding at a time, never all as objects at once.
  const all = result.list;
  const fresh = result.baseline ? all.select((row) => !all.baselined(row)) : all;
  const report = coalesce(
    formatReport(format, all, fresh, {
      filesLinted: result.filesLinted,
      color,
      cwd,
      baseline: result.baseline,
      scorecard: format === 'json' || values.scorecard ? result.scorecard : undefined,
    }),
  );
  if (toFile) {
    const target = path.resolve(cwd, values.output!);
    try {
      // Create the report's folder, but only one level: a path that needs more is likely a typo.
      if (!existsSync(path.dirname(target))) mkdirSync(path.dirname(target));
      writeAll(target, report);
    } catch (error) {
      return usageError(`cannot write the report to ${values.output} (${(error as NodeJS.ErrnoException).code ?? error}).`);
    }
  } else {
    for (const chunk of report) {
      // Wait for a slow pipe to drain rather than buffer the whole report in memory.
      if (io.stdout.write(chunk) === false && 'once' in io.stdout) await new Promise((resolve) => (io.stdout as NodeJS.WriteStream).once('drain', resolve));
    }
  }

  if (values.stats) {
    const stats = {
      files: result.filesLinted,
      filesScanned: result.filesScanned,
      filesWithFindings: result.filesWithFindings,
      rules: result.alerts + result.recordingRules,
      findings: all.length,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      wallMs: Math.round(performance.now() - started),
    };
    io.stderr.write(`${JSON.stringify(stats)}\n`);
  }
  return all.rowsInOrder().some((row) => !all.baselined(row) && meetsBar(all.severity(row), failOn)) ? 1 : 0;
}

/** Node's argument parser's complaint, said in obslint's words with the option at fault. */
function argumentProblem(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const option = /'(-[^' ,]+)/.exec(error.message)?.[1] ?? '';
  const long = /--[\w-]+/.exec(error.message)?.[0] ?? option;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = Object.keys(OPTIONS).map((name) => `--${name}`);
    const suggestion = option.startsWith('--') ? closest(option.split('=')[0], names) : undefined;
    return `unknown option ${option}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
  }
  if (/argument missing/.test(error.message)) return `${long} needs a value.`;
  if (/does not take an argument/.test(error.message)) return `${long} takes no value.`;
  return error.message;
}

/** Pieces of at least 64 KB: one write per finding would cost more than making the report. */
function* coalesce(chunks: Iterable<string>): Generator<string> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 65536) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

/** A report written in pieces, so a run with 100,000 findings never holds its whole report. */
function writeAll(target: string, chunks: Iterable<string>): void {
  const fd = openSync(target, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text report shows source lines; never for a file that was not to be read (a symlink
 * out of the repository, a binary or oversized file).
 */
function sourceReader(cwd: string, findings: FindingStore): (file: string) => string | undefined {
  // From the rows, not the findings: the text report makes each finding once, as it prints it.
  const unreadable = new Set<string>();
  for (const row of findings.rowsInOrder()) if (findings.rule(row) === 'unreadable-file' && !findings.baselined(row)) unreadable.add(findings.file(row));
  return (file) => {
    if (unreadable.has(file)) return undefined;
    try {
      return readFileSync(path.resolve(cwd, file), 'utf8');
    } catch {
      return undefined;
    }
  };
}

function formatReport(
  format: Format,
  all: FindingStore,
  fresh: FindingList,
  options: { filesLinted: number; color: boolean; cwd: string; baseline?: BaselineNote; scorecard?: readonly OwnerScore[] },
): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(all, { baseline: options.baseline, scorecard: options.scorecard });
    case 'sarif':
      return [formatSarif(all, { rules: RULES.map((r) => r.meta), toolVersion: VERSION, baselined: options.baseline !== undefined })];
    case 'github': {
      const note = options.baseline ? ` ${baselineLine(options.baseline)}` : '';
      return [`${formatAnnotations(fresh)}obslint: ${resultLine(fresh, options.filesLinted)}.${note}\n`];
    }
    case 'text': {
      const text = textChunks(fresh, {
        filesLinted: options.filesLinted,
        color: options.color,
        readSource: sourceReader(options.cwd, all),
        baseline: options.baseline,
      });
      return options.scorecard ? [...text, `\nAlerts by owner:\n${scorecardText(options.scorecard)}`] : text;
    }
  }
}

function colorWanted(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/**
 * Writes the baseline to the file named (a run reads it from there): a name that is empty, leaves
 * the repository, or is not a file that can be written is a config problem naming it, not a crash.
 */
function writeBaselineFile(cwd: string, target: string, text: string): void {
  const fail = (message: string) => new ConfigError([{ ...(target !== '' && { file: target }), message }]);
  if (target === '') throw fail('The baseline path is empty: name the file to write (`.obslint-baseline.json` by default), or leave `--baseline` out.');
  const abs = path.resolve(cwd, target);
  if (!isInside(cwd, abs)) throw fail('The baseline must be a file in the repository.');
  if (statSync(abs, { throwIfNoEntry: false })?.isFile() === false) throw fail(`The baseline \`${shown(target)}\` is not a regular file, so obslint cannot write it.`);
  try {
    writeFileSync(abs, text);
  } catch (error) {
    throw fail(`The baseline \`${shown(target)}\` cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}
