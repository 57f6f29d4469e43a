import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The fast unit tests of the model and renderers: what Stryker runs for each mutant (`npm run mutation`).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/model/**/*.test.ts', 'test/render/**/*.test.ts', 'test/load/**/*.test.ts', 'test/amp-validator/**/*.test.ts'],
      typecheck: { enabled: false },
    },
  }),
);
