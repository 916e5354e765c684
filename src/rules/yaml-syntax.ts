import { defineRule } from './types.js';

/** Reported by the loader: a file (or one document of it) that does not parse as YAML. */
export default defineRule({
  meta: {
    id: 'yaml-syntax',
    summary: 'A file, or a document in it, is not valid YAML (or JSON), so nothing in it can be checked.',
    defaultSeverity: 'error',
    blocking: true,
    // The parser's own message, said plainly: see src/yaml/general-parser.ts.
    messages: {},
  },
});
