import { defineRule } from './types.js';

/** Reported by the TOML parser (Vector's configs): a file that is not valid TOML. */
export default defineRule({
  meta: {
    id: 'toml-syntax',
    summary: 'A TOML file (a Vector config) is not valid TOML, so nothing in it can be checked.',
    defaultSeverity: 'error',
    blocking: true,
    // The parser's own message: see src/vector/toml.ts.
    messages: {},
  },
});
