// Writes src/fluent-bit/catalogue.ts: every plugin Fluent Bit ships, by kind, with the
// properties of its config map (type, and whether it may be given more than once), read from
// a checkout of fluent/fluent-bit:
//
//   node scripts/fluent-bit-catalogue.mjs <path to a fluent-bit checkout>
//
// The config maps are C arrays of `{ FLB_CONFIG_MAP_<TYPE>, "name", default, flags, ... }`
// entries; this reads them as text, which is enough for the plugins' simple declarations
// (and fails loudly on one it does not understand).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = process.argv[2];
if (!root) throw new Error('usage: node scripts/fluent-bit-catalogue.mjs <fluent-bit checkout>');

/** Type codes of the catalogue (see PropertyType in src/fluent-bit/catalogue-types.ts). */
const TYPE_CODES = {
  STR: 's',
  STR_PREFIX: 'p',
  INT: 'i',
  BOOL: 'b',
  DOUBLE: 'd',
  SIZE: 'z',
  TIME: 't',
  DEPRECATED: 'x',
  CLIST: 'c',
  CLIST_1: 'c1',
  CLIST_2: 'c2',
  CLIST_3: 'c3',
  CLIST_4: 'c4',
  SLIST: 'l',
  SLIST_1: 'l1',
  SLIST_2: 'l2',
  SLIST_3: 'l3',
  SLIST_4: 'l4',
  VARIANT: 'v',
};

// The AWS credential options some plugins add with FLB_AWS_CREDENTIAL_BASE_CONFIG_MAP(prefix).
const AWS_CREDENTIAL_OPTIONS = ['region', 'sts_endpoint', 'role_arn', 'external_id', 'profile'];

function files(dir, endings) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, endings));
    else if (endings.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

/** C source without comments, strings and character literals kept. */
function withoutComments(source) {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      out += ' ';
      i = end === -1 ? source.length : end + 2;
    } else if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** `#define NAME "text"` across the headers and plugin sources. */
const defines = new Map();
for (const file of [...files(path.join(root, 'include'), ['.h']), ...files(path.join(root, 'plugins'), ['.h', '.c'])]) {
  for (const m of readFileSync(file, 'utf8').matchAll(/^#define\s+(\w+)\s+"((?:[^"\\]|\\.)*)"\s*$/gm)) {
    if (!defines.has(m[1])) defines.set(m[1], m[2]);
  }
}

/** The text between the brace at `open` and its match. */
function braced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces at ${open}`);
}

/** Splits at the commas outside strings, braces and parentheses. */
function topLevel(body) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < body.length && body[j] !== c) j += body[j] === '\\' ? 2 : 1;
      current += body.slice(i, j + 1);
      i = j;
      continue;
    }
    if ('{(['.includes(c)) depth++;
    if ('})]'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** A C string expression: literals and #defined names, concatenated. */
function stringValue(expression) {
  let out = '';
  for (const m of expression.matchAll(/"((?:[^"\\]|\\.)*)"|\b([A-Z_][A-Z0-9_]*)\b/g)) {
    const part = m[1] ?? defines.get(m[2]);
    if (part === undefined) throw new Error(`cannot resolve ${expression}`);
    out += part;
  }
  return out;
}

function configMap(text, variable, where) {
  const start = new RegExp(`struct\\s+flb_config_map\\s+${variable}\\s*\\[\\s*\\]\\s*=\\s*\\{`).exec(text);
  if (!start) throw new Error(`${where}: config map ${variable} not found`);
  // Preprocessor lines (`#ifdef FLB_HAVE_...`) are dropped: a property of any build is known.
  const body = braced(text, start.index + start[0].length - 1).replace(/^\s*#.*$/gm, '');
  const properties = [];
  for (const entry of topLevel(body)) {
    const aws = /^FLB_AWS_CREDENTIAL_BASE_CONFIG_MAP\((\w+)\)$/.exec(entry);
    if (aws) {
      const prefix = stringValue(aws[1]);
      for (const option of AWS_CREDENTIAL_OPTIONS) properties.push([`${prefix}${option}`, 's']);
      continue;
    }
    if (!entry.startsWith('{')) throw new Error(`${where}: unexpected config map entry ${entry.slice(0, 80)}`);
    const fields = topLevel(entry.slice(1, -1));
    if (fields.length === 1 && fields[0] === '0') continue;
    const type = TYPE_CODES[fields[0].replace(/^FLB_CONFIG_MAP_/, '')];
    if (!type) throw new Error(`${where}: unknown type ${fields[0]}`);
    // The flags field: FLB_CONFIG_MAP_MULT, or a plain true (rewrite_tag writes FLB_TRUE).
    const multiple = /FLB_CONFIG_MAP_MULT|FLB_TRUE|^1$/.test(fields[3] ?? '');
    properties.push([stringValue(fields[1]).toLowerCase(), multiple ? `${type}+` : type]);
  }
  return properties;
}

const KINDS = ['input', 'filter', 'output', 'processor', 'custom'];
const catalogue = Object.fromEntries(KINDS.map((kind) => [kind, {}]));
for (const dir of readdirSync(path.join(root, 'plugins')).sort()) {
  const full = path.join(root, 'plugins', dir);
  if (!statSync(full).isDirectory()) continue;
  const text = files(full, ['.c']).map((file) => withoutComments(readFileSync(file, 'utf8'))).join('\n');
  for (const m of text.matchAll(/struct\s+flb_(input|filter|output|processor|custom)_plugin\s+\w+\s*=\s*\{/g)) {
    const body = braced(text, m.index + m[0].length - 1);
    const name = /\.name\s*=\s*"([^"]+)"/.exec(body)?.[1];
    if (!name) throw new Error(`${dir}: plugin without a name`);
    const variable = /\.config_map\s*=\s*(\w+)/.exec(body)?.[1];
    const flags = /\.flags\s*=\s*([^,]+)/.exec(body)?.[1] ?? '';
    // Private plugins (the emitter rewrite_tag creates) cannot be named in a config.
    if (/FLB_INPUT_PRIVATE/.test(flags)) continue;
    // Without a config map Fluent Bit checks no property of the plugin: null.
    catalogue[m[1]][name] =
      variable && variable !== 'NULL' ? configMap(text, variable, dir).map(([p, t]) => `${p}=${t}`).join(' ') : null;
  }
}

const commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const cmake = readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8');
const version = ['MAJOR', 'MINOR', 'PATCH'].map((part) => new RegExp(`set\\(FLB_VERSION_${part}\\s+(\\d+)\\)`).exec(cmake)[1]).join('.');

const lines = [
  `// Generated by scripts/fluent-bit-catalogue.mjs from fluent/fluent-bit ${version} (${commit}). Do not edit.`,
  "import type { PluginKind } from './catalogue-types.js';",
  '',
  `export const FLUENT_BIT_VERSION = '${version}';`,
  '',
  '/**',
  ' * Each plugin\'s config map: `name=type` with `+` when the property may be given more than',
  ' * once (types in src/fluent-bit/plugins.ts); null for a plugin without one.',
  ' */',
  'export const CONFIG_MAPS: Readonly<Record<PluginKind, Readonly<Record<string, string | null>>>> = {',
];
for (const kind of KINDS) {
  lines.push(`  ${kind}: {`);
  for (const [name, properties] of Object.entries(catalogue[kind])) lines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(properties)},`);
  lines.push('  },');
}
lines.push('};', '');
writeFileSync(new URL('../src/fluent-bit/catalogue.ts', import.meta.url), lines.join('\n'));
console.log(Object.fromEntries(KINDS.map((kind) => [kind, Object.keys(catalogue[kind]).length])));
