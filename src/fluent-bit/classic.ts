import type { ParsedText, Problem } from '../core/load.js';
import { shown } from '../core/text.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from '../yaml/tree.js';
import { sectionType, setKey, type SectionType } from './sections.js';

/**
 * Fluent Bit's classic format (`fluent-bit.conf`), read line by line the way
 * src/config_format/flb_cf_fluentbit.c reads it, into the same data as the YAML format:
 * `{ service, pipeline: { inputs, filters, outputs }, parsers, ... }`, with a tree whose
 * offsets point into the text, so one schema and one extraction serve both formats.
 *
 * What Fluent Bit refuses to read becomes a problem at the offending line. Fluent Bit stops
 * at the first; this reader skips the line and goes on, so one run shows every such line.
 */

/** The rule id of the problems this reader reports. */
export const SYNTAX_RULE = 'fluent-bit-syntax';

/** Documents read from the classic format (the data alone does not say which format it came from). */
const classicDocuments = new WeakSet<object>();

export function isClassic(value: unknown): boolean {
  return typeof value === 'object' && value !== null && classicDocuments.has(value);
}

/**
 * Whether a text looks like a classic Fluent Bit file: a header only Fluent Bit uses, a
 * `[SERVICE]` with one of its keys (systemd drop-ins have `[Service]` too), an upstream or
 * plugins file, or an `@INCLUDE`/`@SET` line. Other `.conf` files (nginx, systemd, php-fpm)
 * are not read at all, so they get no syntax findings.
 */
export function looksClassic(text: string): boolean {
  return (
    FLUENT_BIT_HEADER.test(text) ||
    META_LINE.test(text) ||
    (SERVICE_HEADER.test(text) && SERVICE_KEY.test(text)) ||
    (UPSTREAM_HEADER.test(text) && NODE_HEADER.test(text)) ||
    (PLUGINS_HEADER.test(text) && PATH_KEY.test(text))
  );
}

