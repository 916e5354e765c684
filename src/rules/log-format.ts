import type { Path } from '../core/locate.js';
import { isMapping } from '../kinds/prometheus-groups.js';
import type { Component } from '../kinds/types.js';
import { componentName } from '../pipelines/wiring.js';
import { defineRule, type Report } from './types.js';

export interface LogFormatOptions {
  /** The formats sinks may write logs in, by the names below; none (the default) checks nothing. */
  formats: string[];
}

/**
 * A platform team that searches logs by field wants them shipped as JSON: Vector's `text`
 * codec writes only the `message` field, Fluent Bit's `template` or `csv` file formats drop or
 * flatten the rest. Which formats are fine is a team's choice (text to a terminal is), so the
 * rule checks nothing until `formats` lists them. Formats are named as the program names
 * them, except that every JSON one is `json`: Vector's `json` and `native_json` codecs, Fluent
 * Bit's `json`, `json_lines` and `json_stream` (http) and `plain` (file). Collector exporters
 * send structured records (OTLP) by nature and are not checked.
 */
export default defineRule<LogFormatOptions>({
  meta: {
    id: 'log-format',
    summary: 'A Vector sink or Fluent Bit output that ships logs in a format the repository does not accept (such as plain text where JSON is asked for), or JSON without its time. Checks nothing until `formats` is set.',
    defaultSeverity: 'warning',
    messages: {
      format: {
        text: '{role} `{component}` ships logs as `{format}`{default}, which is not one of the formats this repository accepts ({formats}).',
        help: 'Ship them as JSON (`encoding.codec: json` in Vector; `format json` on a Fluent Bit http output, `format plain` on a file output), or add the format to the rule\'s `formats`.',
      },
      noTime: {
        text: 'Output `{component}` ships JSON logs without their time: `json_date_key` is `{value}`.',
        help: 'Remove `json_date_key` (the time then goes under `date`), or set it to the key the backend reads the time from.',
      },
    },
    options: {
      defaults: { formats: [] },
      schema: {
        formats: {
          description: 'The formats sinks may ship logs in: `json` (every JSON format), or a format as its program names it (`logfmt`, `gelf`, `msgpack`, `text`...). Default: none, and the rule checks nothing.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
      },
    },
  },
  check(context) {
    const accepted = new Set(context.options.formats.map((f) => f.toLowerCase()));
    if (accepted.size === 0) return;
    const formats = [...accepted];
    for (const config of context.model.pipelines) {
      for (const component of config.components) {
        if (component.role !== 'sink') continue;
        const found = config.kind === 'vector' ? vectorFormat(component) : config.kind === 'fluent-bit' ? fluentBitFormat(component) : undefined;
        if (!found) continue;
        const site = { doc: component.settingsSite.doc, path: found.path };
        if (!accepted.has(normalized(found.format))) {
          const data = { role: config.kind === 'vector' ? 'Sink' : 'Output', component: componentName(config.kind, component.id), format: found.format, default: { raw: found.written ? '' : ' (its default)' }, formats };
          context.report({ messageId: 'format', data, site, target: found.written ? 'value' : 'key' } satisfies Report);
        } else if (found.dateKey) {
          context.report({ messageId: 'noTime', data: { component: componentName(config.kind, component.id), value: found.dateKey.value }, site: { doc: site.doc, path: found.dateKey.path } });
        }
      }
    }
  },
});

interface Found {
  format: string;
  /** Whether the format is written, or the default. */
  written: boolean;
  path: Path;
  /** Fluent Bit's `json_date_key` switched off. */
  dateKey?: { value: string; path: Path };
}

/** `encoding.codec` of a Vector sink that has one (sinks with a fixed format have none). */
function vectorFormat(component: Component): Found | undefined {
  const encoding = component.settings.encoding;
  if (!isMapping(encoding) || typeof encoding.codec !== 'string') return undefined;
  return { format: encoding.codec, written: true, path: [...component.settingsSite.path, 'encoding', 'codec'] };
}

/** The `format` of a Fluent Bit http or file output, as the plugins default it (`out_http`, `out_file`). */
function fluentBitFormat(component: Component): Found | undefined {
  const defaultFormat = FLUENT_BIT_DEFAULTS[component.type];
  if (defaultFormat === undefined) return undefined;
  const property = (name: string) => {
    const key = Object.keys(component.settings).find((k) => k.toLowerCase() === name);
    const value = key === undefined ? undefined : component.settings[key];
    return key !== undefined && typeof value === 'string' ? { key, value } : undefined;
  };
  const format = property('format');
  const found: Found = format
    ? { format: format.value, written: true, path: [...component.settingsSite.path, format.key] }
    : { format: defaultFormat, written: false, path: component.site.path };
  const dateKey = property('json_date_key');
  // `flb_utils_bool`: off, false and no switch it off.
  if (component.type === 'http' && dateKey && ['off', 'false', 'no'].includes(dateKey.value.toLowerCase())) {
    found.dateKey = { value: dateKey.value, path: [...component.settingsSite.path, dateKey.key] };
  }
  return found;
}

/** What the outputs write when `format` is not set: http JSON, file `tag: [time, {record as JSON}]` lines. */
const FLUENT_BIT_DEFAULTS: Record<string, string> = { http: 'json', file: 'out_file' };

/** Every JSON format is `json`. */
function normalized(format: string): string {
  const name = format.toLowerCase();
  return JSON_FORMATS.has(name) ? 'json' : name;
}

const JSON_FORMATS = new Set(['json', 'native_json', 'json_lines', 'json_stream', 'plain']);
