import { shown } from '../core/text.js';
import { closest } from '../core/closest.js';
import type { StructureIssue } from '../kinds/types.js';
import { find, pluginName, readConfig, single, type Definition, type FluentBitConfig, type PluginSection, type Property } from './config.js';
import { coreProperties, isCoreProperty } from './core-properties.js';
import { pluginSpec, propertySpec, type PluginKind, type PluginSpec } from './plugins.js';
import { countCommaValues, countTokens, isLogLevel, LOG_LEVELS, readBool, readSize, usesVariable } from './values.js';

/**
 * What Fluent Bit refuses when it loads a config, beyond the shape the schema checks: a
 * plugin section without a plugin, values its readers reject, a property given twice that may
 * be given once, parsers without what they need, a parser named but defined nowhere. Each
 * finding says what Fluent Bit does about it; values that use `${VARIABLE}` are not judged.
 */
export function checkFluentBit(value: unknown): StructureIssue[] {
  const config = readConfig(value);
  const issues: StructureIssue[] = [];
  checkService(config.service, issues);
  for (const section of config.plugins) {
    checkPlugin(section, issues);
    for (const processor of section.processors) checkPlugin(processor, issues);
  }
  checkParsers(config, issues);
  checkMultilineParsers(config.multilineParsers, issues);
  for (const task of config.streamTasks) requireAll(task, ['name', 'exec'], 'stream task', issues);
  for (const upstream of config.upstreams) requireAll(upstream, ['name'], 'upstream server', issues);
  checkParserReferences(config, issues);
  checkSections(config, value, issues);
  return issues;
}

/** Properties Fluent Bit handles itself rather than the plugin (flb_*_set_property), and how it reads them. */
const CORE_TYPED: Partial<Record<PluginKind, Record<string, 'size' | 'boolean' | 'storage' | 'limit'>>> = {
  input: { mem_buf_limit: 'size', threaded: 'boolean', 'storage.type': 'storage', 'storage.pause_on_chunks_overlimit': 'boolean' },
  output: { 'storage.total_limit_size': 'limit' },
};

/** Keys that are not plugin properties: the plugin itself, and blocks the loader takes apart. */
const NOT_PROPERTIES = new Set(['name', 'routes', 'processors', 'telemetry', 'condition']);

function checkPlugin(section: PluginSection, issues: StructureIssue[]): void {
  const kind = section.kind;
  const name = find(section.properties, 'name');
  if (!name) {
    issues.push({
      path: section.path,
      message: `This ${kind} has no \`name\`; Fluent Bit refuses to start without the plugin to run.`,
      help: 'Name the plugin, for example `name: tail` (`Name tail` in the classic format).',
    });
    return;
  }
  const text = pluginName(section);
  if (text !== undefined && text.trim() === '') {
    issues.push({ path: name.path, message: `This ${kind}'s \`name\` is empty; Fluent Bit refuses to start without the plugin to run.`, help: 'Name the plugin, for example `tail`.' });
    return;
  }
  // A processor is a processor plugin, or a filter run as one (flb_processor_unit_create).
  const plugin =
    text === undefined || usesVariable(text) ? undefined : (pluginSpec(section.kind, text) ?? (section.kind === 'processor' ? pluginSpec('filter', text) : undefined));
  const counts = new Map<string, number>();
  for (const property of section.properties) counts.set(property.key, (counts.get(property.key) ?? 0) + property.values.length);
  const reported = new Set<string>();
  for (const property of section.properties) {
    checkCoreProperty(section.kind, property, issues);
    if (plugin) checkPluginProperty(section, plugin, property, counts, reported, issues);
  }
}

/** What Fluent Bit reads itself, for any plugin: the log level and a few core settings. */
function checkCoreProperty(kind: PluginKind, property: Property, issues: StructureIssue[]): void {
  if (property.key === 'log_level') checkValues(property, isLogLevel, (v) => `\`${v}\` is not a log level; Fluent Bit refuses it (use ${LOG_LEVEL_LIST}).`, issues);
  const core = CORE_TYPED[kind]?.[property.key];
  if (core) checkCore(property, core, issues);
}

