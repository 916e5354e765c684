import { alertSubject, describeAlert } from './alerts.js';
import { defineRule } from './types.js';

export interface AlertSeverityOptions {
  /** The label that carries the severity. */
  label: string;
  /** The values it may take. */
  allowed: string[];
  /** The values a format's own severity may take (a Datadog monitor's priority). */
  priorities: string[];
}

/**
 * Routing, paging and silences key on severity: an alert without one, or with a value nobody
 * routes (`sev1` where the routes say `critical`), pages the wrong way or not at all.
 */
export default defineRule<AlertSeverityOptions>({
  meta: {
    id: 'alert-severity',
    summary: 'An alert has no severity (label `severity` by default; a Datadog monitor’s priority), or one outside the allowed values.',
    defaultSeverity: 'error',
    messages: {
      missing: {
        text: '{noun} `{alert}`{which} has no severity: add a `{label}` {labelWord} ({allowed}).',
        help: 'Routing and paging decide on it: say how urgent the alert is.',
      },
      'missing-priority': {
        text: 'Monitor `{alert}`{which} has no priority ({allowed}).',
        help: 'Set `priority` (1 is the most urgent), or a `{label}` tag.',
      },
      'not-allowed': {
        text: '{noun} `{alert}`{which} has severity `{value}`, which is not one of {allowed}.',
        help: 'Use one of the values routes and escalation policies know; change the list with the rule’s `allowed` option.',
      },
    },
    options: {
      defaults: { label: 'severity', allowed: ['critical', 'warning', 'info'], priorities: ['P1', 'P2', 'P3', 'P4', 'P5'] },
      schema: {
        label: { description: 'The label that carries the severity. Default: severity.', type: 'string', minLength: 1 },
        allowed: {
          description: 'The values the label may take. Default: [critical, warning, info].',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
        },
        priorities: {
          description: 'The values a format’s own severity may take (a Datadog monitor’s priority, as P1 to P5). Default: all five.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
        },
      },
    },
  },
  check(context) {
    const { label, allowed, priorities } = context.options;
    for (const alert of context.model.alerts) {
      const { alert: name, which, noun, labelWord } = describeAlert(alert, context.model.alerts);
      const subject = alertSubject(alert);
      const labelValue = alert.labels[label]?.trim();
      // A format's own severity (a priority) wins; a tag or label named like `label` also counts.
      const value = alert.severity?.value ?? labelValue;
      if (value === undefined || value === '') {
        const native = alert.kind.startsWith('datadog-');
        context.report({
          messageId: native ? 'missing-priority' : 'missing',
          data: { alert: name, which, noun, labelWord, label, allowed: native ? priorities : allowed },
          site: native ? alert.site : alert.labelsSite,
          target: 'key',
          subject,
        });
        continue;
      }
      // Filled in when the alert fires: nothing to check now.
      if (value.includes('{{')) continue;
      const list = alert.severity ? priorities : allowed;
      if (list.includes(value)) continue;
      const site = alert.severity?.site ?? alert.labelSites?.[label] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, label] };
      context.report({ messageId: 'not-allowed', data: { alert: name, which, noun, labelWord, value, allowed: list }, site, subject });
    }
  },
});
