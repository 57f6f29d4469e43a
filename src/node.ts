/**
 * presswork/node: read articles from the file system (Node.js only).
 *
 * @packageDocumentation
 */
export { loadArticle, safeLoadArticle, loadContent, findContentFiles, safeParseArticleSource, contentExtensions } from './load/files.js';
export type { LoadResult } from './load/result.js';
