import { defineRule } from './types.js';

/**
 * A suppression comment obslint cannot honour: malformed, naming a rule that does not exist,
 * giving no reason (required by default), or suppressing a rule a shared config locked.
 */
export default defineRule({
  meta: {
    id: 'invalid-suppression',
    summary: 'A suppression comment that cannot be honoured: malformed, an unknown rule, no reason after `--`, or a rule a shared config locked.',
    defaultSeverity: 'error',
    messages: {
      locked: {
        text: '`{rule}` is locked by {source}, so it cannot be suppressed here.',
        help: 'Fix what the finding says; the platform team that owns {source} decides exceptions.',
      },
    },
  },
});
