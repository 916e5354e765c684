import { describe, expect, it } from 'vitest';
import { charConstantError, numberError, unquote } from '../../src/template/go-literals.js';

// Verdicts of Go's text/template (via strconv and fmt.Sscan) for the same tokens.

describe('numberError', () => {
  it.each([
    ['0', undefined], ['-0', undefined], ['+7', undefined], ['0x1F', undefined], ['0X1f', undefined], ['0o17', undefined],
    ['017', undefined], ['0b101', undefined], ['1_000', undefined], ['0x_1F', undefined], ['0_1', undefined],
    ['1e5', undefined], ['1E-5', undefined], ['1.', undefined], ['.5', undefined], ['1e-400', undefined],
    ['0x1p-2', undefined], ['0x1.8p1', undefined], ['0x1.fffffffffffffp1023', undefined],
    ['9223372036854775808', undefined], ['-9223372036854775808', undefined], ['18446744073709551615', undefined],
    ['99999999999999999999.0', undefined], ['1i', undefined], ['1.5i', undefined], ['1_000i', undefined],
    // Go reads `089` as a float that looks like an integer, which it calls an overflow.
    ['089', 'overflow'], ['08', 'overflow'], ['-9223372036854775809', 'overflow'], ['18446744073709551616', 'overflow'],
    ['1__0', 'illegal'], ['1_', 'illegal'], ['0x', 'illegal'], ['1e', 'illegal'], ['1e+', 'illegal'], ['1e400', 'illegal'],
    ['0x1p', 'illegal'], ['0x1.8', 'illegal'], ['0x1p2000', 'illegal'], ['0x1.fffffffffffff8p1023', 'illegal'],
    ['0x1i', 'illegal'], ['+', 'illegal'], ['-', 'illegal'],
  ])('%s', (token, verdict) => {
    expect(numberError(token, false)).toBe(verdict);
  });

  it.each([
    ['1+2i', undefined], ['1-2.5i', undefined], ['1e3+0x1p2i', undefined],
    ['0x1+2i', 'illegal'], ['1+i', 'illegal'],
  ])('complex %s', (token, verdict) => {
    expect(numberError(token, true)).toBe(verdict);
  });
});

describe('unquote', () => {
  it.each([
    ['"a\\tb"', 'a\tb'], ['"\\u00e9"', 'é'], ['"\\U0001F600"', '😀'], ['"\\""', '"'], ['"\\101\\x41"', 'AA'],
    ['"\\377"', '\ufffd'], ['`a\\b`', 'a\\b'], ['`a\r\nb`', 'a\nb'],
  ])('%s is %j', (token, value) => {
    expect(unquote(token)).toEqual({ value });
  });

  it.each([
    ['"\\q"', '\\q'], ['"a\\x4"', '\\x4'], ['"\\xZZ"', '\\xZZ'], ['"\\ud800"', '\\ud800'], ['"\\U00110000"', '\\U00110000'],
    ['"\\400"', '\\400'], ["\"\\'\"", "\\'"],
  ])('%s is refused at %j', (token, escape) => {
    const result = unquote(token);
    expect('badEscape' in result && token.slice(result.badEscape.start, result.badEscape.end)).toBe(escape);
  });
});

describe('charConstantError', () => {
  it.each([
    ["'a'", undefined], ["'\\n'", undefined], ["'\\''", undefined], ["'\"'", undefined], ["'é'", undefined], ["'😀'", undefined],
    ["'\\x41'", undefined], ["'\\u00e9'", undefined],
    ["''", 'invalid'], ["'\\\"'", 'invalid'], ["'\\400'", 'invalid'], ["'ab'", 'malformed'],
  ])('%s', (token, verdict) => {
    expect(charConstantError(token)).toBe(verdict);
  });
});
