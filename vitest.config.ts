import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // What the engine loads on demand before a rule needs it (the RE2 engine), loaded once for every test.
    setupFiles: ['test/setup.ts'],
    // End-to-end tests start the built bundle as a child process.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CI also keeps a machine-readable report, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'coverage/test-results.json' }]] : ['default'],
  },
});
