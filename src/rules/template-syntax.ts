import { escapeControls } from '../core/text.js';
import { checkTemplate } from '../template/index.js';
import { alertSubject } from './alerts.js';
import { defineRule } from './types.js';

/** Prometheus parses alert labels and annotations as Go templates, and refuses the whole file when one does not parse. */
export default defineRule({
  meta: {
    id: 'template-syntax',
    summary: 'An alert label or annotation is a Go template that does not parse: an unclosed `{{`, an undefined variable, an unknown function.',
    defaultSeverity: 'error',
    blocking: true,
    messages: {
      invalid: {
        text: 'Template error: {problem}',
        help: 'Prometheus refuses to load a rule file with a template that does not parse; variables are `$labels`, `$value`, `$externalLabels` and `$externalURL`.',
      },
    },
  },
  check(context) {
    for (const alert of context.model.alerts) {
      for (const template of alert.templates ?? []) {
        for (const problem of checkTemplate(template.text)) {
          context.report({
            messageId: 'invalid',
            data: { problem: { raw: escapeControls(problem.message) } },
            site: template.site,
            within: { start: problem.start, end: problem.end },
            subject: `${alertSubject(alert)}/${template.site.path.slice(-2).join('/')}`,
          });
        }
      }
    }
  },
});
