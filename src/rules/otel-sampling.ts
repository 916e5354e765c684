import { codeList } from '../core/text.js';
import type { Component, PipelineConfig } from '../kinds/types.js';
import { pipelinesUsing } from '../otel/model-lookup.js';
import { probabilisticSamplerProblems, tailSamplingProblems, type SamplingProblem } from '../otel/sampling.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import type { WiredConfig } from '../pipelines/wiring.js';

const CHECKS: Record<string, (settings: Record<string, unknown>, path: Component['site']['path']) => SamplingProblem[]> = {
  probabilistic_sampler: probabilisticSamplerProblems,
  tail_sampling: tailSamplingProblems,
};

/**
 * A sampler set to keep nothing drops all of a signal without an error anywhere; a setting
 * the processor refuses stops the Collector at start. A config split over files is checked
 * merged: a later layer may set the percentage, or replace the policies.
 */
export default definePipelineRule({
  meta: {
    id: 'otel-sampling',
    summary: 'An OpenTelemetry Collector sampling processor (`probabilistic_sampler`, `tail_sampling`) keeps nothing, or has a percentage or policy the Collector refuses.',
    defaultSeverity: 'error',
    messages: {
      samplesNothing: {
        text: 'Processor `{processor}`{where} samples {value}%, so it drops all data (`sampling_percentage` defaults to 0).',
        help: 'Set `sampling_percentage` to the share to keep, such as `10` for 10%.',
      },
      negative: {
        text: 'Processor `{processor}`{where} has `sampling_percentage` {value}; the Collector refuses a negative or infinite percentage.',
        help: 'Use a percentage from 0 to 100.',
      },
      tooSmall: {
        text: 'Processor `{processor}`{where} has `sampling_percentage` {value}, below the smallest probability the sampler can express; the Collector refuses it.',
        help: 'Use at least 1.4e-15 (%), or remove the processor from the pipeline to drop everything on purpose.',
      },
      precision: {
        text: 'Processor `{processor}`{where} has `sampling_precision` {value}; the Collector refuses it (1 to 14 hex digits).',
        help: 'Leave it out for the default, 4.',
      },
      noPolicies: {
        text: 'Processor `{processor}`{where} has no sampling policies, so it drops every trace.',
        help: 'Add policies, such as `{ name: errors, type: status_code, status_code: { status_codes: [ERROR] } }` and a `probabilistic` one for the rest.',
      },
      policyNameMissing: {
        text: 'A policy of `{processor}`{where} has no `name`; the Collector refuses it.',
        help: 'Give every policy a name: it labels the processor\'s metrics.',
      },
      policyNameDuplicate: {
        text: 'Policy name `{policy}` is used twice in `{processor}`{where}; the Collector refuses it.',
        help: 'Give every policy its own name.',
      },
      policyType: {
        text: 'Policy `{policy}` of `{processor}`{where} has no `type`; the Collector refuses it.',
        help: 'Set `type`, such as `probabilistic`, `latency`, `status_code` or `string_attribute`.',
      },
      policySamplesNothing: {
        text: 'Policy `{policy}` of `{processor}`{where} samples nothing: `{setting}` is 0 or not set.',
        help: 'Set it above 0, or remove the policy.',
      },
    },
  },
  check: (wired) => samplingProblems(wired),
});

function samplingProblems({ config }: WiredConfig): PipelineIssue[] {
  if (config.kind !== 'otel-collector') return [];
  const issues: PipelineIssue[] = [];
  for (const component of config.components) {
    const check = component.role === 'processor' ? CHECKS[component.type] : undefined;
    if (!check) continue;
    const where = { raw: usedIn(config, component.id) };
    for (const problem of check(component.settings, component.site.path)) {
      const data = { processor: component.id, where, ...('value' in problem ? { value: problem.value } : {}), ...('name' in problem ? { policy: problem.name } : {}), ...('setting' in problem ? { setting: problem.setting } : {}) };
      const messageId = problem.kind === 'policyName' ? (problem.problem === 'missing' ? 'policyNameMissing' : 'policyNameDuplicate') : problem.kind;
      const atComponent = problem.path.length === component.site.path.length;
      issues.push({ messageId, data, place: atComponent ? at.component(component) : at.setting(component, problem.path) });
    }
  }
  return issues;
}

/** " in pipeline `traces`", " in pipelines `traces` and `traces/2`", or nothing when no pipeline runs it. */
function usedIn(config: PipelineConfig, id: string): string {
  const names = pipelinesUsing(config, 'processors').get(id) ?? [];
  if (names.length === 0) return '';
  return ` in pipeline${names.length > 1 ? 's' : ''} ${codeList(names, 'and')}`;
}
