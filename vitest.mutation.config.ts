import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The fast unit tests of the model and renderers: what Stryker runs for each mutant (`npm run mutation`).
// A config of its own: vite's mergeConfig would append this include to the full suite's.
export default defineConfig({
  // The example extension package (examples/) imports `presswork`: in tests, the sources.
  resolve: { alias: [{ find: /^presswork$/, replacement: resolve(import.meta.dirname, 'src/index.ts') }] },
  test: {
    environment: 'node',
    include: ['test/model/**/*.test.ts', 'test/render/**/*.test.ts', 'test/load/**/*.test.ts', 'test/amp-validator/**/*.test.ts', 'test/extend/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    testTimeout: 60_000,
  },
});
