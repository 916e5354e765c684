import { promqlSyntaxError } from '../promql/syntax-error.js';
import { defineRule } from './types.js';

/** An expression Prometheus cannot parse: the whole rule file is refused at load time. */
export default defineRule({
  meta: {
    id: 'promql-syntax',
    description: 'Every PromQL expression parses.',
    defaultSeverity: 'error',
    defaultOptions: {},
  },
  check(context) {
    for (const query of context.model.queries) {
      if (query.language !== 'promql') continue;
      const error = promqlSyntaxError(query.text);
      if (!error) continue;
      context.report({
        site: query.site,
        within: { start: error.start, end: error.end },
        message: `PromQL syntax error: ${error.message}`,
        help: 'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
      });
    }
  },
});
