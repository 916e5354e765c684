import { defineRule } from './types.js';

/**
 * Reported by the schema stage: a document breaks its kind's JSON Schema in `schemas/`, or a
 * structural rule the format's own loader enforces (such as unique group names).
 */
export default defineRule({
  meta: {
    id: 'schema',
    description: "A document does not have the shape its format requires: a missing or unknown key, a wrong type or value.",
    defaultSeverity: 'error',
    defaultOptions: {},
  },
});