const LOG_LEVEL_LIST = LOG_LEVELS.map((level) => `\`${level}\``).join(', ');

function checkCore(property: Property, type: 'size' | 'boolean' | 'storage' | 'limit', issues: StructureIssue[]): void {
  const key = shown(property.written);
  if (type === 'size') checkValues(property, (v) => readSize(v) !== undefined, (v) => `\`${v}\` is not a size; Fluent Bit refuses \`${key}\` unless it is a number with an optional K, M or G (and B).`, issues);
  if (type === 'boolean') checkValues(property, (v) => readBool(v) !== undefined, (v) => notBoolean(v, key), issues);
  if (type === 'storage') {
    checkValues(property, (v) => ['filesystem', 'memory', 'memrb'].includes(v.toLowerCase()), (v) => `\`${v}\` is not a storage type; Fluent Bit refuses it (use \`memory\`, \`filesystem\` or \`memrb\`).`, issues);
  }
  if (type === 'limit') {
    checkValues(property, (v) => readBool(v) === false || readSize(v) !== undefined, (v) => `\`${v}\` is not a size; Fluent Bit refuses \`${key}\` unless it is a size such as \`5G\`, or \`off\`.`, issues);
  }
}

function notBoolean(value: string, key: string): string {
  return `\`${value}\` is not on or off; Fluent Bit refuses \`${key}\` unless it is \`on\`, \`off\`, \`true\`, \`false\`, \`yes\` or \`no\`.`;
}

/** Reports each value a reader rejects, at the value (values with variables are left alone). */
function checkValues(property: Property, accepts: (text: string) => boolean, message: (shownValue: string) => string, issues: StructureIssue[]): void {
  for (const value of property.values) {
    if (value.text === undefined || usesVariable(value.text) || accepts(value.text)) continue;
    issues.push({ path: value.path, message: message(shown(value.text)) });
  }
}

/** Checks against the plugin's config map (flb_config_map_properties_check and flb_config_map_set). */
function checkPluginProperty(
  section: PluginSection,
  plugin: PluginSpec,
  property: Property,
  counts: ReadonlyMap<string, number>,
  reported: Set<string>,
  issues: StructureIssue[],
): void {
  // Nested blocks are the schema's to report.
  if (NOT_PROPERTIES.has(property.key) || isCoreProperty(section.kind, property.key) || property.values.some((v) => v.nested)) return;
  const spec = propertySpec(plugin, property.key);
  if (!spec) {
    // A processor's settings may nest; Fluent Bit checks them per processor type.
    if (plugin.properties && section.kind !== 'processor') issues.push(unknownProperty(section, plugin, property, issues.length < MAX_SUGGESTIONS));
    return;
  }
  const count = counts.get(property.key) ?? 0;
  if (count > 1 && !spec.multiple && !reported.has(property.key)) {
    reported.add(property.key);
    issues.push({
      path: property.path,
      target: 'key',
      message: `\`${shown(property.written)}\` is given ${count} times, but ${plugin.name} takes it once; Fluent Bit refuses the config.`,
      help: 'Keep one of them.',
    });
  }
  if (spec.type === 'boolean') checkValues(property, (v) => readBool(v) !== undefined, (v) => notBoolean(v, shown(property.written)), issues);
  if (spec.type === 'list' && spec.minValues > 0) {
    const separator = spec.commas ? 'commas' : 'spaces';
    const counter = (v: string) => (spec.commas ? countCommaValues(v, spec.minValues) : countTokens(v, spec.minValues));
    checkValues(
      property,
      (v) => counter(v) >= spec.minValues,
      (v) => `\`${shown(property.written)}\` takes ${spec.minValues} values separated by ${separator}; \`${v}\` has fewer, so Fluent Bit refuses it.`,
      issues,
    );
  }
}

/** Suggestions cost an edit distance against every property; a file of thousands of typos gets them for the first ones. */
const MAX_SUGGESTIONS = 100;

