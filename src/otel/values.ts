/**
 * Values as the Collector's config decoder reads them: `${...}` references resolved at load
 * (confmap: `${env:X}`, `${X}`, `${file:path}`, with `$${` as an escape), and Go durations.
 */

/**
 * A whole value that is one `${...}` reference: the Collector replaces it before decoding, with
 * a value of any type, so nothing is known about it here.
 */
export function isSubstitution(value: unknown): value is string {
  return typeof value === 'string' && WHOLE_REFERENCE.test(value);
}

const WHOLE_REFERENCE = /^\$\{[^}]+\}$/;

/**
 * A Go `time.Duration` in nanoseconds, as the decoder reads one: a string for
 * `time.ParseDuration` (`5s`, `1m30s`, `0`), or a whole number of nanoseconds. `undefined`
 * when it is not one (or is a reference).
 */
export function goDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !GO_DURATION.test(value)) return undefined;
  const sign = value.startsWith('-') ? -1 : 1;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(amount) * UNIT_NANOS[unit];
  return sign * total;
}

const GO_DURATION = /^[-+]?(0|((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

const UNIT_NANOS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
