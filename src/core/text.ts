/**
 * Values from a file (alert names, label values, URLs) end up in messages that are printed
 * to terminals, CI logs, Markdown summaries and pull requests. Every such value goes through
 * `shown` once, where the message is made, so no reporter has to guess what is data.
 */

/** Longer values are cut: a 4 MB runbook URL helps nobody in a one-line message. */
export const MAX_SHOWN_LENGTH = 120;
const KEEP = 100;

/**
 * A value made safe to quote in a message: control characters, line breaks and bidirectional
 * overrides are shown escaped (a name holding a line break cannot start a line of its own in
 * a CI log, where `::error::` at a line start is a command), a backtick becomes `'` so the
 * value cannot close the code span the message puts it in, and long values are cut.
 */
export function shown(value: string): string {
  let text = value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, KEEP)}… (${value.length} characters)` : value;
  if (UNSAFE.test(text)) text = text.replace(UNSAFE_ALL, escapeChar);
  return text;
}

// C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings/overrides/isolates,
// zero-width characters and the BOM; and the backtick.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff`]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '`': "'" };

function escapeChar(ch: string): string {
  return NAMED[ch] ?? `\\u{${ch.charCodeAt(0).toString(16)}}`;
}

/** Text that is already a message: control characters shown escaped, backticks kept. */
export function escapeControls(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (ch) => (ch === '`' ? ch : escapeChar(ch))) : text;
}

/**
 * JSON text with every character a terminal acts on or that hides text written as a `\u`
 * escape. JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi overrides, line
 * separators and zero-width characters raw; escaped, a reader of the JSON gets the same strings.
 */
export function escapeJsonControls(json: string): string {
  return JSON_RAW.test(json) ? json.replace(JSON_RAW_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/;
const JSON_RAW_ALL = new RegExp(JSON_RAW.source, 'g');

/**
 * A file path for a line of text output. Paths come from the repository (a pull request can
 * add a file named `::error::x.yml`), so they are escaped like values, and a path that would
 * put `::` at the start of a log line gets `./` in front.
 */
export function shownPath(file: string): string {
  const text = escapeControls(file);
  return /^\s*::/.test(text) ? `./${text}` : text;
}

/** Text a caller already made safe (built from `shown` values), inserted as it is. */
export interface Raw {
  raw: string;
}

/** A value for a message template: text (made safe), a list (each item in backticks), or raw text. */
export type MessageValue = string | number | readonly string[] | Raw;
export type MessageData = Readonly<Record<string, MessageValue>>;

/**
 * Fills `{name}` placeholders of a message template. Text is made safe with `shown`; a list
 * becomes "`a`, `b` or `c`"; a `{ raw }` value is inserted as it is.
 */
export function fill(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    if (typeof value === 'object' && 'raw' in value) return value.raw;
    if (Array.isArray(value)) return codeList(value);
    return shown(String(value));
  });
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
export function codeList(items: readonly string[], conjunction = 'or'): string {
  const quoted = items.map((item) => `\`${shown(item)}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/**
 * A 64-bit hash as 16 hex digits (two 32-bit FNV-1a style lanes with different seeds), for
 * finding identities: cheap enough for every finding of a large run, and not a security
 * boundary (a collision only merges two code-scanning alerts).
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex64(h2, h1);
}

/**
 * Two 32-bit halves as 16 hex digits, in one flat string: joining two 8-digit strings would
 * make three strings, and a report makes two per finding.
 */
export function hex64(high: number, low: number): string {
  hexInto(HASH_DIGITS, 0, high);
  hexInto(HASH_DIGITS, 8, low);
  return String.fromCharCode.apply(null, HASH_DIGITS);
}

const HASH_DIGITS: number[] = new Array(16).fill(0);
const HEX_CODES = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

/** The 8 hex digits of `value` as an unsigned 32-bit number, as character codes into `codes` at `offset`. */
function hexInto(codes: number[], offset: number, value: number): void {
  for (let i = 7; i >= 0; i--) {
    codes[offset + i] = HEX_CODES[value & 15];
    value >>>= 4;
  }
}

/** `pipeline` → `Pipeline`, to start a message with a word from the config. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
