// A hash of every file a build could read: the repository minus installed and generated folders.
// The build records it (scripts/write-assets.mjs) and the test helper that packs the package
// compares it, so tests pack the dist/ that `npm ci` just built instead of building it again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
/** Top-level folders no build reads: installed, generated, and the mutation-test state Stryker rewrites. */
export const skippedAtRoot = ['node_modules', 'dist', 'site', 'screenshots', '.git', 'coverage', 'scratch', 'reports', '.stryker-tmp'];
/** Installed and built folders of the examples, wherever they are. */
export const skippedAnywhere = new Set(['node_modules', '.next', '.astro', 'dist']);
const skippedPaths = new Set([join(root, 'test/mutation')]);

export function sourceHash() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      if (dir === root ? skippedAtRoot.includes(entry) : skippedAnywhere.has(entry)) continue;
      const path = join(dir, entry);
      if (skippedPaths.has(path)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}

/** Where the build notes the hash of the sources it was built from: in dist/ itself (left out of the package by `files`). */
export const builtFromFile = join(root, 'dist/.build-source');

export function recordBuild() {
  writeFileSync(builtFromFile, sourceHash());
}
