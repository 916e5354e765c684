import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import { checkGroups, extractGroups, isMapping } from './prometheus-groups.js';
import type { Settings } from './settings.js';
import type { Model, StructureIssue } from './types.js';

/**
 * Rule groups as Loki reads them: Prometheus's layout (`groups[].rules[]`), every expression
 * LogQL. Loki's ruler checks names with the legacy rules whatever Prometheus is configured
 * (`validateRule` in pkg/ruler/compat.go uses `model.LegacyValidation`).
 */

/** Adds the groups' alerts and rules to the model, their expressions as LogQL. */
export function extractLokiGroups(kind: string, groups: unknown, groupsPath: Path, doc: number, model: Model): void {
  const first = model.queries.length;
  extractGroups(kind, groups, groupsPath, doc, model);
  // Alerts and recording rules share these query objects, so they see LogQL too.
  for (const query of model.queries.slice(first)) query.language = 'logql';
}

/** What Loki's ruler refuses beyond the schema: the Prometheus checks, and names by the legacy rules. */
export function checkLokiGroups(groups: unknown, groupsPath: Path, settings: Settings): StructureIssue[] {
  const issues = checkGroups(groups, groupsPath, { ...settings, nameValidation: 'utf8' });
  const list = Array.isArray(groups) ? groups : [];
  list.forEach((group, groupIndex) => {
    if (!isMapping(group) || !Array.isArray(group.rules)) return;
    group.rules.forEach((rule, ruleIndex) => {
      if (!isMapping(rule)) return;
      const rulePath = [...groupsPath, groupIndex, 'rules', ruleIndex];
      if (typeof rule.record === 'string' && !/[{}]/.test(rule.record) && !LEGACY_METRIC_NAME.test(rule.record)) {
        issues.push({
          path: [...rulePath, 'record'],
          message: `\`${shown(rule.record)}\` is not a metric name Loki accepts: use letters, digits, \`_\` and \`:\`, not starting with a digit.`,
          help: NAME_HELP,
        });
      }
      for (const key of ['labels', 'annotations'] as const) {
        if (!isMapping(rule[key])) continue;
        for (const name of Object.keys(rule[key])) {
          if (LEGACY_LABEL_NAME.test(name)) continue;
          issues.push({
            path: [...rulePath, key, name],
            target: 'key',
            message: `\`${shown(name)}\` is not ${key === 'labels' ? 'a label' : 'an annotation'} name Loki accepts: use letters, digits and \`_\`, not starting with a digit.`,
            help: NAME_HELP,
          });
        }
      }
    });
  });
  return issues;
}

const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const NAME_HELP = "Loki's ruler checks names by Prometheus's legacy rules, whatever version of Prometheus runs beside it.";
