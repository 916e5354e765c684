import { durationValue } from '../promql/literals.js';

/**
 * Literals as Loki's lexer and AST read them: durations (Prometheus's syntax, else Go's
 * `time.ParseDuration`), numbers through Go's `strconv`, and `pattern` parser expressions.
 */

/** `[range]`: the text between the brackets, exactly, through `model.ParseDuration`. */
export function isRangeDuration(text: string): boolean {
  return text !== '' && 'seconds' in durationValue(text);
}

/**
 * An `offset` or a duration label filter (`| latency > 250ms`): Loki's `parseDuration` tries
 * Prometheus's syntax (`1d`, `1w`), then Go's (`1.5h`, `-5m`, `100us`).
 */
export function isLokiDuration(text: string): boolean {
  return isRangeDuration(text) || goDurationNanos(text) !== undefined;
}

const GO_UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const GO_PART = /^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/;
const MAX_NANOS = 2 ** 63;

/** Go's `time.ParseDuration`: `[-+]?` then decimal numbers with units, such as `1h2.5m`; nanoseconds. */
export function goDurationNanos(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest[0] === '-' || rest[0] === '+') {
    sign = rest[0] === '-' ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  while (rest !== '') {
    const part = GO_PART.exec(rest);
    if (!part || (part[1] === '' && !part[2])) return undefined;
    total += Number(`${part[1] || '0'}.${part[2] || '0'}`) * GO_UNITS[part[3]];
    rest = rest.slice(part[0].length);
  }
  return total > MAX_NANOS ? undefined : sign * total;
}

/** `strconv.ParseFloat` on a NUMBER token of the grammar: decimals and exponents; `0x10` is refused. */
export function isGoFloat(text: string): boolean {
  return !/^0[xX]/.test(text) && Number.isFinite(Number(text));
}

/** `strconv.Atoi` on a NUMBER token: decimal digits only, within int64. */
export function goInt(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value < 1n << 63n ? Number(value) : undefined;
}

/**
 * Why Loki's `pattern` parser (`pkg/logql/log/pattern`) refuses an expression, or undefined:
 * captures are `<name>` (`<_>` names nothing), at least one must be named, two may not touch,
 * and a name may not be used twice.
 */
export function patternError(pattern: string): string | undefined {
  const parts = [...pattern.matchAll(/<([A-Za-z_][A-Za-z0-9_]*)>|[^<]+|</g)];
  const names = new Set<string>();
  let previousCapture: string | undefined;
  for (const [whole, name] of parts) {
    if (name === undefined) {
      previousCapture = undefined;
      continue;
    }
    if (previousCapture !== undefined) return `the captures ${code(previousCapture + whole)} touch: put literal text between them`;
    previousCapture = whole;
    if (name === '_') continue;
    if (names.has(name)) return `the capture ${code(whole)} is used twice`;
    names.add(name);
  }
  if (names.size === 0) return 'it has no named capture such as `<status>`, so it extracts nothing';
  return undefined;
}

function code(text: string): string {
  return `\`${text}\``;
}
