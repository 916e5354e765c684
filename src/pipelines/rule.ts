import { isMapping } from '../kinds/prometheus-groups.js';
import type { Model, PipelineConfig } from '../kinds/types.js';
import { defineRule, type Rule, type RuleContext, type RuleMeta } from '../rules/types.js';
import { mergeSet, type PartDocument, type SetPart } from './merge.js';
import { placeKey, placesOf, settingPlacesOf, type PipelineIssue } from './places.js';
import { filesOfSet, isInSomeSet, isPartOfSet, isWhole, MERGE_STRATEGIES } from './sets.js';
import type { WiredConfig } from './wiring.js';

/** What a pipeline rule collects from a file that is part of a declared set: its documents of the set's kind. */
type Part = PartDocument[];

/**
 * A rule on pipeline configs, run on each file's config, except the files of a declared set
 * (`configs:`): those are merged in the project stage, as their program merges them, and the
 * rule runs on the merged config, with findings placed in the file each thing is written in.
 */
export function definePipelineRule<Options extends object = object>(spec: {
  meta: RuleMeta<Options>;
  check(wired: WiredConfig, options: Options): PipelineIssue[];
}): Rule<Options, Part> {
  return defineRule<Options, Part>({
    meta: spec.meta,
    check(context) {
      for (const config of context.model.pipelines) {
        if (config.partial || isPartOfSet(context.file, config.kind, context.settings)) continue;
        const wired = { config, merged: false, relaxedPatterns: relaxedPatterns(context.model, config) };
        for (const { messageId, data, place } of spec.check(wired, context.options)) {
          context.report({ messageId, data, site: place.site, target: place.target, subject: place.subject });
        }
      }
    },
    collect: (context) => partOf(context),
    checkProject(context) {
      const parts = context.collected.flatMap(({ file, data }) => data.map((document): SetPart => ({ file, document })));
      const linted = new Set(context.collected.map(({ file }) => file));
      for (const set of context.settings.configSets ?? []) {
        if (!isWhole(set, linted)) continue;
        const ofKind = parts.filter((part) => part.document.kind === set.kind);
        const files = filesOfSet(set, [...new Set(ofKind.map((part) => part.file))]);
        const ordered = files.flatMap((file) => ofKind.filter((part) => part.file === file));
        const merged = mergeSet(set.kind, ordered, context.settings);
        if (!merged) continue;
        for (const { messageId, data, place } of spec.check(merged.wired, context.options)) {
          context.report({ ...merged.locate(place), messageId, data, subject: place.subject });
        }
      }
    },
  });
}

/**
 * A file's part of the declared sets, once per file for all the pipeline rules: empty for a
 * file of a set that has no document of its kind (a layer of comments only), so the project
 * stage still knows it was linted.
 */
function partOf(context: RuleContext): Part | undefined {
  if (partCache.has(context.model)) return partCache.get(context.model) ?? undefined;
  const part: Part = [];
  for (const config of context.model.pipelines) {
    if (!isPartOfSet(context.file, config.kind, context.settings)) continue;
    const ranges: PartDocument['ranges'] = {};
    for (const place of [...placesOf(config), ...settingPlacesOf(config)]) ranges[placeKey(place.site.path, place.target)] ??= context.rangeOf(place.site, place.target);
    const value = documentOf(context.model, config);
    part.push({ kind: config.kind, config, relaxedPatterns: relaxedPatterns(context.model, config), ranges, ...(MERGE_STRATEGIES[config.kind] === 'maps' && { value }) });
  }
  const result = part.length > 0 || isInSomeSet(context.file, context.settings) ? part : undefined;
  partCache.set(context.model, result ?? null);
  return result;
}

const partCache = new WeakMap<Model, Part | null>();

function documentOf(model: Model, config: PipelineConfig): unknown {
  return model.documents.find((d) => d.kind === config.kind && d.doc === config.site.doc)?.value;
}

/** Vector's global `wildcard_matching: relaxed`. */
function relaxedPatterns(model: Model, config: PipelineConfig): boolean {
  const value = documentOf(model, config);
  return config.kind === 'vector' && isMapping(value) && value.wildcard_matching === 'relaxed';
}
