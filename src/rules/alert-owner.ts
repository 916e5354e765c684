import { defineRule } from './types.js';

export interface AlertOwnerOptions {
  /** Label keys that name an owner; the first non-empty one counts. */
  labels: string[];
}

/** An alert nobody owns pages nobody useful. */
export default defineRule<AlertOwnerOptions>({
  meta: {
    id: 'alert-owner',
    description: 'Every alert names its owner in a label (by default `owner` or `team`).',
    defaultSeverity: 'error',
    defaultOptions: { labels: ['owner', 'team'] },
  },
  check(context) {
    const keys = context.options.labels;
    const wanted = keys.map((k) => `\`${k}\``).join(' or ');
    for (const alert of context.model.alerts) {
      const present = keys.filter((key) => key in alert.labels);
      if (present.some((key) => alert.labels[key].trim() !== '')) continue;
      if (present.length > 0) {
        context.report({
          site: { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, present[0]] },
          message: `Alert \`${alert.name}\` has an empty \`${present[0]}\` label, so it names no owner.`,
          help: `Set it to the team that is paged when the alert fires.`,
        });
        continue;
      }
      context.report({
        site: alert.labelsSite,
        target: 'key',
        message: `Alert \`${alert.name}\` has no owner: add a label naming its team (${wanted}).`,
        help: 'Name the team that is paged when it fires, so routing and escalation reach someone who can act.',
      });
    }
  },
});
