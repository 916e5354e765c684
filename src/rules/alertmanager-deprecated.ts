import { loadRegexEngineForAlertmanager, report } from './alertmanager-config.js';
import { defineRule } from './types.js';

/**
 * What Alertmanager still loads but is on its way out or reads ambiguously: `match` and
 * `match_re` (use `matchers`), `mute_time_intervals` at the top level (use `time_intervals`), a
 * matcher its new parser refuses and its old one accepts, or that the two read differently.
 */
export default defineRule({
  meta: {
    id: 'alertmanager-deprecated',
    summary: 'An Alertmanager config uses what Alertmanager deprecates or reads two ways: `match`/`match_re`, top-level `mute_time_intervals`, a matcher only the old parser accepts.',
    defaultSeverity: 'warning',
    messages: { deprecated: { text: '{problem}' } },
  },
  prepare: loadRegexEngineForAlertmanager,
  check(context) {
    report(context, 'warning', 'deprecated');
  },
});
