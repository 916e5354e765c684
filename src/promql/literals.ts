/**
 * Number, duration and string literals read the way Prometheus reads them: with Go's
 * `strconv` (`ParseInt` with base 0, then `ParseFloat`), the duration syntax of
 * `prometheus/common/model.ParseDuration`, and Go's string unquoting. The lexer has already
 * checked the shape of each token; these give the value, or why Go refuses it.
 */

const MAX_INT64 = (1n << 63n) - 1n;

/** The value of a NUMBER token, or undefined where Go's parsers refuse it (syntax or overflow). */
export function numberValue(text: string): number | undefined {
  return goParseInt(text) ?? goParseFloat(text);
}

/** `strconv.ParseInt(text, 0, 64)`: 0x, 0o, 0b and leading-0 octal prefixes, `_` separators. */
function goParseInt(text: string): number | undefined {
  let base = 10;
  let digits = text;
  if (text.length > 1 && text[0] === '0') {
    const prefix = text[1].toLowerCase();
    if (prefix === 'x' || prefix === 'o' || prefix === 'b') {
      base = prefix === 'x' ? 16 : prefix === 'o' ? 8 : 2;
      digits = text.slice(2);
    } else {
      base = 8;
      digits = text.slice(1);
    }
  }
  if (text.includes('_')) {
    if (!underscoresOk(text)) return undefined;
    digits = digits.replaceAll('_', '');
  }
  if (digits === '') return undefined;
  let value = 0n;
  const bigBase = BigInt(base);
  for (const ch of digits) {
    const digit = parseInt(ch, 36);
    if (Number.isNaN(digit) || digit >= base) return undefined;
    value = value * bigBase + BigInt(digit);
  }
  return value > MAX_INT64 ? undefined : Number(value);
}

const DECIMAL_FLOAT = /^(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?$/;

/** `strconv.ParseFloat(text, 64)` for what the lexer lets through: decimals, Inf and NaN. */
function goParseFloat(text: string): number | undefined {
  const word = text.toLowerCase();
  if (word === 'inf' || word === 'infinity') return Infinity;
  if (word === 'nan') return NaN;
  if (!DECIMAL_FLOAT.test(text) || (text.includes('_') && !underscoresOk(text))) return undefined;
  const value = Number(text.replaceAll('_', ''));
  // Go reports overflow to infinity as a range error.
  return Number.isFinite(value) ? value : undefined;
}

/** Go's `underscoreOK`: an underscore only between digits, or between a base prefix and a digit. */
function underscoresOk(text: string): boolean {
  let saw = '^';
  let i = 0;
  let hex = false;
  if (text.length >= 2 && text[0] === '0' && 'bBoOxX'.includes(text[1])) {
    i = 2;
    saw = '0';
    hex = text[1] === 'x' || text[1] === 'X';
  }
  for (; i < text.length; i++) {
    const c = text[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
    } else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

export type DurationResult = { seconds: number } | { error: string };

const UNITS: Record<string, { order: number; nanos: bigint }> = {
  y: { order: 1, nanos: 365n * 24n * 3600n * 1_000_000_000n },
  w: { order: 2, nanos: 7n * 24n * 3600n * 1_000_000_000n },
  d: { order: 3, nanos: 24n * 3600n * 1_000_000_000n },
  h: { order: 4, nanos: 3600n * 1_000_000_000n },
  m: { order: 5, nanos: 60n * 1_000_000_000n },
  s: { order: 6, nanos: 1_000_000_000n },
  ms: { order: 7, nanos: 1_000_000n },
};

const MAX_UINT64 = (1n << 64n) - 1n;

/** `model.ParseDuration`: whole numbers with units from the largest to the smallest, at most ~292 years. */
export function durationValue(text: string): DurationResult {
  if (text === '0') return { seconds: 0 };
  const invalid = { error: `\`${text}\` is not a valid duration: use whole numbers with units from the largest to the smallest, such as \`1h30m\`.` };
  let total = 0n;
  let lastOrder = 0;
  let i = 0;
  while (i < text.length) {
    const numberStart = i;
    while (i < text.length && isDigit(text[i])) i++;
    if (i === numberStart) return invalid;
    const amount = BigInt(text.slice(numberStart, i));
    if (amount > MAX_UINT64) return invalid;
    const unitStart = i;
    while (i < text.length && !isDigit(text[i])) i++;
    if (i === unitStart) return invalid;
    const unitName = text.slice(unitStart, i);
    const unit = UNITS[unitName];
    if (!unit) return { error: `\`${text}\` has the unknown unit \`${unitName}\`; durations use ms, s, m, h, d, w and y.` };
    if (unit.order <= lastOrder) return invalid;
    lastOrder = unit.order;
    if (amount > (1n << 63n) / unit.nanos) return outOfRange(text);
    total += amount * unit.nanos;
    if (total > MAX_INT64) return outOfRange(text);
  }
  return { seconds: Number(total) / 1e9 };
}

function outOfRange(text: string): DurationResult {
  return { error: `\`${text}\` is longer than Prometheus can count (about 292 years).` };
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** The text a string literal stands for, and whether its bytes are valid UTF-8 (`"\xff"` is not). */
export interface StringValue {
  value: string;
  utf8: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const encoder = new TextEncoder();

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34, "'": 39 };

/**
 * Go's unquoting of a string literal whose escapes the lexer has already checked. `\x` and
 * octal escapes stand for single bytes, so the result is decoded from bytes.
 */
export function stringValue(literal: string): StringValue {
  const body = literal.slice(1, -1);
  if (literal[0] === '`' || !body.includes('\\')) return { value: body, utf8: true };
  const bytes: number[] = [];
  let i = 0;
  while (i < body.length) {
    const next = body.indexOf('\\', i);
    const plainEnd = next === -1 ? body.length : next;
    if (plainEnd > i) for (const b of encoder.encode(body.slice(i, plainEnd))) bytes.push(b);
    if (next === -1) break;
    const kind = body[next + 1];
    if (kind in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[kind]);
      i = next + 2;
    } else if (kind === 'x') {
      bytes.push(parseInt(body.slice(next + 2, next + 4), 16));
      i = next + 4;
    } else if (kind === 'u' || kind === 'U') {
      const width = kind === 'u' ? 4 : 8;
      for (const b of encoder.encode(String.fromCodePoint(parseInt(body.slice(next + 2, next + 2 + width), 16)))) bytes.push(b);
      i = next + 2 + width;
    } else {
      bytes.push(parseInt(body.slice(next + 1, next + 4), 8));
      i = next + 4;
    }
  }
  const array = Uint8Array.from(bytes);
  try {
    return { value: utf8Strict.decode(array), utf8: true };
  } catch {
    return { value: utf8Lenient.decode(array), utf8: false };
  }
}
