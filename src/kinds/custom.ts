import type { ValidateFunction } from 'ajv';
import type { Path } from '../core/locate.js';
import { isMapping, stringMap } from './prometheus-groups.js';
import type { Alert, Kind, Model, Site } from './types.js';

/**
 * A format a platform team declares in its config (`custom-kinds:`): which files, the JSON
 * Schema they follow, and JSON pointers to the alerts in them and to each alert's name, owner,
 * runbook, severity, labels and annotations. Its files get the same schema, owner, runbook and
 * severity checks as the built-in formats. Plain data, so lint threads can take it.
 */
export interface CustomKind {
  id: string;
  title: string;
  files: string[];
  /** The JSON Schema, already read (a file named in the config, relative to it), and that file's name. */
  schema: Record<string, unknown>;
  schemaFile: string;
  /** Where the alerts are: a pointer to a list of them, or `""` when the document is one alert. */
  alerts: string;
  /** Within each alert. */
  name: string;
  owner?: string;
  runbook?: string;
  severity?: string;
  labels?: string;
  annotations?: string;
}

/** Compiles a custom kind's JSON Schema with ajv's compiler, loaded only when a config declares one. */
export async function compileSchema(schema: Record<string, unknown>): Promise<ValidateFunction> {
  const { Ajv } = await import('ajv');
  // The options of the built-in schemas (scripts/build-validators.mjs), but lenient on unknown keywords: a team's schema may carry its own annotations.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  return ajv.compile(schema);
}

/** Validators compiled once per thread, by kind id and the schema's text. */
const compiled = new Map<string, Promise<ValidateFunction>>();

export function customKind(definition: CustomKind): Kind {
  const key = `${definition.id}\u0000${JSON.stringify(definition.schema)}`;
  return {
    id: definition.id,
    title: definition.title,
    extensions: [],
    // Claimed by its `files` globs only, never by content.
    sniff: () => false,
    detect: () => false,
    recognizedBy: `the files ${definition.files.join(', ')}`,
    reference: `its JSON Schema, ${definition.schemaFile}`,
    validator() {
      let validator = compiled.get(key);
      if (!validator) compiled.set(key, (validator = compileSchema(definition.schema)));
      return validator;
    },
    extract(value, doc, model) {
      extractAlerts(definition, value, doc, model);
    },
  };
}

function extractAlerts(definition: CustomKind, value: unknown, doc: number, model: Model): void {
  const alertsPath = pointerPath(definition.alerts);
  const found = valueAt(value, alertsPath);
  const items: { item: unknown; path: Path }[] =
    definition.alerts === '' ? [{ item: value, path: [] }] : Array.isArray(found) ? found.map((item, i) => ({ item, path: [...alertsPath, i] })) : [];
  for (const { item, path } of items) {
    if (!isMapping(item)) continue;
    const field = (pointer: string | undefined) => {
      if (pointer === undefined) return undefined;
      const at = [...path, ...pointerPath(pointer)];
      return { value: valueAt(item, pointerPath(pointer)), site: { doc, path: at } satisfies Site };
    };
    const name = field(definition.name);
    if (typeof name?.value !== 'string' && typeof name?.value !== 'number') continue;
    const labels = field(definition.labels);
    const annotations = field(definition.annotations);
    const alert: Alert = {
      kind: definition.id,
      name: String(name.value),
      site: { doc, path },
      labels: stringMap(labels?.value),
      labelsSite: labels && isMapping(labels.value) ? labels.site : { doc, path },
      labelSites: {},
      annotations: stringMap(annotations?.value),
      annotationsSite: annotations && isMapping(annotations.value) ? annotations.site : { doc, path },
      annotationSites: {},
    };
    // Fields the format has on its own are read as the label or annotation the rules look for.
    for (const [key, pointer, into] of [
      ['owner', definition.owner, 'labels'],
      ['severity', definition.severity, 'labels'],
      ['runbook_url', definition.runbook, 'annotations'],
    ] as const) {
      const at = field(pointer);
      if (at === undefined || at.value === undefined || at.value === null || typeof at.value === 'object') continue;
      alert[into][key] = String(at.value);
      (into === 'labels' ? alert.labelSites! : alert.annotationSites!)[key] = at.site;
    }
    model.alerts.push(alert);
  }
}

/** A JSON pointer (RFC 6901) as a path: `/alerts/0/name` → alerts, 0, name. */
export function pointerPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

function valueAt(value: unknown, path: Path): unknown {
  let node = value;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isMapping(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}
