import { defineConfig } from 'tsup';

// No source maps: the output is unminified, readable ES2022 with the sources' names (and TSDoc in the types),
// and maps would more than double the package (1.2 MB of 3.1 MB unpacked; see CHANGELOG).

export default defineConfig([
  {
    // The library: portable entry, Node file loading, the checker and the importers.
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      'a11y/index': 'src/a11y/index.ts',
      'import/index': 'src/import/index.ts',
      // Framework components: each imports its framework, an optional peer dependency.
      'jsx/index': 'src/jsx/index.ts',
      'react/index': 'src/react/index.ts',
      'solid/index': 'src/solid/index.ts',
      'vue/index': 'src/vue/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    // Only errors: `npm ci` builds the package (prepare), and a newcomer's install should read clean.
    silent: true,
    // CJS output gets an import.meta.url shim (the checker resolves axe-core with it).
    shims: true,
  },
  {
    // The CLI: bin, worker and their chunks side by side in dist/cli, so code
    // in any chunk finds ./worker.js and ../../package.json. Split so that
    // commands load their dependencies only when they run.
    entry: { 'cli/bin': 'src/cli/bin.ts', 'cli/worker': 'src/cli/check/worker.ts' },
    format: ['esm'],
    target: 'node20',
    silent: true,
    splitting: true,
    treeshake: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
  },
]);
