import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ArticleValidationError, createIssue, type ArticleIssue } from '../model/errors.js';
import type { Article } from '../model/types.js';
import { safeParseJsonArticle } from './json.js';
import { safeParseMarkdownArticle } from './markdown/parse.js';
import { contentExtensions, findContentFiles } from './find-files.js';
import type { LoadResult } from './result.js';
import type { Extensions } from '../extend/registry.js';

/** Options of the file loaders. */
export interface FileLoadOptions {
  /** Extension types to accept (from `createPresswork(...).extensions`). */
  extensions?: Extensions | undefined;
}

export { contentExtensions, findContentFiles };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parse article source by the file's extension, never throwing. */
export function safeParseArticleSource(source: string, file: string, options: FileLoadOptions = {}): LoadResult {
  if (source.trim().length === 0) {
    return { file, ok: false, issues: [{ ...createIssue([], 'empty_file', 'The file is empty; expected an article', file), line: 1, column: 1 }] };
  }
  return extname(file).toLowerCase() === '.json' ? safeParseJsonArticle(source, { file, extensions: options.extensions }) : safeParseMarkdownArticle(source, { file, extensions: options.extensions });
}

/** A file's text, or the issue saying why it cannot be read: missing, a folder, not UTF-8. */
export async function readSource(path: string): Promise<{ ok: true; source: string } | { ok: false; issue: ArticleIssue }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'No such file' : code === 'EISDIR' ? 'Is a folder, not a file' : `Cannot read the file (${code ?? (error as Error).message})`;
    return { ok: false, issue: createIssue([], 'unreadable', message, path) };
  }
  try {
    return { ok: true, source: decoder.decode(bytes) };
  } catch {
    return { ok: false, issue: createIssue([], 'invalid_encoding', 'The file is not valid UTF-8; save it as UTF-8', path) };
  }
}

/** Read one `.md` or `.json` file as an article, never throwing. */
export async function safeLoadArticle(path: string, options: FileLoadOptions = {}): Promise<LoadResult> {
  const read = await readSource(path);
  return read.ok ? safeParseArticleSource(read.source, path, options) : { file: path, ok: false, issues: [read.issue] };
}

/**
 * Read one `.md` or `.json` file as an article.
 *
 * @throws {ArticleValidationError} naming the file, each problem's path, line and column.
 */
export async function loadArticle(path: string, options: FileLoadOptions = {}): Promise<Article> {
  const result = await safeLoadArticle(path, options);
  if (!result.ok) throw new ArticleValidationError(result.issues, path);
  return result.article;
}
