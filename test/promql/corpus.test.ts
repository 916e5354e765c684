import { describe, expect, it } from 'vitest';
import { checkPromql } from '../../src/promql/check.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { corpusExpressions } from './corpus-expressions.js';

describe.skipIf(!HAS_CORPUS)('the corpus, whose files Prometheus loads', () => {
  it('has no expression with a problem', () => {
    const expressions = corpusExpressions();
    console.info(`corpus: ${expressions.length} PromQL expressions checked`);
    expect(expressions.length).toBeGreaterThan(2_500);
    const flagged = expressions
      .map(({ file, expr }) => ({ file, expr, problems: checkPromql(expr, { names: 'utf8' }) }))
      .filter((e) => e.problems.length > 0);
    expect(flagged).toEqual([]);
  });
});

if (!HAS_CORPUS) skipNote('PromQL corpus test', `${CORPUS} does not exist (it sits beside the repository in development only)`);
