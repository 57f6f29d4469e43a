import { stat } from 'node:fs/promises';
import { safeLoadArticle, type FileLoadOptions } from './files.js';
import { findContentFiles } from './find-files.js';
import type { LoadResult } from './result.js';

/**
 * Load every article under a folder: one result per file, article or
 * problems. A bad file never stops the others from loading.
 *
 * @throws {Error} only when `dir` itself cannot be read.
 */
export async function loadContent(dir: string, options: FileLoadOptions = {}): Promise<LoadResult[]> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw new Error(`Not a folder: \`${dir}\``);
  const files = await findContentFiles(dir);
  return Promise.all(files.map((file) => safeLoadArticle(file, options)));
}
