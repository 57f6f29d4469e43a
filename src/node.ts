/**
 * presswork/node: read articles from the file system (Node.js only).
 *
 * @packageDocumentation
 */
export { loadArticle, safeLoadArticle, findContentFiles, safeParseArticleSource, contentExtensions } from './load/files.js';
export { loadContent } from './load/load-content.js';
export type { LoadResult } from './load/result.js';
export type { FileLoadOptions } from './load/files.js';
