import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from './fixtures.js';
import { requireSystemPackage } from '../../scripts/system-packages.js';

const bin = resolve(import.meta.dirname, '../../dist/cli/bin.js');
const recorder = resolve(import.meta.dirname, '../helpers/record-imports.mjs');
let dir: string;
beforeAll(async () => {
  dir = await makeWorkspace();
});

/** The packages the built CLI loads for `args`. */
function packagesLoaded(args: string[]): Set<string> {
  const log = join(dir, 'imports.log');
  rmSync(log, { force: true });
  try {
    execFileSync(process.execPath, ['--import', recorder, bin, ...args], { cwd: dir, env: { ...process.env, PRESSWORK_IMPORT_LOG: log }, stdio: 'pipe' });
  } catch (error) {
    // Exit code 1 only means problems were found in the workspace.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return new Set(existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
}

// What makes `--help` and a re-run over an unchanged archive fast: the
// parsers, renderers and axe are loaded only by commands that use them.
describe('presswork CLI start-up', () => {
  // (axe-core is read with require, which the ESM import log does not see.)
  const heavy = ['zod', 'yaml', 'unified', 'remark-parse', 'hast-util-to-html', 'franc-min', 'jsdom'];

  it('should load no parser, renderer or jsdom for --version and --help', () => {
    expect(existsSync(bin), 'build first: npm run build').toBe(true);
    for (const args of [['--version'], ['check', '--help']]) {
      const loaded = packagesLoaded(args);
      expect(loaded.has('commander')).toBe(true);
      for (const name of heavy) expect(loaded.has(name), `${args.join(' ')} loaded ${name}`).toBe(false);
    }
  });

  it('should load them for a check, and not at all when every file comes from the cache', () => {
    // The Chromium engine checks in the main thread, where the import log sees the parsers and
    // renderers load (jsdom checks run in worker threads, which the log does not see).
    requireSystemPackage('chromium');
    const args = ['check', 'content/good.json', '--engine', 'chromium', '--cache', 'startup-cache.json'];
    const cold = packagesLoaded(args);
    for (const name of heavy.filter((name) => name !== 'jsdom')) expect(cold.has(name), `a cold check did not load ${name}`).toBe(true);
    const cached = packagesLoaded(args);
    for (const name of heavy) expect(cached.has(name), `a cached check loaded ${name}`).toBe(false);
  });
});