// Leading blanks allowed: the same test finds a config inside a YAML block scalar (a ConfigMap).
const FLUENT_BIT_HEADER = /^[ \t]*\[(inputs?|outputs?|filters?|parser|multiline_parser|customs?|stream_task)\][ \t]*(#.*)?\r?$/im;
const META_LINE = /^[ \t]*@(include|set) \S/im;
const SERVICE_HEADER = /^[ \t]*\[service\]/im;
const SERVICE_KEY = /^[ \t]+(flush|log_level|parsers_file|http_server|daemon|grace|storage\.path)[ \t]+\S/im;
const UPSTREAM_HEADER = /^[ \t]*\[upstream\]/im;
const NODE_HEADER = /^[ \t]*\[node\]/im;
const PLUGINS_HEADER = /^[ \t]*\[plugins\]/im;
const PATH_KEY = /^[ \t]+path[ \t]+\S/im;

export function parseClassic(text: string): ParsedText {
  if (!looksClassic(text)) return { documents: [], problems: [] };
  const reader = new ClassicReader(text);
  reader.read();
  const value = reader.value();
  classicDocuments.add(value.data);
  return { documents: [{ root: value.node, value: value.data }], problems: reader.problems };
}

/** A `Key Value` line: the key as Fluent Bit stores it (lower case), the value trimmed. */
interface Property {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: string;
  valueStart: number;
  valueEnd: number;
}

/** An indented `[NAME] ...` line and the keys indented twice under it. */
interface Group {
  name: string;
  start: number;
  end: number;
  properties: Property[];
}

interface Section {
  name: string;
  type: SectionType;
  start: number;
  headerEnd: number;
  /** Where its last line ends. */
  end: number;
  properties: Property[];
  groups: Group[];
}

/** `@SET name=value`. */
interface Variable {
  keywordStart: number;
  name: string;
  nameStart: number;
  value: string;
  valueStart: number;
  valueEnd: number;
}

/** `@INCLUDE path`, the path exactly as Fluent Bit takes it. */
interface Include {
  keywordStart: number;
  path: string;
  start: number;
  end: number;
}

interface Built {
  node: YNode;
  data: Record<string, unknown>;
}

class ClassicReader {
  readonly problems: Problem[] = [];
  private readonly sections: Section[] = [];
  private readonly variables: Variable[] = [];
  private readonly includes: Include[] = [];
  /** The indentation of the file's first key line, which every key line must repeat. */
  private indent: string | undefined;
  private section: Section | undefined;
  private group: Group | undefined;
  /** Keys read since the last section or group header. */
  private keys = 0;
  /** After a header Fluent Bit refuses, its key lines are not reported again. */
  private inBrokenSection = false;

  constructor(private readonly text: string) {}

  read(): void {
    const { text } = this;
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      // fgets keeps a final `\r` only on a last line without a line break.
      const lineEnd = newline !== -1 && end > start && text[end - 1] === '\r' ? end - 1 : end;
      this.line(start, text.slice(start, lineEnd));
      if (newline === -1) break;
      start = newline + 1;
    }
  }

  private line(at: number, line: string): void {
    if (line.length === 0 || line[0] === '#') return;
    if (line.length > 9 && /^@include /i.test(line)) this.include(at, line);
    else if (line[0] === '@' && line.length > 3) this.meta(at, line);
    else if (line[0] === '[') this.header(at, line);
    else this.keyLine(at, line);
  }

  private include(at: number, line: string): void {
    const path = line.slice(9);
    this.includes.push({ keywordStart: at, path, start: at + 9, end: at + line.length });
    if (/^[ \t]|[ \t]$/.test(path)) {
      this.problem(
        at + 9,
        at + line.length,
        `\`@INCLUDE\` names \`${shown(path)}\`, blanks included: Fluent Bit looks for a file with exactly that name, and refuses to start when there is none.`,
        'Remove the blanks around the file name.',
      );
    }
  }

  /** `@SET name=value` and other `@` commands (flb_cf_meta_property_add, flb_meta_run). */
  private meta(at: number, line: string): void {
    const space = line.indexOf(' ');
    if (space === -1) {
      this.problem(at, at + line.length, `\`${shown(line)}\` has no argument; Fluent Bit refuses the file.`, 'Write `@SET name=value` or `@INCLUDE file`.');
      return;
    }
    const command = line.slice(1, space);
    const raw = line.slice(space + 1);
    const value = trimC(raw);
    const valueStart = at + space + 1 + leadingSpace(raw);
    if (value === '' && raw !== '') {
      this.problem(at, at + line.length, `\`@${shown(command)}\` has only blanks after it; Fluent Bit refuses the file.`, 'Write `@SET name=value` or `@INCLUDE file`.');
      return;
    }
    if (/^set$/i.test(trimC(command))) {
      const equals = value.indexOf('=');
      if (equals === -1) {
        this.problem(
          at,
          at + line.length,
          `\`@SET ${shown(value)}\` has no \`=\`; Fluent Bit ignores it, so no variable is set.`,
          'Write `@SET name=value`.',
        );
        return;
      }
      this.variables.push({
        keywordStart: at,
        name: value.slice(0, equals),
        nameStart: valueStart,
        value: value.slice(equals + 1),
        valueStart: valueStart + equals + 1,
        valueEnd: valueStart + value.length,
      });
    } else if (/^include$/i.test(trimC(command))) {
      this.problem(at, at + line.length, '`@INCLUDE` names no file; Fluent Bit ignores it.', 'Write `@INCLUDE file`, with one space before the file name.');
    } else {
      this.problem(
        at,
        at + space,
        `\`@${shown(command)}\` is not a command Fluent Bit knows; it ignores the line.`,
        'The commands are `@SET name=value` and `@INCLUDE file`.',
      );
    }
  }

  private header(at: number, line: string): void {
    this.group = undefined;
    const close = line.indexOf(']');
    if (close === -1) {
      this.section = undefined;
      this.inBrokenSection = true;
      this.problem(at, at + line.length, `Section header \`${shown(line)}\` has no closing \`]\`; Fluent Bit refuses the file.`, 'Close the section name with `]`.');
      return;
    }
    // `[]` makes Fluent Bit take the rest of the line as the name (flb_cf_section_create with length 0).
    const name = close > 1 ? line.slice(1, close) : line.slice(1);
    const section: Section = { name, type: sectionType(name), start: at, headerEnd: at + close + 1, end: at + close + 1, properties: [], groups: [] };
    this.sections.push(section);
    this.section = section;
    this.inBrokenSection = false;
    this.keys = 0;
  }

  private keyLine(at: number, line: string): void {
    const length = line.length;
    if (this.indentedHeader(at, line)) return;
    if (this.indent === undefined) {
      let i = 1;
      while (i < length && isBlank(line[i])) i++;
      if (!isBlank(line[0])) {
        // Fluent Bit would take the first character for the indentation and misread every key line.
        this.problem(
          at,
          at + length,
          `\`${shown(line)}\` is not indented, so Fluent Bit does not read it as a key of a section: it takes its first character for indentation.`,
          'Indent the keys of a section, for example with four spaces.',
        );
        return;
      }
      this.indent = line.slice(0, i);
      // A blank line can be the one that sets the indentation.
      if (i === length) return;
    }
    const keyAt = this.checkIndent(at, line);
    if (keyAt === undefined || keyAt === length || line[keyAt] === '#') return;

    const space = line.indexOf(' ', keyAt);
    const firstWord = space === -1 ? line.slice(keyAt) : line.slice(keyAt, space);
    if (space === -1) {
      if (!this.inBrokenSection) this.noValue(at + keyAt, at + length, firstWord);
      return;
    }
    if (firstWord[0] === '[') {
      this.groupHeader(at, line, keyAt);
      return;
    }
    const raw = line.slice(space + 1);
    const value = trimC(raw);
    if (this.inBrokenSection) return;
    if (value === '') {
      this.noValue(at + keyAt, at + length, firstWord);
      return;
    }
    const target = this.group ?? this.section;
    if (!target) {
      this.problem(
        at + keyAt,
        at + length,
        `\`${shown(trimC(line))}\` comes before any section header; Fluent Bit refuses a key outside a section.`,
        'Put it under a section such as `[SERVICE]` or `[INPUT]`.',
      );
      return;
    }
    const key = trimC(firstWord);
    const keyStart = at + keyAt + leadingSpace(firstWord);
    const valueStart = at + space + 1 + leadingSpace(raw);
    target.properties.push({ key: asciiLower(key), keyStart, keyEnd: keyStart + key.length, value, valueStart, valueEnd: valueStart + value.length });
    if (this.section) this.section.end = at + length;
    if (this.group) this.group.end = at + length;
    this.keys++;
  }

  /**
   * An indented `[INPUT]`: Fluent Bit refuses it (a key without a value), or with text after
   * it reads it as a group of the section above. Reported, then read as the header it was
   * meant to be, so the lines under it are checked as its keys; it sets no indentation.
   */
  private indentedHeader(at: number, line: string): boolean {
    const lead = line.length - line.replace(/^[ \t]+/, '').length;
    if (lead === 0 || line[lead] !== '[') return false;
    const close = line.indexOf(']', lead);
    const space = line.indexOf(' ', lead);
    if (close === -1) return false;
    const name = line.slice(lead + 1, close);
    const known = sectionType(name) !== 'other' || /^(node|stream_task)$/i.test(name);
    if (space !== -1 && (space < close || !known)) return false;
    this.problem(
      at + lead,
      at + close + 1,
      space === -1
        ? `\`${shown(line.slice(lead, close + 1))}\` is indented, so Fluent Bit does not read it as a section header, and refuses the line.`
        : `\`${shown(line.slice(lead, close + 1))}\` is indented, so Fluent Bit reads it as a group of the section above, not as a section of its own.`,
      'Start a section header at the beginning of its line.',
    );
    this.header(at + lead, line.slice(lead));
    return true;
  }

  /**
   * check_indent(): a key line repeats the file's indentation exactly, or twice it inside a
   * group. Returns where the key starts, or undefined after reporting the line.
   */
  private checkIndent(at: number, line: string): number | undefined {
    const indent = this.indent!;
    let level = 0;
    while (level < indent.length && line[level] === indent[level]) level++;
    let leading = 0;
    while (isBlank(line[leading])) leading++;
    const blankLine = leading === line.length;
    const actual = describeBlanks(line.slice(0, leading));
    const expected = describeBlanks(indent);
    // A line is marked from its first character (a config inside a YAML string maps only those); a blank line whole.
    const start = blankLine ? at : at + leading;
    if (level < indent.length) {
      if (isBlank(line[level])) {
        this.problem(
          start,
          at + line.length,
          `This line is indented with ${actual}, the file's key lines with ${expected}: Fluent Bit refuses tabs and spaces mixed differently.`,
          'Indent every key line of the file with the same characters as the first one.',
        );
      } else if (blankLine) {
        this.problem(
          at,
          at + line.length,
          `This blank line holds ${actual}, fewer than the ${expected} the file's key lines are indented with; Fluent Bit refuses it.`,
          'Remove the blanks from the empty line.',
        );
      } else {
        this.problem(
          start,
          at + line.length,
          `This line is indented with ${actual}, less than the file's key lines (${expected}); Fluent Bit refuses it.`,
          'Indent every key line of the file like the first one.',
        );
      }
      return undefined;
    }
    if (!isBlank(line[level])) {
      // Back at the section's indentation: the group, if any, is over.
      this.group = undefined;
      return level;
    }
    let extra = 0;
    while (isBlank(line[level + extra])) extra++;
    if (extra === level) return level + extra;
    this.problem(
      start,
      at + line.length,
      blankLine
        ? `This blank line holds ${actual}, neither the ${expected} the file's key lines are indented with nor twice that; Fluent Bit refuses it.`
        : `This line is indented with ${actual}, neither the file's key indentation (${expected}) nor twice it (a group's); Fluent Bit refuses it.`,
      blankLine ? 'Remove the blanks from the empty line.' : 'Line it up with the other keys of its section.',
    );
    return undefined;
  }

  /** An indented `[NAME] ...` line starts a group of keys indented twice. */
  private groupHeader(at: number, line: string, keyAt: number): void {
    const close = line.indexOf(']', keyAt);
    if (close === -1) {
      this.problem(at + keyAt, at + line.length, `Group header \`${shown(trimC(line))}\` has no closing \`]\`; Fluent Bit refuses the file.`, 'Close the group name with `]`.');
      return;
    }
    const header = line.slice(keyAt, close + 1);
    if (!this.section) {
      if (!this.inBrokenSection) {
        this.problem(at + keyAt, at + close + 1, `Group \`${shown(header)}\` comes before any section header; Fluent Bit refuses it.`, 'Put the group under the section it belongs to.');
      }
      return;
    }
    if (this.group && this.keys === 0) {
      this.problem(
        at + keyAt,
        at + close + 1,
        `Group \`[${shown(this.group.name)}]\` has no keys before the next group starts; Fluent Bit refuses that.`,
        'Give the group its keys, indented twice, or remove it.',
      );
      return;
    }
    const name = line.slice(keyAt + 1, close);
    // flb_cf_group_create() makes nothing of an empty name, and Fluent Bit goes on.
    if (name === '') return;
    const group: Group = { name, start: at + keyAt, end: at + close + 1, properties: [] };
    this.section.groups.push(group);
    this.section.end = at + line.length;
    this.group = group;
    this.keys = 0;
  }

  private noValue(start: number, end: number, key: string): void {
    if (key.includes('\t')) {
      this.problem(
        start,
        end,
        `\`${shown(key)}\` separates the key from its value with a tab; Fluent Bit splits a key line only at a space, finds no value, and refuses the file.`,
        'Put a space between the key and its value.',
      );
    } else {
      this.problem(start, end, `\`${shown(key)}\` has no value; Fluent Bit refuses a key line without one.`, `Write the value after a space: \`${shown(key)} value\`.`);
    }
  }

  private problem(start: number, end: number, message: string, help: string): void {
    this.problems.push({ rule: SYNTAX_RULE, message, help, start, end: Math.max(end, start + 1) });
  }

  /** The document: what was read, in the YAML format's shape. */
  value(): Built {
    const root = new MapBuilder(0, this.text.length);
    const byType = (type: SectionType) => this.sections.filter((s) => s.type === type);
    const named = (name: string) => this.sections.filter((s) => s.type === 'other' && s.name.toLowerCase() === name);

    const service = byType('service');
    if (service.length > 0) {
      const first = service[0];
      root.add(scalar(first.start, first.headerEnd, 'service'), sectionMap(service));
    }
    const pipeline = new MapBuilder(0, 0);
    for (const [type, key] of [['input', 'inputs'], ['filter', 'filters'], ['output', 'outputs']] as const) {
      const list = byType(type);
      if (list.length > 0) pipeline.add(scalar(list[0].start, list[0].headerEnd, key), sectionList(list));
    }
    if (pipeline.pairs.length > 0) {
      const firstKey = pipeline.pairs[0].key;
      pipeline.span(pipeline.pairs[0].value.start, Math.max(...pipeline.pairs.map((p) => p.value.end)));
      root.add(scalar(firstKey.start, firstKey.end, 'pipeline'), pipeline.build());
    }
    const lists: [string, Section[]][] = [
      ['customs', byType('custom')],
      ['parsers', byType('parser')],
      ['multiline_parsers', byType('multiline_parser')],
      // A streams file's [STREAM_TASK] is what the YAML format calls `stream_processor`.
      ['stream_processor', [...byType('stream_processor'), ...named('stream_task')].sort((a, b) => a.start - b.start)],
    ];
    for (const [key, list] of lists) {
      if (list.length > 0) root.add(scalar(list[0].start, list[0].headerEnd, key), sectionList(list));
    }
    const plugins = byType('plugins');
    if (plugins.length > 0) root.add(scalar(plugins[0].start, plugins[0].headerEnd, 'plugins'), pluginPaths(plugins));
    const upstreams = byType('upstream_servers');
    const nodes = named('node');
    if (upstreams.length > 0 || nodes.length > 0) {
      const first = upstreams[0] ?? nodes[0];
      root.add(scalar(first.start, first.headerEnd, 'upstream_servers'), upstreamList(upstreams, nodes));
    }
    if (this.includes.length > 0) {
      const first = this.includes[0];
      const items = this.includes.map((include) => ({ node: scalar(include.start, include.end, include.path), data: include.path }));
      root.add(scalar(first.keywordStart, first.keywordStart + 8, 'includes'), listOf(items));
    }
    if (this.variables.length > 0) {
      const env = new MapBuilder(this.variables[0].keywordStart, this.variables.at(-1)!.valueEnd);
      for (const v of this.variables) {
        env.add(scalar(v.nameStart, v.nameStart + v.name.length, v.name), { node: scalar(v.valueStart, v.valueEnd, v.value), data: v.value });
      }
      const first = this.variables[0];
      root.add(scalar(first.keywordStart, first.keywordStart + 4, 'env'), env.build());
    }
    // Sections Fluent Bit has no use for, under their own name (repeated ones merged).
    const others = new Map<string, Section[]>();
    for (const section of byType('other')) {
      const lower = section.name.toLowerCase();
      if (lower === 'stream_task' || lower === 'node') continue;
      const list = others.get(lower) ?? [];
      list.push(section);
      others.set(lower, list);
    }
    for (const list of others.values()) root.add(scalar(list[0].start, list[0].headerEnd, list[0].name), sectionMap(list));
    return root.build();
  }
}

