import { fluentBit } from './fluent-bit.js';
import { prometheusRuleCrd } from './prometheus-rule-crd.js';
import { prometheusRules } from './prometheus-rules.js';
import type { Kind } from './types.js';

/** Every kind obslint knows, in detection order (the first whose `detect` matches wins). */
export const KINDS: readonly Kind[] = [prometheusRules, prometheusRuleCrd, fluentBit];

export function kindById(id: string): Kind | undefined {
  return KINDS.find((kind) => kind.id === id);
}
