/**
 * What Fluent Bit makes of a section name, shared by both formats.
 */

export type SectionType =
  | 'service'
  | 'parser'
  | 'multiline_parser'
  | 'stream_processor'
  | 'plugins'
  | 'upstream_servers'
  | 'custom'
  | 'input'
  | 'filter'
  | 'output'
  | 'other';

/** The names get_section_type() compares against, in its order (the first match wins). */
const TYPE_NAMES: readonly [SectionType, readonly string[]][] = [
  ['service', ['service']],
  ['parser', ['parser']],
  ['multiline_parser', ['multiline_parser']],
  ['stream_processor', ['stream_processor']],
  ['plugins', ['plugins']],
  ['upstream_servers', ['upstream_servers']],
  ['custom', ['custom', 'customs']],
  ['input', ['input', 'inputs']],
  ['filter', ['filter', 'filters']],
  ['output', ['output', 'outputs']],
];

/**
 * The type of a classic section header. Fluent Bit compares with `strncasecmp(name, type,
 * strlen(name))`, so any leading part of a type name counts: `[IN]` is an input and
 * `[UPSTREAM]` an upstream servers section.
 */
export function sectionType(name: string): SectionType {
  const lower = name.toLowerCase();
  for (const [type, names] of TYPE_NAMES) {
    if (names.some((full) => lower.length <= full.length && full.startsWith(lower))) return type;
  }
  return 'other';
}

/** A key named `__proto__` is data, not the object's prototype. */
export function setKey(out: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}
