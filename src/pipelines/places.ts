import type { Path, Target } from '../core/locate.js';
import { describePath } from '../core/subject.js';
import type { MessageData } from '../core/text.js';
import type { Component, Pipeline, PipelineConfig, Reference, Site } from '../kinds/types.js';

/**
 * Where a pipeline rule reports, and what about: a component (at its key), one of its
 * settings, a reference, a pipeline (at its key) or the whole config. The subject is the
 * finding's identity, by names, so it holds when lines move and when the config is one file
 * or a set merged.
 */
export interface Place {
  site: Site;
  target?: Target;
  subject: string;
}

export interface PipelineIssue {
  messageId: string;
  data?: MessageData;
  place: Place;
}

export const at = {
  component: (c: Component): Place => ({ site: c.site, target: 'key', subject: `${c.role} ${c.id}` }),
  /** A value at `path` (from the document's root) inside a component's settings; list items are named by their `name`. */
  setting: (c: Component, path: Path): Place => ({
    site: { doc: c.settingsSite.doc, path },
    // Wrapped, so that settings with a `metadata.name` are not taken for a Kubernetes resource.
    subject: `${c.role} ${c.id} ${describePath({ settings: c.settings }, ['settings', ...path.slice(c.settingsSite.path.length)], 0)}`,
  }),
  reference: (r: Reference): Place => ({ site: r.site, subject: `${r.from} -> ${r.target}` }),
  pipeline: (p: Pipeline): Place => ({ site: p.site, target: 'key', subject: `pipeline ${p.name}` }),
  config: (config: PipelineConfig): Place => ({ site: config.site, subject: 'config' }),
};

/** Every place a rule may report at in a config, for the project stage to know where each is. */
export function placesOf(config: PipelineConfig): Place[] {
  return [at.config(config), ...config.components.map(at.component), ...config.references.map(at.reference), ...config.pipelines.map(at.pipeline)];
}

/**
 * Every value inside the components' settings (`tls.insecure`, a sampling policy), for rules
 * that report at one setting. Apart from `placesOf`: they are many, and some are places of it
 * too (a Fluent Bit `Match` is a reference).
 */
export function settingPlacesOf(config: PipelineConfig): Place[] {
  const places: Place[] = [];
  for (const component of config.components) {
    const visit = (value: unknown, path: Path): void => {
      places.push(at.setting(component, path));
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    };
    visit(component.settings, component.settingsSite.path);
  }
  return places;
}

/** A place's key within its document. */
export function placeKey(path: Path, target: Target | undefined): string {
  return JSON.stringify([target ?? '', path]);
}
