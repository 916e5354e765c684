import { promqlSyntaxError } from '../promql/syntax-error.js';
import { defineRule } from './types.js';

/** An expression Prometheus cannot parse: the whole rule file is refused at load time. */
export default defineRule({
  meta: {
    id: 'promql-syntax',
    summary: 'A PromQL expression does not parse.',
    defaultSeverity: 'error',
    blocking: true,
    messages: {
      invalid: {
        text: 'PromQL syntax error: {problem}',
        help: 'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
      },
    },
  },
  check(context) {
    for (const query of context.model.queries) {
      if (query.language !== 'promql') continue;
      const error = promqlSyntaxError(query.text);
      if (!error) continue;
      context.report({
        messageId: 'invalid',
        data: { problem: { raw: error.message } },
        site: query.site,
        within: { start: error.start, end: error.end },
      });
    }
  },
});
