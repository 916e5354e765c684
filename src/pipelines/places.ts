import type { Path, Target } from '../core/locate.js';
import type { MessageData } from '../core/text.js';
import type { Component, Pipeline, PipelineConfig, Reference, Site } from '../kinds/types.js';

/**
 * Where a pipeline rule reports, and what about: a component (at its key), a reference, a
 * pipeline (at its key) or the whole config. The subject is the finding's identity, by names,
 * so it holds when lines move and when the config is one file or a set merged.
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
  reference: (r: Reference): Place => ({ site: r.site, subject: `${r.from} -> ${r.target}` }),
  pipeline: (p: Pipeline): Place => ({ site: p.site, target: 'key', subject: `pipeline ${p.name}` }),
  config: (config: PipelineConfig): Place => ({ site: config.site, subject: 'config' }),
};

/** Every place a rule may report at in a config, for the project stage to know where each is. */
export function placesOf(config: PipelineConfig): Place[] {
  return [at.config(config), ...config.components.map(at.component), ...config.references.map(at.reference), ...config.pipelines.map(at.pipeline)];
}

/** A place's key within its document. */
export function placeKey(path: Path, target: Target | undefined): string {
  return JSON.stringify([target ?? '', path]);
}
