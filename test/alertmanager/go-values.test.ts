import { describe, expect, it } from 'vitest';
import { hostPortProblem, httpUrlProblem, modelDurationMs, truthy, urlParseProblem } from '../../src/alertmanager/go-values.js';

describe('Go values', () => {
  it.each([
    ['https://hooks.slack.com/services/T/B/X', undefined],
    ['HTTP://example.org:8080/path?q=1#f', undefined],
    ['https://[::1]:9093/', undefined],
    ['https://user:p%40ss@example.org', undefined],
    ['', 'it has no `http://` or `https://` scheme'],
    ['events.pagerduty.com/v2', 'it has no `http://` or `https://` scheme'],
    ['ftp://example.org', 'its scheme `ftp` is not `http` or `https`'],
    ['http:example.org', 'it has no host'],
    ['https://', 'it has no host'],
    ['http://host:port/', 'its port is not a number'],
    ['http://exa mple.org', 'its host contains ` `'],
    ['http://example.org/%zz', 'it has an invalid escape `%zz`'],
    ['http://ex%41mple.org', 'its host has an escaped ASCII character `%41`'],
    ['http://example.org/\u0007', 'it contains a control character'],
    ['http://a[b]c.org', 'its host has `[` or `]` outside an IPv6 address'],
  ])('httpUrlProblem(%j) is %j', (url, problem) => {
    expect(httpUrlProblem(url)).toBe(problem);
  });

  it('url.Parse alone takes URLs without a scheme, but not a colon in the first segment', () => {
    expect([urlParseProblem('proxy.example.org'), urlParseProblem('a:b/c'), urlParseProblem('1a:b')]).toEqual([undefined, undefined, 'its first path segment contains a colon']);
  });

  it.each([
    ['smtp.example.org:587', undefined],
    ['[::1]:25', undefined],
    [':25', undefined],
    ['smtp.example.org', 'it has no port (write `host:port`, such as `smtp.example.org:587`)'],
    ['smtp.example.org:', 'its port is empty'],
    ['::1:25', 'it has too many colons (write an IPv6 address as `[address]:port`)'],
    ['[::1]', 'it has no port (write `[address]:port`)'],
    ['[::1', 'it has `[` without `]`'],
  ])('hostPortProblem(%j) is %j', (address, problem) => {
    expect(hostPortProblem(address)).toBe(problem);
  });

  it.each<[unknown, number | undefined]>([
    ['0', 0],
    [0, 0],
    ['0s', 0],
    ['1h30m', 5_400_000],
    ['1w', 604_800_000],
    ['90s', 90_000],
    ['1m1h', undefined],
    ['1.5h', undefined],
    ['30', undefined],
  ])('modelDurationMs(%j) is %j', (value, ms) => {
    expect(modelDurationMs(value)).toBe(ms);
  });

  it('reads YAML 1.1 booleans as Go does', () => {
    expect([true, 'yes', 'on', 'Y', false, 'no', 'off', 'maybe', 1].map(truthy)).toEqual([true, true, true, true, false, false, false, false, false]);
  });
});
