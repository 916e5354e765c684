import { describe, expect, it } from 'vitest';
import { checkTemplate, templateQueries } from '../../src/template/index.js';
import { MAX_NESTING } from '../../src/template/parser.js';
import { CASES } from './cases.js';

describe('checkTemplate', () => {
  it('has a table of at least 60 cases, both accepted and refused', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.problem).length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => !c.problem).length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name', ({ text, problem }) => {
    if (!problem) {
      expect(checkTemplate(text)).toEqual([]);
      return;
    }
    // The table names the offending text, so a wrong offset in it shows here.
    expect(text.slice(...problem.at)).toBe(problem.token);
    expect(checkTemplate(text)).toEqual([{ start: problem.at[0], end: problem.at[1], message: problem.message }]);
  });
});

describe('templateQueries', () => {
  it.each([
    { name: 'no template', text: 'up is down', queries: [] },
    { name: 'query with a string', text: '{{ with query "up{job=\'a\'}" }}{{ . | first | value }}{{ end }}', queries: [{ start: 15, end: 26, expr: "up{job='a'}" }] },
    { name: 'a raw string', text: '{{ query `sum(up)` | first | value }}', queries: [{ start: 10, end: 17, expr: 'sum(up)' }] },
    { name: 'escapes: the value differs from the text', text: '{{ query "up{job=\\"a\\"}" }}', queries: [{ start: 10, end: 23, expr: 'up{job="a"}' }] },
    { name: 'two queries', text: '{{ query "a" }} {{ range query "b" }}{{ end }}', queries: [{ start: 10, end: 11, expr: 'a' }, { start: 32, end: 33, expr: 'b' }] },
    { name: 'a query built at run time is not a literal', text: '{{ query (printf "up{instance=%q}" $labels.instance) }}', queries: [] },
    { name: 'a query argument that is a variable', text: '{{ $q := "up" }}{{ query $q }}', queries: [] },
    { name: 'a template that does not parse', text: '{{ query "up" | humanise }}', queries: [] },
  ])('$name', ({ text, queries }) => {
    expect(templateQueries(text)).toEqual(queries);
    for (const q of queries) if (!text.slice(q.start, q.end).includes('\\')) expect(text.slice(q.start, q.end)).toBe(q.expr);
  });
});

describe('nesting', () => {
  const ifs = (n: number) => `${'{{if 1}}'.repeat(n)}x${'{{end}}'.repeat(n)}`;
  const parens = (n: number) => `{{${'('.repeat(n)}1${')'.repeat(n)}}}`;

  it('checks blocks and brackets nested up to the limit', () => {
    expect(checkTemplate(ifs(MAX_NESTING))).toEqual([]);
    expect(checkTemplate(parens(MAX_NESTING))).toEqual([]);
  });

  it('says, the same way on every thread, that deeper nesting is not checked', () => {
    const message = `This template nests blocks or brackets more than ${MAX_NESTING} levels deep; obslint checks up to ${MAX_NESTING}, so it was not checked.`;
    const at = MAX_NESTING * '{{if 1}}'.length + 2;
    expect(checkTemplate(ifs(20_000))).toEqual([{ start: at, end: at + 2, message }]);
    expect(checkTemplate(parens(20_000))).toEqual([{ start: 2 + MAX_NESTING, end: 3 + MAX_NESTING, message }]);
  });
});
