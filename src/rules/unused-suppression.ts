import { defineRule } from './types.js';

/** A suppression that suppresses nothing has outlived its reason, and would hide the next real finding. */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    summary: 'A suppression comment that suppresses nothing: the finding it was for is gone.',
    defaultSeverity: 'warning',
    messages: {
      unused: {
        text: 'This suppression of {rules} suppresses nothing.',
        help: 'Remove it (or the rules it no longer needs), so it cannot hide a new finding.',
      },
    },
  },
});
