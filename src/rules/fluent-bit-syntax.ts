import { defineRule } from './types.js';

/** Reported by the reader of Fluent Bit's classic format: a `.conf` file Fluent Bit refuses to read. */
export default defineRule({
  meta: {
    id: 'fluent-bit-syntax',
    summary: 'A Fluent Bit classic config (`.conf`) that Fluent Bit refuses to read: inconsistent indentation, a key without a value, a section header without `]`, an unknown `@` command.',
    defaultSeverity: 'error',
    blocking: true,
    // The reader's own message: see src/fluent-bit/classic.ts.
    messages: {},
  },
});
