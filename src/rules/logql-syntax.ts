import { escapeControls } from '../core/text.js';
import { defineRule } from './types.js';

/**
 * The LogQL checker and the grammar it parses with (some 40 ms to load) are loaded by
 * `prepare`, the first time a file has a LogQL expression: most runs have none.
 */
let logql: typeof import('../logql/check.js') | undefined;

/** An expression Loki cannot parse: the ruler refuses the whole rule file (or rule group) at load time. */
export default defineRule({
  meta: {
    id: 'logql-syntax',
    summary:
      'A LogQL expression is not valid as Loki parses it: grammar, stream selectors, ranges and durations, unwrap and grouping of range aggregations, parameters, regular expressions (RE2), `regexp` and `pattern` parsers.',
    defaultSeverity: 'error',
    blocking: true,
    messages: {
      invalid: {
        text: 'Invalid LogQL: {problem}',
        help: "Loki's ruler refuses a rule file with an invalid expression; try the query in Grafana's Explore view or check the file with `lokitool rules check`.",
      },
    },
  },
  async prepare(context) {
    const queries = context.model.queries.filter((q) => q.language === 'logql');
    if (queries.length === 0) return;
    logql ??= await import('../logql/check.js');
    if (queries.some((q) => logql!.needsRegexEngine(q.text))) await logql.loadLogqlRegexEngine();
  },
  check(context) {
    for (const query of context.model.queries) {
      if (query.language !== 'logql' || !logql) continue;
      for (const problem of logql.checkLogql(query.text)) {
        context.report({
          messageId: 'invalid',
          data: { problem: { raw: escapeControls(problem.message) } },
          site: query.site,
          within: { start: problem.start, end: problem.end },
        });
      }
    }
  },
});
