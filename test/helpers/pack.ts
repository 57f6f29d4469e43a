import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * `npm pack` the package into `dest` and return the tarball's path. `npm pack`
 * runs prepack (the build), so the tarball holds what the sources say; it runs
 * in a copy of the package, because building here would replace the working
 * tree's dist/ under the developer.
 */
export function packPackage(dest: string): string {
  const copy = join(dest, 'package-source');
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!['node_modules', 'dist', 'site', 'screenshots', '.git', 'coverage', 'scratch'].includes(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  execFileSync('npm', ['pack', '--pack-destination', dest], { cwd: copy, stdio: 'ignore' });
  return join(
    dest,
    readdirSync(dest).find((name) => name.endsWith('.tgz'))!,
  );
}
