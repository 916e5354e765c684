import { compileGlobs } from '../core/glob.js';
import type { Query, Site } from '../kinds/types.js';
import { outputLabels } from '../promql/labels.js';
import { alertSubject, labelKey } from './alerts.js';
import { defineRule, type Range } from './types.js';

export interface DuplicateRuleOptions {
  /** Sets of files one Prometheus loads together, checked for duplicates across their files. */
  across: { files: string | string[] }[];
}

/** What a file of a set gives the project stage: each rule's identity and place. */
interface Collected {
  rules: { what: 'alert' | 'record'; name: string; identity: string; fixed: FixedLabels; subject: string; range: Range }[];
}

/** Two rules with the same name and labels write the same series or fire the same alert twice. */
export default defineRule<DuplicateRuleOptions, Collected>({
  meta: {
    id: 'duplicate-rule',
    summary: 'The same alert (name and labels) or recording rule is defined twice in a file, or (with `across`) in two files one Prometheus loads.',
    defaultSeverity: 'warning',
    messages: {
      alert: {
        text: 'Alert `{name}`{same} is already defined at line {line}.',
        help: 'Remove one of the two, or give them different labels if both are meant.',
      },
      record: {
        text: 'Recording rule `{name}`{same} is already defined at line {line}.',
        help: 'Remove one of the two, or give them different labels if both are meant.',
      },
      'alert-elsewhere': {
        text: 'Alert `{name}`{same} is already defined in `{file}` at line {line}, which the same Prometheus loads.',
        help: 'Keep one copy: two alerts with the same identity fire as one, and editing one of them seems to do nothing.',
      },
      'record-elsewhere': {
        text: 'Recording rule `{name}`{same} is already defined in `{file}` at line {line}, which the same Prometheus loads.',
        help: 'Keep one copy: both write the same series, which flips between their values when they drift apart.',
      },
    },
    options: {
      defaults: { across: [] },
      schema: {
        across: {
          description:
            'Sets of rule files one Prometheus loads together, checked for duplicates across files: `- files: ["prometheus/prod/**"]`. Default: none (a repository often holds copies for several Prometheus servers).',
          type: 'array',
          items: { type: 'object', required: ['files'], properties: { files: { $ref: '#/$defs/globs' } }, additionalProperties: false },
        },
      },
    },
  },
  check(context) {
    const seen = new Map<string, { site: Site; fixed: () => FixedLabels }[]>();
    for (const { what, rule } of rulesOf(context.model)) {
      const identity = identityOf(what, rule);
      const fixed = once(() => fixedLabels(rule));
      const earlier = seen.get(identity);
      const first = earlier?.find((e) => !toldApart(e.fixed(), fixed()));
      if (earlier) earlier.push({ site: rule.site, fixed });
      else seen.set(identity, [{ site: rule.site, fixed }]);
      if (!first) continue;
      context.report({ messageId: what, data: { name: rule.name, same: same(rule.labels), line: context.lineOf(first.site) }, site: rule.site, subject: alertSubject(rule) });
    }
  },
  collect(context) {
    if (!context.options.across.some((set) => matcher(set.files)(context.file))) return undefined;
    const rules: Collected['rules'] = [];
    for (const { what, rule } of rulesOf(context.model)) {
      rules.push({ what, name: rule.name, identity: identityOf(what, rule), fixed: fixedLabels(rule), subject: alertSubject(rule), range: context.rangeOf(rule.site) });
    }
    return rules.length > 0 ? { rules } : undefined;
  },
  checkProject(context) {
    for (const set of context.options.across) {
      const matches = matcher(set.files);
      const seen = new Map<string, { file: string; line: number; fixed: FixedLabels }[]>();
      for (const { file, data } of context.collected) {
        if (!matches(file)) continue;
        for (const rule of data.rules) {
          const earlier = seen.get(rule.identity) ?? [];
          const first = earlier.find((e) => !toldApart(e.fixed, rule.fixed));
          earlier.push({ file, line: rule.range.start.line, fixed: rule.fixed });
          seen.set(rule.identity, earlier);
          // A copy within the file is `check`'s to report.
          if (!first || first.file === file) continue;
          context.report({
            file,
            range: rule.range,
            subject: rule.subject,
            messageId: `${rule.what}-elsewhere`,
            data: { name: rule.name, same: { raw: '' }, file: first.file, line: first.line },
          });
        }
      }
    }
  },
});

/** Name and labels: what promtool compares, and what a copy shares. */
function identityOf(what: 'alert' | 'record', rule: { name: string; labels: Record<string, string> }): string {
  return `${what}\u0000${rule.name}\u0000${labelKey(rule.labels)}`;
}

/**
 * The label values every series of a rule's expression has, where the rule's own labels do not
 * override them: `up{component="disk"}` and `up{component="cpu"}` under one name never give the
 * same series or alert, so they are not copies (promtool compares name and labels only).
 */
type FixedLabels = Record<string, string>;

function fixedLabels(rule: { labels: Record<string, string>; query?: Query }): FixedLabels {
  if (rule.query?.language !== 'promql') return {};
  const known = outputLabels(rule.query.text)?.known ?? {};
  const fixed: FixedLabels = {};
  for (const [name, value] of Object.entries(known)) if (value !== undefined && !(name in rule.labels)) fixed[name] = value;
  return fixed;
}

/** Whether the two rules' series differ in a label both fix (`''` is a label neither has). */
function toldApart(a: FixedLabels, b: FixedLabels): boolean {
  for (const [name, value] of Object.entries(a)) if (name in b && b[name] !== value) return true;
  return false;
}

/** Computed the first time it is asked for: most rules have no namesake, so need no labels. */
function once<T>(compute: () => T): () => T {
  let value: { of: T } | undefined;
  return () => (value ??= { of: compute() }).of;
}

/** Each set's globs compiled once per thread. */
const matchers = new Map<string, (file: string) => boolean>();

function matcher(files: string | readonly string[]): (file: string) => boolean {
  const list = typeof files === 'string' ? [files] : files;
  const key = list.join('\u0000');
  let compiled = matchers.get(key);
  if (!compiled) matchers.set(key, (compiled = compileGlobs(list)));
  return compiled;
}

function rulesOf(model: { alerts: readonly { name: string; group?: string; labels: Record<string, string>; site: Site }[]; recordingRules: readonly { name: string; group?: string; labels: Record<string, string>; site: Site }[] }) {
  return [...model.alerts.map((rule) => ({ what: 'alert' as const, rule })), ...model.recordingRules.map((rule) => ({ what: 'record' as const, rule }))];
}

function same(labels: Record<string, string>): { raw: string } {
  return { raw: Object.keys(labels).length > 0 ? ' with the same labels' : '' };
}
