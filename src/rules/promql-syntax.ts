import { escapeControls } from '../core/text.js';
import { checkPromql, loadRegexEngine, needsRegexEngine } from '../promql/check.js';
import { defineRule } from './types.js';

/** An expression Prometheus cannot parse or type-check: the whole rule file is refused at load time. */
export default defineRule({
  meta: {
    id: 'promql-syntax',
    summary:
      'A PromQL expression is not valid as Prometheus parses it: grammar, function arguments, value types, ranges and offsets, regular expressions (RE2), names.',
    defaultSeverity: 'error',
    blocking: true,
    messages: {
      invalid: {
        text: 'Invalid PromQL: {problem}',
        help: 'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
      },
    },
  },
  prepare(context) {
    if (context.model.queries.some((q) => q.language === 'promql' && needsRegexEngine(q.text))) return loadRegexEngine();
  },
  check(context) {
    const options = { names: context.settings.nameValidation };
    for (const query of context.model.queries) {
      if (query.language !== 'promql') continue;
      for (const problem of checkPromql(query.text, options)) {
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
