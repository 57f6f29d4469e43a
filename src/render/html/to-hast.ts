import type { Root } from 'hast';
import type { Article } from '../../model/types.js';
import { articleElement } from '../hast/article.js';
import { htmlDocument } from './document.js';
import { htmlHandlers, htmlInlineHandlers } from '../hast/handlers/index.js';
import type { HtmlOptions } from '../hast/options.js';
import { applyPlugins } from '../hast/plugins.js';
import { createState, resolveSettings, type RenderHooks } from '../hast/state.js';
import { withOverrides } from '../shared/with-overrides.js';
import { hastExtensionHandlers } from '../hast/extension-handlers.js';

/**
 * The article as a semantic hast tree: a full document, or the `<article>`
 * element alone with `fragment: true`. Handler overrides and rehype plugins
 * from `options` are applied.
 */
export function toHast(article: Article, options: HtmlOptions = {}): Root {
  return buildHtmlTree(article, options);
}

/** @internal `toHast` with render hooks (the checker's source trace, `toJsx`'s block components). */
export function buildHtmlTree(article: Article, options: HtmlOptions, hooks?: RenderHooks): Root {
  const settings = resolveSettings(article, options);
  const handlers = hastExtensionHandlers(options.extensions, 'html', { blocks: htmlHandlers, inlines: htmlInlineHandlers });
  const state = createState(article, settings, withOverrides(handlers.blocks, options.handlers), withOverrides(handlers.inlines, options.inlineHandlers), hooks);
  const element = articleElement(state);
  const tree: Root = settings.fragment ? { type: 'root', children: [element] } : htmlDocument(state, element);
  return applyPlugins(tree, options);
}
