import { describe, expect, it } from 'vitest';
import { checkPromql } from '../../src/promql/check.js';
import { outputLabels } from '../../src/promql/labels.js';
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

  it('gives the labels of every alert expression', () => {
    const alerts = corpusExpressions().filter((e) => e.alert);
    const started = performance.now();
    const labels = alerts.map(({ expr }) => outputLabels(expr));
    const elapsed = performance.now() - started;
    const closed = labels.filter((l) => l?.open === false).length;
    console.info(
      `corpus: ${alerts.length} alert expressions, ${closed} with closed labels and ${alerts.length - closed} open, in ${elapsed.toFixed(0)} ms`,
    );
    expect(alerts.length).toBeGreaterThan(1_000);
    expect(alerts.filter((_, i) => labels[i] === undefined)).toEqual([]);
  });
});

if (!HAS_CORPUS) skipNote('PromQL corpus test', `${CORPUS} does not exist (it sits beside the repository in development only)`);
