import { describe, expect, it } from 'vitest';
import { patternsOverlap } from '../../src/fluent-bit/routing.js';
import { rustGlobMatches } from '../../src/pipelines/patterns.js';

describe('rustGlobMatches, as Vector expands input globs (the glob crate, default options)', () => {
  it.each([
    ['app_*', 'app_logs', true],
    ['app_*', 'app_', true],
    ['app_*', 'web_logs', false],
    ['*', 'router.errors', true],
    ['router.*', 'router.errors', true],
    ['router.*', 'router', false],
    ['*.errors', 'router.errors', true],
    ['log?', 'logs', true],
    ['log?', 'log', false],
    ['[ab]_*', 'b_x', true],
    ['[!ab]_*', 'b_x', false],
    ['[a-c]1', 'b1', true],
    ['[a-c]1', 'd1', false],
    ['[]]x', ']x', true],
    ['in', 'in', true],
    ['in', 'input', false],
    ['**', 'anything', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXcYb', false],
  ])('%s against %s: %s', (pattern, text, expected) => {
    expect(rustGlobMatches(pattern, text)).toBe(expected);
  });

  it('refuses an unclosed class, which Vector then keeps as a plain name', () => {
    expect(rustGlobMatches('app[', 'app[')).toBeUndefined();
  });

  it('takes time bounded by the sizes, not backtracking', () => {
    const started = performance.now();
    expect(rustGlobMatches(`${'*a'.repeat(200)}b`, 'a'.repeat(2000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('patternsOverlap, as Fluent Bit matches tags (flb_router_match: `*` only, case counts)', () => {
  it.each([
    ['app.log', 'app.log', true],
    ['app.log', 'App.log', false],
    ['app.*', 'app.log', true],
    ['*', 'cpu.0', true],
    ['kube.*', 'kube.var.log.containers.x', true],
    ['app.?', 'app.x', false],
    // An input tag with `*` (tail puts the path there) is a pattern too.
    ['kube.var.*', 'kube.*', true],
    ['kube.*.nginx', 'kube.*', true],
    ['app.*', 'kube.*', false],
    ['*.log', 'app.*', true],
    ['a*b', 'c*', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(patternsOverlap(a, b)).toBe(expected);
    expect(patternsOverlap(b, a)).toBe(expected);
  });
});
