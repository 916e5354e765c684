import { fill } from '../../src/core/text.js';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/kinds/settings.js';
import { extractPipeline } from '../../src/fluent-bit/extract.js';
import { emptyModel, type KindDocument, type PipelineConfig } from '../../src/kinds/types.js';
import { RULES } from '../../src/rules/index.js';
import type { Report } from '../../src/rules/types.js';
import { scratchRepo } from '../rule-tester.js';

/**
 * Runs one rule's per-file check on a hand-built model, for formats whose kind is not on this
 * branch (Fluent Bit): what it reports, as the message and the path it points at.
 */
export function reportsOn(
  ruleId: string,
  model: { pipelines?: PipelineConfig[]; documents?: KindDocument[] },
  options: Record<string, unknown> = {},
  settings: Settings = DEFAULT_SETTINGS,
): { message: string; path: string; target?: string }[] {
  const rule = RULES.find((r) => r.meta.id === ruleId)!;
  const reports: Report[] = [];
  rule.check!({
    file: 'fluent-bit.yaml',
    model: { ...emptyModel(), ...model },
    options: { ...rule.meta.options?.defaults, ...options },
    settings,
    report: (report) => reports.push(report),
    fileExists: () => false,
    readFile: () => undefined,
    lineOf: () => 1,
    rangeOf: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
  });
  return reports.map((r) => ({
    message: fill(rule.meta.messages[r.messageId].text, r.data),
    path: r.site!.path.join('.'),
    ...(r.target && { target: r.target }),
  }));
}

/**
 * A Fluent Bit config (YAML, `pipeline:` with inputs, filters and outputs) as its kind fills
 * the model: the real extraction, so rule tests see the ids, tags and references that a
 * linted file gives them.
 */
export function fluentBit(sections: FluentBitSections): PipelineConfig {
  const [config] = fluentBitPipelines(sections);
  if (!config) throw new Error('no Fluent Bit pipeline: give at least one section');
  return config;
}

/**
 * The pipelines the kind fills for these sections: none for a file without a plugin section.
 * With a `service` section, as a whole config has; without one (`fragment`), a file lacking
 * inputs or outputs is taken for a part of a config split over files.
 */
export function fluentBitPipelines(sections: FluentBitSections, { fragment = false } = {}): PipelineConfig[] {
  const model = emptyModel();
  extractPipeline('fluent-bit', { ...(!fragment && { service: { flush: 1 } }), pipeline: sections }, 0, model);
  return model.pipelines;
}

type FluentBitSections = { inputs?: Settings_[]; filters?: Settings_[]; outputs?: Settings_[] };

type Settings_ = Record<string, unknown>;

/**
 * Lints a scratch repository whose `sets` are declared under `configs:`, through the whole run
 * (the project stage merges the sets): every finding, as `file:line:column rule message`.
 */
export async function lintSet(
  files: Record<string, string>,
  sets: { kind: string; files: string[] }[],
  options: { paths?: string[]; rules?: Record<string, unknown> } = {},
): Promise<string[]> {
  const root = scratchRepo(files);
  const config = resolveConfig({ configs: sets, rules: options.rules as never });
  const { findings } = await runLint({ root, paths: options.paths ?? ['.'], config, threads: 1 });
  return findings.map((f) => `${f.file}:${f.start.line}:${f.start.column} ${f.rule} ${f.message}`);
}