/** Builds a mapping node and its data together; a repeated key's values become a list. */
class MapBuilder {
  readonly pairs: YPair[] = [];
  private readonly data: Record<string, unknown> = {};

  constructor(
    private start: number,
    private end: number,
  ) {}

  add(key: YScalar, built: Built | { node: YNode; data: unknown }): void {
    this.pairs.push({ key, value: built.node });
    setKey(this.data, String(key.value), built.data);
  }

  span(start: number, end: number): void {
    this.start = start;
    this.end = end;
  }

  build(): Built {
    const node: YMap = { kind: 'map', start: this.start, end: this.end, pairs: this.pairs };
    return { node, data: this.data };
  }
}

function scalar(start: number, end: number, value: string): YScalar {
  return { kind: 'scalar', start, end, value, style: 'plain' };
}

function seq(items: YNode[]): YSeq {
  return { kind: 'seq', start: items[0]?.start ?? 0, end: items.at(-1)?.end ?? 0, items };
}

function listOf(items: { node: YNode; data: unknown }[]): { node: YSeq; data: unknown[] } {
  return { node: seq(items.map((i) => i.node)), data: items.map((i) => i.data) };
}

/** Properties in the order written; a key written twice holds the list of its values. */
function propertiesInto(map: MapBuilder, properties: Property[]): void {
  const byKey = new Map<string, Property[]>();
  for (const p of properties) {
    const list = byKey.get(p.key);
    if (list) list.push(p);
    else byKey.set(p.key, [p]);
  }
  for (const [key, list] of byKey) {
    const first = list[0];
    const keyNode = scalar(first.keyStart, first.keyEnd, key);
    if (list.length === 1) map.add(keyNode, { node: scalar(first.valueStart, first.valueEnd, first.value), data: first.value });
    else map.add(keyNode, listOf(list.map((p) => ({ node: scalar(p.valueStart, p.valueEnd, p.value), data: p.value }))));
  }
}

