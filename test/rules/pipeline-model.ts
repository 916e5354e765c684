import { fill } from '../../src/core/text.js';
import { resolveConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/kinds/settings.js';
import { emptyModel, type Component, type ComponentRole, type KindDocument, type PipelineConfig, type Reference } from '../../src/kinds/types.js';
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
 * A Fluent Bit config as its kind fills the model: inputs (sources), filters (processors) and
 * outputs (sinks) under `pipeline`, ids as Fluent Bit names instances (`flb_input_new`: the
 * plugin and the instance's place among all inputs, `cpu.0`, `tail.1`), and a
 * reference from each filter's and output's `Match` to input tags (`pattern: 'glob'` with `*`).
 */
export function fluentBit(sections: { inputs?: Settings_[]; filters?: Settings_[]; outputs?: Settings_[] }): PipelineConfig {
  const components: Component[] = [];
  const references: Reference[] = [];
  const add = (list: 'inputs' | 'filters' | 'outputs', role: ComponentRole) =>
    (sections[list] ?? []).forEach((settings, index) => {
      const type = String(settings.name);
      const id = `${type}.${index}`;
      const site = { doc: 0, path: ['pipeline', list, index] };
      components.push({ id, type, role, site, settings, settingsSite: site });
      if (typeof settings.match === 'string') {
        references.push({ target: settings.match, ...(settings.match.includes('*') && { pattern: 'glob' as const }), roles: ['source'], from: id, site: { doc: 0, path: ['pipeline', list, index, 'match'] } });
      }
    });
  add('inputs', 'source');
  add('filters', 'processor');
  add('outputs', 'sink');
  return { kind: 'fluent-bit', components, references, pipelines: [], site: { doc: 0, path: [] }, acyclic: false };
}

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
