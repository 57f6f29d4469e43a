export { renderHtml } from './render-html.js';
export { toHast } from './to-hast.js';
export { htmlHandlers, htmlInlineHandlers } from '../hast/handlers/index.js';
export { defaultStylesheet, baseStylesheet } from '../hast/styles.js';
export { newsArticleData } from '../hast/json-ld.js';
export type { HtmlOptions, SiteOptions, BlockHandler, InlineHandler, BlockHandlers, InlineHandlers, HandlerResult } from '../hast/options.js';
export { defaultEmbedSandbox } from '../hast/options.js';
export type { HtmlState, HtmlSettings } from '../hast/state.js';
