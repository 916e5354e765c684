import { describe, expect, it } from 'vitest';
import { patternsOverlap, regexMayMatch, rewrittenTagPattern, withVariables } from '../../src/fluent-bit/routing.js';
import { countCommaValues, countTokens, isLogLevel, readBool, readSize } from '../../src/fluent-bit/values.js';

describe("Fluent Bit's value readers", () => {
  it.each([
    ['on', true],
    ['True', true],
    ['YES', true],
    ['off', false],
    ['false', false],
    ['No', false],
    ['1', undefined],
    ['ture', undefined],
    ['', undefined],
  ])('flb_utils_bool(%j) is %j', (text, expected) => {
    expect(readBool(text)).toBe(expected);
  });

  it.each([
    ['5M', 5e6],
    ['5MB', 5e6],
    ['5mb', 5e6],
    ['1.5K', 1500],
    ['2G', 2e9],
    ['512000', 512000],
    ['false', 0],
    ['M', 0],
    ['5 MB', undefined],
    ['5Mi', undefined],
    ['5T', undefined],
    ['abc', undefined],
    ['', undefined],
  ])('flb_utils_size_to_bytes(%j) is %j', (text, expected) => {
    expect(readSize(text)).toBe(expected);
  });

  it('knows the log levels flb_log_get_level_str() knows, in any case', () => {
    expect(['off', 'Error', 'WARN', 'warning', 'info', 'debug', 'trace'].every(isLogLevel)).toBe(true);
    expect(['verbose', 'fatal', ''].some(isLogLevel)).toBe(false);
  });

  it.each([
    ['$level ^error$ errors.$TAG false', 4, 4],
    ['$level ^error$ errors.$TAG', 4, 3],
    ['"$log" "^(a b)$" new.tag true', 4, 4],
    ['  a   b  ', 0, 2],
    ['a b c d e f', 2, 3],
    ['', 2, 0],
  ])('flb_slist_split_tokens(%j, %d) has %d values', (text, max, count) => {
    expect(countTokens(text, max)).toBe(count);
  });

  it('counts comma-separated values without the empty ones', () => {
    expect(countCommaValues('go, multiline-regex-test', 0)).toBe(2);
    expect(countCommaValues('a,,b, ,c', 0)).toBe(3);
    expect(countCommaValues('a,b,c,d', 2)).toBe(3);
  });
});

describe("Fluent Bit's routing by tag", () => {
  // tests/internal/router.c, wildcard_checks
  it.each([
    ['file.apache.log', 'file.*.log', true],
    ['cpu.rpi', 'cpu.rpi', true],
    ['cpu.rpi', 'cpu.*', true],
    ['cpu.rpi', '*', true],
    ['cpu.rpi', '*.*', true],
    ['cpu.rpi', '*.rpi', true],
    ['cpu.rpi', 'mem.*', false],
    ['cpu.rpi', '*u.r*', true],
    ['hoge', 'hogeeeeeee', false],
    ['test', 'test', true],
    ['kube.var.log', 'kube.*.*.*', false],
  ])('tag %j against Match %j: %j', (tag, match, expected) => {
    expect(patternsOverlap(match, tag)).toBe(expected);
  });

  it.each([
    ['kube.*', 'kube.*', true],
    ['kube.var.log.containers.app-*', 'kube.*', true],
    ['*.log', 'kube.*', true],
    ['app.*', 'kube.*', false],
    ['x*y', '*z', false],
    ['x*', '*y', true],
    ['a.b', 'a.b', true],
  ])('Match %j can meet a tag known as %j: %j', (match, tag, expected) => {
    expect(patternsOverlap(match, tag)).toBe(expected);
  });

  it('tries Match_Regex at the start of the tag, and lets a pattern tag or an unreadable regex through', () => {
    expect(regexMayMatch('kube\\.', 'kube.var')).toBe(true);
    expect(regexMayMatch('var', 'kube.var')).toBe(false);
    expect(regexMayMatch('^(a|b)$', 'b')).toBe(true);
    expect(regexMayMatch('var', 'kube.*')).toBe(true);
    expect(regexMayMatch('(?<!x)y[', 'y')).toBe(true);
  });

  it('puts in the variables a config sets, and `*` for those only the environment knows', () => {
    const variables = new Map([
      ['ENV', 'prod'],
      ['EMPTY', ''],
    ]);
    expect(withVariables('app.${ENV}.*', variables)).toBe('app.prod.*');
    expect(withVariables('app.${CLUSTER}', variables)).toBe('app.*');
    expect(withVariables('${EMPTY:-dev}.x', variables)).toBe('dev.x');
    expect(withVariables('${MISSING:-dev}.x', variables)).toBe('*.x');
  });

  it('reads a rewrite_tag new tag with its per-record parts as `*`', () => {
    expect(rewrittenTagPattern('errors.$TAG')).toBe('errors.*');
    expect(rewrittenTagPattern("ns.$kubernetes['namespace_name'].$TAG[1]")).toBe('ns.*.*');
    expect(rewrittenTagPattern('plain.tag')).toBe('plain.tag');
  });
});

describe('Match_Regex on hostile input', () => {
  it('does not run a regex that backtracks without end: it counts as a possible match', () => {
    const started = performance.now();
    expect(regexMayMatch('(a|aa)+$', `${'a'.repeat(60)}b`)).toBe(true);
    expect(regexMayMatch('(a+)+b', 'a'.repeat(60))).toBe(true);
    expect(regexMayMatch('^(.)\\1', 'aa')).toBe(true);
    expect(regexMayMatch('.*.*.*.*.*x', 'a'.repeat(200))).toBe(true);
    expect(regexMayMatch('^app\\.', 'x'.repeat(300))).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