function unknownProperty(section: PluginSection, plugin: PluginSpec, property: Property, suggest: boolean): StructureIssue {
  const known = [...plugin.properties!.keys(), ...coreProperties(section.kind)];
  const suggestion = suggest ? closest(property.key, known) : undefined;
  return {
    path: property.path,
    target: 'key',
    message: `The ${plugin.name} ${section.kind} has no property \`${shown(property.written)}\`; Fluent Bit refuses to start.`,
    help: suggestion ? `Did you mean \`${suggestion}\`?` : `Its properties are listed by \`fluent-bit -${FLAG[section.kind]} ${plugin.name} -h\`.`,
  };
}

/** The command-line flag that names a plugin of each kind. */
const FLAG: Record<PluginKind, string> = { input: 'i', filter: 'F', output: 'o', custom: 'C', processor: 'F' };

/** Service keys Fluent Bit reads as booleans (service_configs in src/flb_config.c). */
const SERVICE_BOOLEANS = new Set([
  'flush.adaptive',
  'json.convert_nan_to_null',
  'security.fips_mode',
  'daemon',
  'http_server',
  'health_check',
  'dns.prefer_ipv4',
  'dns.prefer_ipv6',
  'storage.metrics',
  'storage.checksum',
  'storage.backlog.flush_on_shutdown',
  'storage.delete_irrecoverable_chunks',
  'storage.trim_files',
  'storage.inherit',
  'storage.keep.rejected',
  'json.escape_unicode',
  'sp.convert_from_str_to_num',
  'enable_chunk_trace',
  'hot_reload',
  'hot_reload.ensure_thread_safety',
]);

function checkService(service: Property[], issues: StructureIssue[]): void {
  for (const property of service) {
    if (property.key === 'log_level') checkValues(property, isLogLevel, (v) => `\`${v}\` is not a log level; Fluent Bit refuses it (use ${LOG_LEVEL_LIST}).`, issues);
    if (SERVICE_BOOLEANS.has(property.key)) {
      checkValues(
        property,
        (v) => readBool(v) !== undefined,
        (v) => `\`${v}\` is not on or off, so Fluent Bit cannot read \`${shown(property.written)}\`; write \`on\`, \`off\`, \`true\`, \`false\`, \`yes\` or \`no\`.`,
        issues,
      );
    }
  }
}

const PARSER_FORMATS = ['regex', 'json', 'ltsv', 'logfmt'];

/** flb_parser_load_parser_definitions(). */
function checkParsers(config: FluentBitConfig, issues: StructureIssue[]): void {
  const seen = new Set<string>();
  for (const parser of config.parsers) {
    if (!requireAll(parser, ['name', 'format'], 'parser', issues)) continue;
    const name = single(parser.properties, 'name');
    const format = single(parser.properties, 'format');
    if (format !== undefined && !usesVariable(format)) {
      if (!PARSER_FORMATS.includes(format.toLowerCase())) {
        issues.push({
          path: find(parser.properties, 'format')!.path,
          message: `\`${shown(format)}\` is not a parser format; Fluent Bit refuses it (use \`regex\`, \`json\`, \`ltsv\` or \`logfmt\`).`,
        });
      } else if (format.toLowerCase() === 'regex' && !find(parser.properties, 'regex')) {
        issues.push({ path: parser.path, message: 'This parser has format `regex` but no `regex`; Fluent Bit refuses it.', help: 'Add the `regex` that reads the log line.' });
      }
    }
    if (find(parser.properties, 'time_zone') && !find(parser.properties, 'time_format')) {
      issues.push({ path: find(parser.properties, 'time_zone')!.path, target: 'key', message: '`time_zone` needs a `time_format`; Fluent Bit refuses a parser with one and not the other.' });
    }
    if (name === undefined) continue;
    // flb_parser_create() compares names exactly, and fails on one it already has.
    if (seen.has(name)) {
      issues.push({
        path: find(parser.properties, 'name')!.path,
        message: `Parser \`${shown(name)}\` is already defined above; Fluent Bit refuses a second parser of the same name.`,
        help: 'Give each parser its own name.',
      });
    }
    seen.add(name);
  }
}

const MULTILINE_TYPES = ['regex', 'endswith', 'equal', 'eq'];

