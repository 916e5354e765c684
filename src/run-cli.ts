import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './engine/config.js';
import { DiscoverError } from './engine/discover.js';
import { FAIL_ON_VALUES, isFailOn, meetsBar, type FailOn, type Finding } from './core/findings.js';
import { resultLine } from './report/common.js';
import { runLint } from './engine/run.js';
import { formatAnnotations } from './report/annotations.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';

const USAGE = `Usage: obslint [paths...] [options]

Lints alerting, logging and tracing config: every file parses and matches its format,
every PromQL expression is valid, every alert has an owner and a runbook.

Options:
  -c, --config <file>      config file (default: .obslint.yml in the current folder)
  -f, --format <format>    text | json | sarif | github (default: text)
      --fail-on <level>    error | warning | notice | never (default: error)
  -o, --output <file>      write the report to a file instead of standard output
      --stats              print run statistics as one JSON line on standard error
      --no-color           no colors in text output (also NO_COLOR=1)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or config error.
Docs: https://github.com/obslint/obslint#readme`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/**
 * Runs the CLI and returns its exit code; everything it needs comes in as arguments.
 * `workerUrl` is the bundle to start lint threads from (the entry passes its own URL).
 */
export async function cli(argv: string[], cwd: string = process.cwd(), workerUrl?: URL): Promise<number> {
  const started = performance.now();
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on': { type: 'string' },
        output: { type: 'string', short: 'o' },
        stats: { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
  const failOnFlag = values['fail-on'];
  if (failOnFlag !== undefined && !isFailOn(failOnFlag)) {
    return usageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${failOnFlag}".`);
  }

  let result;
  let failOn: FailOn;
  try {
    const config = await loadConfig(cwd, values.config);
    failOn = failOnFlag ?? config.failOn ?? 'error';
    result = await runLint({
      root: cwd,
      paths: positionals.length > 0 ? positionals : ['.'],
      config,
      workerUrl,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`obslint: the config has problems:\n${error.message}\n`);
      return 2;
    }
    if (error instanceof DiscoverError) return usageError(error.message);
    throw error;
  }

  const report = formatReport(format, result.findings, {
    filesLinted: result.filesLinted,
    color: !values['no-color'] && !values.output && colorWanted(),
    cwd,
  });
  if (values.output) {
    const target = path.resolve(cwd, values.output);
    try {
      // Create the report's folder, but only one level: a path that needs more is likely a typo.
      if (!existsSync(path.dirname(target))) mkdirSync(path.dirname(target));
      writeFileSync(target, report);
    } catch (error) {
      return usageError(`cannot write the report to ${values.output} (${(error as NodeJS.ErrnoException).code ?? error}).`);
    }
  } else {
    process.stdout.write(report);
  }

  if (values.stats) {
    const stats = {
      files: result.filesLinted,
      filesScanned: result.filesScanned,
      rules: result.alerts + result.recordingRules,
      findings: result.findings.length,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      wallMs: Math.round(performance.now() - started),
    };
    process.stderr.write(`${JSON.stringify(stats)}\n`);
  }
  return result.findings.some((f) => meetsBar(f.severity, failOn)) ? 1 : 0;
}

/**
 * The text report shows source lines; never for a file that was not to be read (a symlink
 * out of the repository, a binary or oversized file).
 */
function sourceReader(cwd: string, findings: readonly Finding[]): (file: string) => string | undefined {
  const unreadable = new Set(findings.filter((f) => f.rule === 'unreadable-file').map((f) => f.file));
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
  format: (typeof FORMATS)[number],
  findings: readonly Finding[],
  options: { filesLinted: number; color: boolean; cwd: string },
): string {
  switch (format) {
    case 'json':
      return formatJson(findings);
    case 'sarif':
      return formatSarif(findings, { rules: RULES.map((r) => r.meta), toolVersion: VERSION });
    case 'github': {
      return `${formatAnnotations(findings)}obslint: ${resultLine(findings, options.filesLinted)}\n`;
    }
    case 'text':
      return formatText(findings, {
        filesLinted: options.filesLinted,
        color: options.color,
        readSource: sourceReader(options.cwd, findings),
      });
  }
}

function colorWanted(): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

function usageError(message: string): number {
  process.stderr.write(`obslint: ${message}\nRun \`obslint --help\` for usage.\n`);
  return 2;
}

