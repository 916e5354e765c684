import type { Site } from '../kinds/types.js';
import { defineRule } from './types.js';

/** Two rules with the same name and labels write the same series or fire the same alert twice. */
export default defineRule({
  meta: {
    id: 'duplicate-rule',
    description: 'The same alert (name and labels) or recording rule is defined twice in one file.',
    defaultSeverity: 'warning',
    defaultOptions: {},
  },
  check(context) {
    const seen = new Map<string, Site>();
    const entries = [
      ...context.model.alerts.map((a) => ({ what: 'Alert', name: a.name, labels: a.labels, site: a.site })),
      ...context.model.recordingRules.map((r) => ({ what: 'Recording rule', name: r.name, labels: r.labels, site: r.site })),
    ];
    for (const entry of entries) {
      const identity = `${entry.what}\u0000${entry.name}\u0000${labelKey(entry.labels)}`;
      const first = seen.get(identity);
      if (!first) {
        seen.set(identity, entry.site);
        continue;
      }
      const labels = Object.keys(entry.labels).length > 0 ? ' with the same labels' : '';
      context.report({
        site: entry.site,
        message: `${entry.what} \`${entry.name}\`${labels} is already defined at line ${context.lineOf(first)}.`,
        help: 'Remove one of the two, or give them different labels if both are meant.',
      });
    }
  },
});

function labelKey(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join('\u0001');
}
