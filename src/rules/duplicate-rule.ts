import type { Site } from '../kinds/types.js';
import { alertSubject, labelKey } from './alerts.js';
import { defineRule } from './types.js';

/** Two rules with the same name and labels write the same series or fire the same alert twice. */
export default defineRule({
  meta: {
    id: 'duplicate-rule',
    summary: 'The same alert (name and labels) or recording rule is defined twice in a file.',
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
    },
  },
  check(context) {
    const seen = new Map<string, Site>();
    const entries = [
      ...context.model.alerts.map((a) => ({ what: 'alert', rule: a })),
      ...context.model.recordingRules.map((r) => ({ what: 'record', rule: r })),
    ];
    for (const { what, rule } of entries) {
      const identity = `${what}\u0000${rule.name}\u0000${labelKey(rule.labels)}`;
      const first = seen.get(identity);
      if (!first) {
        seen.set(identity, rule.site);
        continue;
      }
      const same = { raw: Object.keys(rule.labels).length > 0 ? ' with the same labels' : '' };
      context.report({
        messageId: what,
        data: { name: rule.name, same, line: context.lineOf(first) },
        site: rule.site,
        subject: alertSubject(rule),
      });
    }
  },
});