/** One mapping from one or more sections (every `[SERVICE]` of a file is the same section to Fluent Bit). */
function sectionMap(sections: Section[]): Built {
  const map = new MapBuilder(sections[0].start, sections.at(-1)!.end);
  propertiesInto(
    map,
    sections.flatMap((s) => s.properties),
  );
  for (const group of sections.flatMap((s) => s.groups)) {
    const inner = new MapBuilder(group.start, group.end);
    propertiesInto(inner, group.properties);
    map.add(scalar(group.start + 1, group.start + 1 + group.name.length, asciiLower(group.name)), inner.build());
  }
  return map.build();
}

function sectionList(sections: Section[]): { node: YSeq; data: unknown[] } {
  return listOf(sections.map((s) => sectionMap([s])));
}

/** A plugins file lists `Path` keys; the YAML format lists the paths. */
function pluginPaths(sections: Section[]): { node: YSeq; data: unknown[] } {
  const paths = sections.flatMap((s) => s.properties.filter((p) => p.key === 'path'));
  return listOf(paths.map((p) => ({ node: scalar(p.valueStart, p.valueEnd, p.value), data: p.value })));
}

/**
 * An upstream file has one `[UPSTREAM]` and its `[NODE]`s (flb_upstream_ha reads the first
 * upstream and every node); the YAML format lists servers with their `nodes`.
 */
