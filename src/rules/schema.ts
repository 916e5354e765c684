import { defineRule } from './types.js';

/**
 * Reported by the schema stage: a document breaks its kind's JSON Schema in `schemas/`, or a
 * structural rule the format's own loader enforces (such as unique group names).
 */
export default defineRule({
  meta: {
    id: 'schema',
    summary:
      'A document lacks the shape its format requires: a missing or unknown key (with "did you mean"), a wrong type, a bad duration, an invalid name, `for` on a recording rule, a duplicate group name.',
    defaultSeverity: 'error',
    blocking: true,
    // Made from the schema's errors and each kind's structure checks: see src/engine/schema.ts.
    messages: {},
  },
});
