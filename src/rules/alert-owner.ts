import { alertSubject, describeAlert } from './alerts.js';
import { defineRule } from './types.js';

export interface AlertOwnerOptions {
  /** Label keys that name an owner; the first non-empty one counts. */
  labels: string[];
}

/** An alert nobody owns pages nobody useful. */
export default defineRule<AlertOwnerOptions>({
  meta: {
    id: 'alert-owner',
    summary: 'An alert has no owner label (`owner` or `team` by default).',
    defaultSeverity: 'error',
    messages: {
      missing: {
        text: 'Alert `{alert}`{which} has no owner: add a label naming its team ({keys}).',
        help: 'Name the team that is paged when it fires, so routing and escalation reach someone who can act.',
      },
      empty: {
        text: 'Alert `{alert}`{which} has an empty `{key}` label, so it names no owner.',
        help: 'Set it to the team that is paged when the alert fires.',
      },
    },
    options: {
      defaults: { labels: ['owner', 'team'] },
      schema: {
        labels: {
          description: 'Label keys that name an owner; the first non-empty one counts. Default: [owner, team].',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
        },
      },
    },
  },
  check(context) {
    const keys = context.options.labels;
    for (const alert of context.model.alerts) {
      const present = keys.filter((key) => key in alert.labels);
      if (present.some((key) => alert.labels[key].trim() !== '')) continue;
      const { alert: name, which } = describeAlert(alert, context.model.alerts);
      const subject = alertSubject(alert);
      if (present.length > 0) {
        context.report({
          messageId: 'empty',
          data: { alert: name, which, key: present[0] },
          site: alert.labelSites?.[present[0]] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, present[0]] },
          subject,
        });
        continue;
      }
      context.report({ messageId: 'missing', data: { alert: name, which, keys }, site: alert.labelsSite, target: 'key', subject });
    }
  },
});
