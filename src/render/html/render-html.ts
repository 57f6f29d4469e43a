import type { Article } from '../../model/types.js';
import type { HtmlOptions } from '../hast/options.js';
import { serializeHtml } from '../hast/serialize.js';
import { toHast } from './to-hast.js';

/**
 * Render an article to semantic, accessible HTML: a complete document by
 * default, or the `<article>` element with `fragment: true`. Synchronous.
 */
export function renderHtml(article: Article, options: HtmlOptions = {}): string {
  return serializeHtml(toHast(article, options));
}
