import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { contentExtensions, findContentFiles } from '../../load/find-files.js';
import { closest } from '../../model/suggest.js';
import { UsageError } from '../usage-error.js';

/** "Did you mean …?" for a path that does not exist, from its folder's entries. */
async function suggestPath(path: string, shown: string): Promise<string> {
  try {
    const match = closest(basename(path), await readdir(dirname(path)));
    return match ? ` Did you mean \`${join(dirname(shown), match)}\`?` : '';
  } catch {
    return '';
  }
}

/** Built pages `check` accepts besides articles. */
export const pageExtensions: readonly string[] = ['.html', '.htm'];

/** Whether a file is a built page (checked as it is) rather than an article. */
export const isPage = (file: string) => pageExtensions.includes(extname(file).toLowerCase());

/**
 * The files to work on, from files and folders (searched recursively),
 * sorted and without repeats. A missing path is a usage error naming it, and
 * so is finding nothing at all (unless `allowEmpty`): a CI step pointed at
 * the wrong folder must not pass by checking nothing.
 */
export async function collectFiles(paths: readonly string[], options: { pages: boolean; shown?: readonly string[]; allowEmpty?: boolean }): Promise<string[]> {
  const files = new Set<string>();
  for (const [index, path] of paths.entries()) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`No such file or folder: \`${options.shown?.[index] ?? path}\`.${await suggestPath(path, options.shown?.[index] ?? path)}`);
    }
    if (info.isDirectory()) {
      for (const file of await findContentFiles(path)) files.add(file);
      if (options.pages) for (const file of await findContentFiles(path, pageExtensions)) files.add(file);
    } else {
      const extension = extname(path).toLowerCase();
      const allowed = [...contentExtensions, ...(options.pages ? pageExtensions : [])];
      if (!allowed.includes(extension)) throw new UsageError(`Cannot read \`${path}\`: expected ${allowed.map((e) => `\`${e}\``).join(', ')} files`);
      files.add(path);
    }
  }
  if (files.size === 0 && !options.allowEmpty) {
    const kinds = [...contentExtensions, ...(options.pages ? pageExtensions : [])].map((extension) => `\`${extension}\``).join(', ');
    throw new UsageError(`No ${options.pages ? 'articles or pages' : 'articles'} found in ${(options.shown ?? paths).map((path) => `\`${path}\``).join(', ')} (looked for ${kinds} files); pass --allow-empty if nothing to check is expected`);
  }
  return [...files].sort();
}

/** `i/n` → the files of shard i (1-based), split deterministically by sorted position. */
export function shard(files: readonly string[], spec: string | undefined): string[] {
  if (spec === undefined) return [...files];
  const match = /^(\d+)\/(\d+)$/.exec(spec);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`Invalid \`--shard ${spec}\`: expected i/n with 1 ≤ i ≤ n, e.g. \`--shard 2/4\``);
  return files.filter((_, position) => position % count === index - 1);
}
