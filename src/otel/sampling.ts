import type { Path } from '../core/locate.js';
import { isMapping } from '../kinds/prometheus-groups.js';
import { isSubstitution } from './values.js';

/**
 * Sampling settings that lose data or that the Collector refuses, as the contrib
 * `probabilistic_sampler` and `tail_sampling` processors read them. Values written as
 * `${env:X}` references are not known here and pass.
 */
export type SamplingProblem =
  | { kind: 'samplesNothing'; path: Path; value: string }
  | { kind: 'negative'; path: Path; value: string }
  | { kind: 'tooSmall'; path: Path; value: string }
  | { kind: 'precision'; path: Path; value: string }
  | { kind: 'noPolicies'; path: Path }
  | { kind: 'policyName'; path: Path; problem: 'missing' | 'duplicate'; name: string }
  | { kind: 'policyType'; path: Path; name: string }
  | { kind: 'policySamplesNothing'; path: Path; name: string; setting: string };

/** Below 2^-56 (as a ratio) the sampler cannot express the probability (`sampling.MinSamplingProbability`). */
const MIN_PERCENTAGE = 100 * 2 ** -56;
const MAX_PRECISION = 14;

/** `probabilistic_sampler`: `sampling_percentage` defaults to 0, which keeps nothing. */
export function probabilisticSamplerProblems(settings: Record<string, unknown>, path: Path): SamplingProblem[] {
  const problems: SamplingProblem[] = [];
  const percentage = settings.sampling_percentage;
  const at = [...path, 'sampling_percentage'];
  if (isSubstitution(percentage)) {
    // Known only when the Collector starts.
  } else if (percentage === undefined || percentage === null || percentage === 0) {
    problems.push({ kind: 'samplesNothing', path: percentage === undefined || percentage === null ? path : at, value: '0' });
  } else if (typeof percentage === 'number') {
    if (percentage < 0 || !Number.isFinite(percentage)) problems.push({ kind: 'negative', path: at, value: String(percentage) });
    else if (percentage < MIN_PERCENTAGE) problems.push({ kind: 'tooSmall', path: at, value: String(percentage) });
  }
  const precision = settings.sampling_precision;
  if (typeof precision === 'number' && (precision === 0 || precision > MAX_PRECISION)) {
    problems.push({ kind: 'precision', path: [...path, 'sampling_precision'], value: String(precision) });
  }
  return problems;
}

/**
 * `tail_sampling`: a trace no policy samples is dropped, so no policies means no traces; the
 * processor refuses a policy without a name or type, and two policies with one name. A
 * `probabilistic` policy at 0% or a `rate_limiting` one at 0 spans per second samples nothing.
 */
export function tailSamplingProblems(settings: Record<string, unknown>, path: Path): SamplingProblem[] {
  const policies = settings.policies;
  if (!Array.isArray(policies) || policies.length === 0) return [{ kind: 'noPolicies', path: Array.isArray(policies) ? [...path, 'policies'] : path }];
  const problems: SamplingProblem[] = [];
  const names = new Set<string>();
  policies.forEach((policy, index) => {
    if (!isMapping(policy)) return;
    const at = [...path, 'policies', index];
    const name = typeof policy.name === 'string' ? policy.name : '';
    if (name === '') problems.push({ kind: 'policyName', path: at, problem: 'missing', name });
    else if (names.has(name)) problems.push({ kind: 'policyName', path: [...at, 'name'], problem: 'duplicate', name });
    names.add(name);
    problems.push(...policyProblems(policy, at, name || `#${index + 1}`));
  });
  return problems;
}

/** A policy's own problems, and those of the sub-policies of `and` and `composite` policies. */
function policyProblems(policy: Record<string, unknown>, at: Path, name: string): SamplingProblem[] {
  const type = policy.type;
  if (typeof type !== 'string' || type === '') return [{ kind: 'policyType', path: at, name }];
  const zero = (section: string, setting: string): SamplingProblem[] => {
    const config = isMapping(policy[section]) ? policy[section] : {};
    const value = config[setting];
    if (isSubstitution(value) || (typeof value === 'number' && value > 0)) return [];
    return [{ kind: 'policySamplesNothing', path: value === undefined ? at : [...at, section, setting], name, setting: `${section}.${setting}` }];
  };
  if (type === 'probabilistic') return zero('probabilistic', 'sampling_percentage');
  if (type === 'rate_limiting') return zero('rate_limiting', 'spans_per_second');
  const subPolicies = type === 'and' ? subList(policy.and, 'and_sub_policy') : type === 'composite' ? subList(policy.composite, 'composite_sub_policy') : undefined;
  if (!subPolicies) return [];
  return subPolicies.list.flatMap((sub, index) => {
    if (!isMapping(sub)) return [];
    const subName = typeof sub.name === 'string' && sub.name !== '' ? sub.name : `${name} #${index + 1}`;
    return policyProblems(sub, [...at, type, subPolicies.key, index], subName);
  });
}

function subList(section: unknown, key: string): { key: string; list: unknown[] } | undefined {
  if (!isMapping(section) || !Array.isArray(section[key])) return undefined;
  return { key, list: section[key] };
}
