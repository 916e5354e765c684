import { checkAlertmanagerConfig } from '../alertmanager/check.js';
import { loadRegexEngine } from '../promql/regex.js';
import { escapeControls } from '../core/text.js';
import type { RuleContext } from './types.js';
import { defineRule } from './types.js';

/**
 * What Alertmanager refuses to load beyond the config's shape: receivers and time intervals a
 * route names that do not exist, duplicate names, matchers and regexes that do not parse, an
 * integration without its secret (here or in `global`), a URL that is not one.
 */
export default defineRule({
  meta: {
    id: 'alertmanager-config',
    summary:
      'An Alertmanager config that Alertmanager refuses: a receiver or time interval that does not exist or is defined twice, a matcher or regex that does not parse, an integration missing what it needs.',
    defaultSeverity: 'error',
    blocking: true,
    messages: { invalid: { text: '{problem}' } },
  },
  prepare: loadRegexEngineForAlertmanager,
  check(context) {
    report(context, 'error', 'invalid');
  },
});

/** Matchers are parsed with Go's regex engine, loaded only for a file that has an Alertmanager config. */
export function loadRegexEngineForAlertmanager(context: RuleContext): Promise<void> | void {
  if (context.model.documents.some((d) => d.kind === 'alertmanager')) return loadRegexEngine();
}

/** Each config checked once, though this rule and `alertmanager-deprecated` each report a part. */
const issuesOf = new WeakMap<object, ReturnType<typeof checkAlertmanagerConfig>>();

/** Reports the checker's issues of one severity, for this rule and `alertmanager-deprecated`. */
export function report(context: RuleContext, which: 'error' | 'warning', messageId: string): void {
  for (const document of context.model.documents) {
    if (document.kind !== 'alertmanager') continue;
    const value = document.value as object;
    let issues = issuesOf.get(value);
    if (!issues) issuesOf.set(value, (issues = checkAlertmanagerConfig(document.value)));
    for (const issue of issues) {
      if ((issue.severity ?? 'error') !== which) continue;
      context.report({
        messageId,
        data: { problem: { raw: escapeControls(issue.message) } },
        help: issue.help,
        site: { doc: document.doc, path: issue.path },
        target: issue.target,
        within: issue.valueSpan,
        subject: `${issue.id}:${issue.path.join('/')}`,
      });
    }
  }
}
