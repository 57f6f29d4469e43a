import { isAbsolute, relative, resolve } from 'node:path';

/** A path as the user should see it: relative to `cwd` when inside it. */
export function displayPath(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : file;
}

/** Resolve user paths against `cwd`. */
export function resolvePaths(cwd: string, paths: readonly string[]): string[] {
  return paths.map((path) => resolve(cwd, path));
}
