import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

// Kept apart from the parsers so the CLI can list files without loading them.

/** File extensions read as articles. */
export const contentExtensions = ['.md', '.markdown', '.json'] as const;

/**
 * Every content file under `dir`, recursively, in a stable (sorted) order,
 * skipping hidden folders and `node_modules`.
 */
export async function findContentFiles(dir: string, extensions: readonly string[] = contentExtensions): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !relative(dir, file)
          .split(/[\\/]/)
          .some((part) => part.startsWith('.') || part === 'node_modules'),
    )
    .sort();
}
