export { renderHtml } from './render-html.js';
export { toHast } from './to-hast.js';
export { htmlHandlers, htmlInlineHandlers } from './handlers/index.js';
export { defaultStylesheet, baseStylesheet, palette } from './styles.js';
export { newsArticleData } from './json-ld.js';
export type { HtmlOptions, SiteOptions, BlockHandler, InlineHandler, BlockHandlers, InlineHandlers, HandlerResult } from './options.js';
export { defaultEmbedSandbox } from './options.js';
export type { HtmlState, HtmlSettings } from './state.js';
