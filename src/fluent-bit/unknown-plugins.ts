import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import { closest } from '../core/closest.js';
import { pluginName, readConfig, find } from './config.js';
import { FLUENT_BIT_VERSION } from './catalogue.js';
import { pluginNames, pluginSpec } from './plugins.js';
import { usesVariable } from './values.js';

export interface UnknownPlugin {
  /** Where the plugin is named (the `name` value). */
  path: Path;
  kind: 'input' | 'filter' | 'output' | 'custom' | 'processor';
  name: string;
  message: string;
  help: string;
}

/**
 * Plugins a config names that Fluent Bit does not ship. Fluent Bit refuses to start with
 * one, unless it comes from a `plugins` file, a Go or WASM plugin, or a newer release: so
 * this is for a rule to report as a notice, not a schema finding.
 */
export function unknownPlugins(value: unknown): UnknownPlugin[] {
  const config = readConfig(value);
  // A config that loads plugins of its own may be naming one of them.
  const loadsPlugins = find(config.service, 'plugins_file') !== undefined || config.sections.some((s) => s.written.toLowerCase() === 'plugins');
  const out: UnknownPlugin[] = [];
  for (const section of config.plugins.flatMap((s) => [s, ...s.processors])) {
    const name = pluginName(section);
    if (name === undefined || name.trim() === '' || usesVariable(name)) continue;
    const known = pluginSpec(section.kind, name) ?? (section.kind === 'processor' ? pluginSpec('filter', name) : undefined);
    if (known) continue;
    const candidates = section.kind === 'processor' ? [...pluginNames('processor'), ...pluginNames('filter')] : pluginNames(section.kind);
    const suggestion = closest(name, candidates);
    out.push({
      path: find(section.properties, 'name')!.path,
      kind: section.kind,
      name,
      message: `Fluent Bit ${FLUENT_BIT_VERSION} has no ${section.kind} plugin \`${shown(name)}\`; it refuses to start unless the plugin is loaded from a plugins file.`,
      help: loadsPlugins
        ? 'This config loads plugins of its own: if one of them is this plugin, all is well.'
        : suggestion
          ? `Did you mean \`${suggestion}\`?`
          : 'Check the name, or load the plugin with `plugins_file`.',
    });
  }
  return out;
}
