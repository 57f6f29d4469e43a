/**
 * presswork: typed news articles rendered to accessible HTML, AMP and plain
 * text. This entry point is portable (browsers, edge runtimes): no Node-only
 * API, no jsdom, no axe-core. File loading lives in `presswork/node`, the
 * accessibility checker in `presswork/a11y`.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export { parseMarkdownArticle, safeParseMarkdownArticle, type MarkdownOptions } from './load/markdown/parse.js';
export { parseJsonArticle, safeParseJsonArticle } from './load/json.js';
export type { LoadResult } from './load/result.js';
export { locate, type SourceLocations, type SourceSpan, type SourcePoint } from './load/source-map.js';
export * from './render/html/index.js';
export { defaultLabels, type Labels } from './render/shared/labels.js';
export { formatDate, type DateFormatter } from './render/shared/dates.js';
export * from './render/text/index.js';
export * from './render/amp/index.js';
export * from './amp-validator/index.js';
