import { RULES } from '../rules/index.js';
import type { RawConfig } from './config.js';

/**
 * Configs a shared config or a repository can extend by name (`extends: obslint:strict`).
 * `recommended` is obslint's defaults, written out so a shared config can say it means them;
 * `strict` raises every rule one level (notices become warnings, warnings errors) and fails
 * the run on warnings.
 */
export const PRESETS: Readonly<Record<string, () => RawConfig>> = {
  'obslint:recommended': () => ({}),
  'obslint:strict': () => ({
    'fail-on': 'warning',
    rules: Object.fromEntries(
      RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity === 'notice' ? 'warning' : 'error'] as const),
    ),
  }),
};
