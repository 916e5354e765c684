import { defineRule } from './types.js';

/**
 * Reported by discovery and reading: a file that was to be linted but could not be read as
 * text (too large, binary, not UTF-8, a symlink that leaves the repository).
 */
export default defineRule({
  meta: {
    id: 'unreadable-file',
    description: 'A file could not be linted: it is too large, binary, not UTF-8, or a symlink that points outside the repository.',
    defaultSeverity: 'warning',
    defaultOptions: {},
  },
});
