import { defineRule } from './types.js';

/**
 * Reported by discovery and reading: a file that was to be linted but could not be read as
 * text (too large, binary, not UTF-8, a symlink that leaves the repository).
 */
export default defineRule({
  meta: {
    id: 'unreadable-file',
    summary: 'A file could not be linted: too large, binary, UTF-16 or not UTF-8, or a symlink out of the repository.',
    defaultSeverity: 'warning',
    blocking: true,
    // Each reason is its own message: see src/engine/load.ts and src/engine/discover.ts.
    messages: {},
  },
});
