/**
 * Go's rules for the literals a template may hold, as text/template/parse applies them
 * through strconv (strings, characters, numbers) and fmt.Sscan (complex numbers). The lexer
 * has already cut the token; these decide whether Go accepts its value.
 */

export type UnquoteResult = { value: string } | { badEscape: { start: number; end: number } };

/**
 * The value of a `"…"` or `` `…` `` token (strconv.Unquote), or the offsets, within the
 * token, of the escape Go refuses.
 */
export function unquote(token: string): UnquoteResult {
  const body = token.slice(1, -1);
  if (token[0] === '`') return { value: body.includes('\r') ? body.replaceAll('\r', '') : body };
  if (!body.includes('\\')) return { value: body };
  const bytes: number[] = [];
  for (let i = 0; i < body.length; ) {
    if (body[i] !== '\\') {
      const codePoint = body.codePointAt(i)!;
      const char = String.fromCodePoint(codePoint);
      bytes.push(...Buffer.from(char, 'utf8'));
      i += char.length;
      continue;
    }
    const escape = readEscape(body, i, '"');
    if ('invalid' in escape) return { badEscape: { start: 1 + i, end: 1 + escape.invalid } };
    if (escape.byte !== undefined) bytes.push(escape.byte);
    else bytes.push(...Buffer.from(String.fromCodePoint(escape.codePoint), 'utf8'));
    i = escape.next;
  }
  return { value: Buffer.from(bytes).toString('utf8') };
}

/** Why Go refuses a `'…'` character constant (strconv.UnquoteChar), or undefined. */
export function charConstantError(token: string): 'malformed' | 'invalid' | undefined {
  const body = token.slice(1);
  if (body[0] === "'") return 'invalid';
  let next: number;
  if (body[0] === '\\') {
    const escape = readEscape(body, 0, "'");
    if ('invalid' in escape) return 'invalid';
    next = escape.next;
  } else {
    next = String.fromCodePoint(body.codePointAt(0)!).length;
  }
  return body.slice(next) === "'" ? undefined : 'malformed';
}

type Escape = { next: number; byte?: number; codePoint: number } | { invalid: number };

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** One backslash escape at `at` (strconv.UnquoteChar's hard case); `invalid` is where it stops making sense. */
function readEscape(s: string, at: number, quote: '"' | "'"): Escape {
  const c = s[at + 1];
  if (c === undefined) return { invalid: at + 1 };
  if (c in SIMPLE_ESCAPES) return { next: at + 2, codePoint: SIMPLE_ESCAPES[c] };
  if (c === '"' || c === "'") return c === quote ? { next: at + 2, codePoint: c.charCodeAt(0) } : { invalid: at + 2 };
  if (c in HEX_LENGTH) {
    const digits = s.slice(at + 2, at + 2 + HEX_LENGTH[c]);
    if (digits.length < HEX_LENGTH[c] || !/^[0-9a-fA-F]*$/.test(digits)) return { invalid: Math.min(s.length, at + 2 + HEX_LENGTH[c]) };
    const value = parseInt(digits, 16);
    const next = at + 2 + digits.length;
    // `\x` is a single byte, possibly not UTF-8; `\u` and `\U` must be valid code points.
    if (c === 'x') return { next, byte: value, codePoint: value };
    if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return { invalid: next };
    return { next, codePoint: value };
  }
  if (c >= '0' && c <= '7') {
    const digits = s.slice(at + 1, at + 4);
    if (!/^[0-7]{3}$/.test(digits)) return { invalid: Math.min(s.length, at + 4) };
    const value = parseInt(digits, 8);
    if (value > 255) return { invalid: at + 4 };
    return { next: at + 4, byte: value, codePoint: value };
  }
  return { invalid: at + 2 };
}

/**
 * Why Go refuses a number token (parse.newNumber), or undefined. `complex` is the lexer's
 * `1+2i` form. Go calls an integer too big for 64 bits an overflow, and so also `089`,
 * which it reads as a float that looks like an integer.
 */
export function numberError(token: string, complex: boolean): 'illegal' | 'overflow' | undefined {
  if (complex) return complexParses(token) ? undefined : 'illegal';
  if (token.endsWith('i') && parseFloat64(token.slice(0, -1))) return undefined;
  if (parseUint64(token) !== undefined || parseInt64(token)) return undefined;
  if (parseFloat64(token)) return /[.eEpP]/.test(token) ? undefined : 'overflow';
  return 'illegal';
}

const MAX_UINT64 = (1n << 64n) - 1n;

/** strconv.ParseUint(s, 0, 64): the value, or undefined when Go refuses it. */
function parseUint64(s: string): bigint | undefined {
  if (s === '') return undefined;
  let base = 10;
  let digits = s;
  if (s[0] === '0') {
    const prefix = s.length >= 3 ? s[1] : '';
    base = /[bB]/.test(prefix) ? 2 : /[xX]/.test(prefix) ? 16 : 8;
    digits = base === 8 && !/[oO]/.test(prefix) ? s.slice(1) : s.slice(2);
  }
  let n = 0n;
  let underscores = false;
  for (let i = 0; i < digits.length; i++) {
    if (digits[i] === '_') {
      underscores = true;
      continue;
    }
    const d = digitValue(digits.charCodeAt(i));
    if (d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
    if (n > MAX_UINT64) return undefined;
  }
  return underscores && !underscoreOK(s) ? undefined : n;
}

/** strconv.ParseInt(s, 0, 64) succeeds. */
function parseInt64(s: string): boolean {
  const negative = s[0] === '-';
  const magnitude = parseUint64(s[0] === '+' || negative ? s.slice(1) : s);
  if (magnitude === undefined) return false;
  return negative ? magnitude <= 1n << 63n : magnitude < 1n << 63n;
}

/** A digit's value in bases up to 36 (`a`/`A` is 10), or Infinity. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 122) return lower - 87;
  return Infinity;
}

/** strconv's underscoreOK: `_` only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1].toLowerCase())) {
    i = 2;
    saw = '0';
    hex = s[1].toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/**
 * strconv.ParseFloat(s, 64) succeeds: the whole of `s` is a Go float literal (readFloat)
 * whose value does not round to infinity. The lexer never produces `inf` or `nan`.
 */
function parseFloat64(s: string): boolean {
  const syntax = readFloat(s);
  if (!syntax || syntax.end !== s.length) return false;
  const clean = s.replaceAll('_', '');
  return syntax.hex ? !hexFloatOverflows(clean) : Number.isFinite(Number(clean));
}

/** strconv's readFloat: where a well-formed float ends, or undefined. */
function readFloat(s: string): { end: number; hex: boolean } | undefined {
  let i = 0;
  let underscores = false;
  if (s[i] === '+' || s[i] === '-') i++;
  const hex = i + 2 < s.length && s[i] === '0' && s[i + 1].toLowerCase() === 'x';
  if (hex) i += 2;
  let sawDot = false;
  let sawDigits = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') underscores = true;
    else if (c === '.') {
      if (sawDot) break;
      sawDot = true;
    } else if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) sawDigits = true;
    else break;
  }
  if (!sawDigits) return undefined;
  if (i < s.length && s[i].toLowerCase() === (hex ? 'p' : 'e')) {
    i++;
    if (s[i] === '+' || s[i] === '-') i++;
    if (!(s[i] >= '0' && s[i] <= '9')) return undefined;
    for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++) if (s[i] === '_') underscores = true;
  } else if (hex) {
    return undefined; // a hex float must have a `p` exponent
  }
  if (underscores && !underscoreOK(s.slice(0, i))) return undefined;
  return { end: i, hex };
}