/** flb_parser_load_multiline_parser_definitions() and the rule checks of flb_ml_rule.c. */
function checkMultilineParsers(parsers: Definition[], issues: StructureIssue[]): void {
  for (const parser of parsers) {
    if (!requireAll(parser, ['name', 'type'], 'multiline parser', issues)) continue;
    const type = single(parser.properties, 'type');
    if (type === undefined || usesVariable(type)) continue;
    if (!MULTILINE_TYPES.includes(type.toLowerCase())) {
      issues.push({
        path: find(parser.properties, 'type')!.path,
        message: `\`${shown(type)}\` is not a multiline parser type; Fluent Bit refuses it (use \`regex\`, \`endswith\` or \`equal\`).`,
      });
      continue;
    }
    if (type.toLowerCase() === 'regex') checkRules(parser, issues);
  }
}

interface Rule {
  from: string[];
  to: string | undefined;
  path: (string | number)[];
}

/** Regex rules: the first starts at `start_state`, and every next state is a state some rule starts from. */
function checkRules(parser: Definition, issues: StructureIssue[]): void {
  const rules: Rule[] = [];
  // The classic format: `rule "from" "/regex/" "to"` lines.
  for (const value of find(parser.properties, 'rule')?.values ?? []) {
    if (value.text === undefined) continue;
    const tokens = splitRule(value.text);
    if (tokens.length < 2) {
      issues.push({ path: value.path, message: 'A rule needs a state and a regex (and optionally the next state); Fluent Bit refuses this one.', help: 'Write `rule "start_state" "/regex/" "next_state"`.' });
      return;
    }
    rules.push({ from: tokens[0].split(','), to: tokens[2], path: [...value.path] });
  }
  // The YAML format: `rules:` with `state`, `regex` and `next_state`.
  const yamlRules = parser.data.rules;
  if (Array.isArray(yamlRules)) {
    yamlRules.forEach((rule, index) => {
      const path = [...parser.path, 'rules', index];
      if (typeof rule !== 'object' || rule === null) return;
      const fields = rule as Record<string, unknown>;
      const missing = ['state', 'regex', 'next_state'].filter((key) => !(key in fields));
      if (missing.length > 0) {
        issues.push({ path, message: `This rule has no \`${missing[0]}\`; Fluent Bit refuses it.`, help: 'A rule has `state`, `regex` and `next_state`.' });
        return;
      }
      rules.push({ from: String(fields.state).split(','), to: String(fields.next_state), path });
    });
  }
  if (rules.length === 0) return;
  const states = new Set(rules.flatMap((r) => r.from.map((s) => s.trim())));
  if (!rules[0].from.some((s) => s.trim() === 'start_state')) {
    issues.push({ path: rules[0].path, message: 'The first rule does not start from `start_state`; Fluent Bit refuses the parser.', help: 'Begin with the rule for `start_state`.' });
  }
  for (const rule of rules) {
    if (rule.to !== undefined && !states.has(rule.to)) {
      issues.push({ path: rule.path, message: `No rule starts from state \`${shown(rule.to)}\`, which this rule goes to; Fluent Bit refuses the parser.` });
    }
  }
}

/** A classic rule line's values, double quotes removed (flb_slist_split_tokens). */
function splitRule(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]).replace(/\\"/g, '"'));
}

/** Reports the first missing key; false when one is missing. */
function requireAll(definition: Definition, keys: string[], what: string, issues: StructureIssue[]): boolean {
  const missing = keys.find((key) => !find(definition.properties, key));
  if (missing === undefined) return true;
  issues.push({ path: definition.path, message: `This ${what} has no \`${missing}\`; Fluent Bit refuses it.` });
  return false;
}

/** Multiline parsers Fluent Bit always has (flb_ml_parser_builtin_create). */
const BUILTIN_MULTILINE = ['docker', 'cri', 'go', 'python', 'java', 'ruby'];

/** Properties that name a parser, and those that name multiline parsers (a comma-separated list). */
const PARSER_PROPERTIES = new Set(['parser', 'parser_firstline', 'docker_mode_parser', 'merge_parser', 'regex_parser']);
const MULTILINE_PROPERTIES = new Set(['multiline.parser']);

