/**
 * Fluent Bit's readers of property values (src/flb_utils.c, src/flb_log.c, src/flb_slist.c),
 * so a value is judged the way Fluent Bit reads it.
 */

/** flb_utils_bool(): the words Fluent Bit takes for true and false; anything else is neither. */
export function readBool(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'on' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'off' || lower === 'no') return false;
  return undefined;
}

/**
 * flb_utils_size_to_bytes(): a number with an optional K, M or G (and B) suffix, or `false`
 * (zero). Returns undefined where Fluent Bit returns -1.
 */
export function readSize(text: string): number | undefined {
  if (text.toLowerCase() === 'false') return 0;
  if (text.length === 0) return undefined;
  const value = Number.parseFloat(text) || 0;
  // The suffix: trailing characters that are not digits (the first character never counts).
  let suffix = 0;
  for (let i = text.length - 1; i > 0 && !isDigit(text[i]); i--) suffix++;
  if (suffix === 0) return value;
  if (suffix > 2) return undefined;
  const unit = text.slice(text.length - suffix).toUpperCase();
  if (suffix === 2 && unit[1] !== 'B') return undefined;
  const factor = { K: 1e3, M: 1e6, G: 1e9 }[unit[0]];
  return factor === undefined ? undefined : value * factor;
}

/** flb_log_get_level_str(). */
export const LOG_LEVELS: readonly string[] = ['off', 'error', 'warn', 'warning', 'info', 'debug', 'trace'];

export function isLogLevel(text: string): boolean {
  return LOG_LEVELS.includes(text.toLowerCase());
}

/**
 * How many values flb_slist_split_tokens() finds in a space-separated list: words, or
 * double-quoted strings that may hold spaces. With `maxSplit`, what follows that many values
 * is one more value.
 */
export function countTokens(text: string, maxSplit: number): number {
  let count = 0;
  let p = 0;
  for (;;) {
    while (text[p] === ' ') p++;
    if (p >= text.length) return count;
    if (text[p] === '"') {
      p++;
      while (p < text.length && !(text[p] === '"' && text[p - 1] !== '\\')) p++;
    } else {
      while (p < text.length && text[p] !== ' ') p++;
    }
    count++;
    if (p >= text.length) return count;
    p++;
    if (maxSplit > 0 && count >= maxSplit) {
      while (text[p] === ' ') p++;
      return p < text.length ? count + 1 : count;
    }
  }
}

/** How many values flb_slist_split_string() finds in a comma-separated list (empty ones skipped). */
export function countCommaValues(text: string, maxSplit: number): number {
  const parts = text.split(',').filter((part) => part.trim() !== '');
  return maxSplit > 0 && parts.length > maxSplit ? maxSplit + 1 : parts.length;
}

/** A value that uses a variable (`${NAME}`) is only known when Fluent Bit runs. */
export function usesVariable(text: string): boolean {
  return text.includes('${');
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