function upstreamList(upstreams: Section[], nodes: Section[]): { node: YSeq; data: unknown[] } {
  const servers = upstreams.map((s) => sectionMap([s]));
  if (nodes.length > 0) {
    const nodeList = sectionList(nodes);
    const first = servers[0] as Built | undefined;
    const owner: Built = first ?? { node: { kind: 'map', start: nodes[0].start, end: nodes.at(-1)!.end, pairs: [] }, data: {} };
    (owner.node as YMap).pairs.push({ key: scalar(nodes[0].start, nodes[0].headerEnd, 'nodes'), value: nodeList.node });
    owner.data.nodes = nodeList.data;
    if (!first) servers.push(owner);
  }
  return listOf(servers);
}

/** isblank(): a space or a tab. */
function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** flb_sds_trim(): isspace() on both ends. */
function trimC(text: string): string {
  return text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}

function leadingSpace(text: string): number {
  return /^[ \t\n\v\f\r]*/.exec(text)![0].length;
}

/** tolower() in the C locale: ASCII letters only. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function describeBlanks(blanks: string): string {
  if (blanks === '') return 'no indentation';
  const spaces = [...blanks].filter((c) => c === ' ').length;
  const tabs = blanks.length - spaces;
  const parts = [];
  if (tabs > 0) parts.push(`${tabs} tab${tabs === 1 ? '' : 's'}`);
  if (spaces > 0) parts.push(`${spaces} space${spaces === 1 ? '' : 's'}`);
  return parts.join(' and ');
}