/** Whether a hex float literal (no underscores) rounds past the largest float64. */
function hexFloatOverflows(s: string): boolean {
  const match = /^[+-]?0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s)!;
  const mantissa = BigInt(`0x0${match[1]}${match[2]}`);
  if (mantissa === 0n) return false;
  const exponent = Number(match[3]) - 4 * match[2].length;
  const bits = mantissa.toString(2).length;
  const top = bits - 1 + exponent; // the value is in [2^top, 2^(top+1))
  if (top !== 1023) return top > 1023;
  // Just below 2^1024: it overflows when rounding to 53 bits carries into a 54th.
  if (bits <= 53) return false;
  const shift = BigInt(bits - 53);
  const kept = mantissa >> shift;
  const rest = mantissa - (kept << shift);
  const half = 1n << (shift - 1n);
  const roundsUp = rest > half || (rest === half && (kept & 1n) === 1n);
  return roundsUp && kept + 1n === 1n << 53n;
}

/** fmt.Sscan into a complex128 accepts the lexer's `1+2i` token. */
function complexParses(s: string): boolean {
  let i = 0;
  const accept = (chars: string): boolean => {
    if (i < s.length && chars.includes(s[i])) {
      i++;
      return true;
    }
    return false;
  };
  // fmt's floatToken: a prefix of `s` that looks like a float. A lexer token never starts
  // with `nan`, but after a sign fmt tries `inf`, and so takes the `i` of `1+i` here.
  const floatToken = (): string => {
    const start = i;
    accept('+-');
    if (accept('iI') && accept('nN') && accept('fF')) return s.slice(start, i);
    let digits = '0123456789_';
    let exponent = 'eEpP';
    if (accept('0') && accept('xX')) {
      digits = '0123456789aAbBcCdDeEfF_';
      exponent = 'pP';
    }
    while (accept(digits));
    if (accept('.')) while (accept(digits));
    if (accept(exponent)) {
      accept('+-');
      while (accept('0123456789_'));
    }
    return s.slice(start, i);
  };
  const real = floatToken();
  const signAt = i;
  if (!accept('+-')) return false;
  const imaginary = s[signAt] + floatToken();
  if (!accept('i')) return false;
  // fmt's convertFloat also reads a decimal mantissa with a binary exponent (`1.5p2`), which
  // the lexer never lets through: a `p` only follows hex digits.
  return parseFloat64(real) && parseFloat64(imaginary);
}