/**
 * Parsers a plugin names but the config defines nowhere. Only a config that cannot get
 * parsers from elsewhere is checked: no `parsers_file`, no included file.
 */
function checkParserReferences(config: FluentBitConfig, issues: StructureIssue[]): void {
  if (find(config.service, 'parsers_file') || config.includes.length > 0) return;
  const names = (list: Definition[]) => list.map((d) => single(d.properties, 'name')).filter((n) => n !== undefined);
  // Parsers are looked up by exact name (flb_parser_get), multiline parsers without case (flb_ml_parser_get).
  const parsers = new Set(names(config.parsers));
  const multiline = new Set([...BUILTIN_MULTILINE, ...names(config.multilineParsers)].map((n) => n.toLowerCase()));
  const sections = config.plugins.flatMap((s) => [s, ...s.processors]);
  for (const section of sections) {
    const written = pluginName(section);
    const plugin = written === undefined ? undefined : pluginSpec(section.kind, written);
    if (!plugin) continue;
    for (const property of section.properties) {
      const multi = MULTILINE_PROPERTIES.has(property.key);
      if ((!multi && !PARSER_PROPERTIES.has(property.key) && !/^parser_\d+$/.test(property.key)) || !propertySpec(plugin, property.key)) continue;
      for (const value of property.values) {
        if (value.text === undefined || usesVariable(value.text)) continue;
        const wanted = multi ? value.text.split(',').map((s) => s.trim()).filter(Boolean) : [value.text];
        const missing = wanted.find((name) => (multi ? !multiline.has(name.toLowerCase()) : !parsers.has(name)));
        if (missing === undefined) continue;
        issues.push({
          path: value.path,
          message: `${multi ? 'Multiline parser' : 'Parser'} \`${shown(missing)}\` is not defined: this config has no \`parsers_file\`, includes no file, and does not define it, so Fluent Bit cannot find it.`,
          help: multi
            ? `Define it under \`multiline_parsers\` (or in the file \`parsers_file\` names), or use a built-in one: ${BUILTIN_MULTILINE.map((p) => `\`${p}\``).join(', ')}.`
            : 'Define it under `parsers`, or name the file that defines it with `parsers_file` in the service section.',
        });
      }
    }
  }
}

/** Top-level sections each format knows. */
const KNOWN_SECTIONS = ['service', 'pipeline', 'customs', 'parsers', 'multiline_parsers', 'stream_processor', 'plugins', 'upstream_servers', 'includes', 'env'];

function checkSections(config: FluentBitConfig, value: unknown, issues: StructureIssue[]): void {
  const data = value as Record<string, unknown>;
  for (const section of config.sections) {
    const lower = section.written.toLowerCase();
    if (KNOWN_SECTIONS.includes(lower) || (!config.classic && lower === 'extensions')) continue;
    // A YAML section holding more than text is refused outright; the schema says so.
    const inner = data[section.written];
    if (!config.classic && typeof inner === 'object' && inner !== null && Object.values(inner).some((v) => typeof v === 'object' && v !== null)) continue;
    issues.push({
      path: section.path,
      target: 'key',
      message: config.classic
        ? `Fluent Bit has no \`[${shown(section.written)}]\` section; it ignores it and everything in it.`
        : `Fluent Bit has no \`${shown(section.written)}\` section; it ignores it and everything in it.`,
      help: 'Check the name for a typo.',
    });
  }
  // Parsers belong in the file `parsers_file` names, not in the main configuration.
  const isMain = config.service.length > 0 || config.plugins.length > 0;
  if (config.classic && isMain) {
    for (const parser of [...config.parsers, ...config.multilineParsers]) {
      issues.push({
        path: parser.path,
        message: 'Fluent Bit refuses `[PARSER]` and `[MULTILINE_PARSER]` sections in a file with service or pipeline sections.',
        help: 'Move the parsers to their own file and name it with `Parsers_File` in `[SERVICE]`.',
      });
    }
  }
}
