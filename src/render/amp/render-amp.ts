import type { ElementContent, Root } from 'hast';
import { h } from '../hast/h.js';
import { inlineText } from '../../model/inline-text.js';
import type { Article } from '../../model/types.js';
import { articleElement } from '../hast/article.js';
import { documentTitle } from '../hast/document-title.js';
import { htmlInlineHandlers } from '../hast/handlers/index.js';
import { jsonLdScript } from '../hast/json-ld.js';
import type { HtmlOptions } from '../hast/options.js';
import { createState, resolveSettings } from '../hast/state.js';
import { baseStylesheet } from '../hast/styles.js';
import { serializeHtml } from '../hast/serialize.js';
import { applyPlugins } from '../hast/plugins.js';
import { ampBoilerplate, ampNoscriptBoilerplate, ampRuntime, builtInComponents, componentsUsed, extensionUrl } from './components.js';
import { ampHandlers } from './handlers/index.js';
import { withOverrides } from '../shared/with-overrides.js';
import { hastExtensionHandlers } from '../hast/extension-handlers.js';
import { from, type SourcePaths } from '../shared/source-paths.js';

/** Options for `renderAmp`: the HTML options that apply to a full AMP document. */
export interface AmpOptions extends Omit<HtmlOptions, 'fragment' | 'stylesheet'> {
  /** CSS for `style[amp-custom]`. Default: presswork's stylesheet. Must be AMP-safe (no `!important`). */
  css?: string;
}

/** The article as an AMP document tree (see `renderAmp`). */
export function toAmpHast(article: Article, options: AmpOptions = {}): Root {
  return buildAmpTree(article, options);
}

/** @internal `toAmpHast`, noting in `sources` where each element came from. */
export function buildAmpTree(article: Article, options: AmpOptions, sources?: SourcePaths): Root {
  const settings = resolveSettings(article, { ...options, fragment: false });
  const handlers = hastExtensionHandlers(options.extensions, 'amp', { blocks: ampHandlers, inlines: htmlInlineHandlers });
  const state = createState(article, settings, withOverrides(handlers.blocks, options.handlers), withOverrides(handlers.inlines, options.inlineHandlers), { sources });
  const body = articleElement(state);
  // Head order is fixed for stable output: charset, viewport, meta, runtime, extensions, CSS, boilerplate, the rest.
  const head: ElementContent[] = [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width,minimum-scale=1,initial-scale=1' })];
  if (article.dek?.length) head.push(h('meta', { name: 'description', content: inlineText(article.dek) }));
  head.push(h('script', { async: true, src: ampRuntime }));
  for (const name of [...componentsUsed(state)].filter((component) => !builtInComponents.has(component)).sort()) {
    head.push(h('script', { async: true, 'custom-element': name, src: extensionUrl(name) }));
  }
  head.push(
    h('style', { 'amp-custom': true }, options.css ?? baseStylesheet),
    h('style', { 'amp-boilerplate': true }, ampBoilerplate),
    h('noscript', [h('style', { 'amp-boilerplate': true }, ampNoscriptBoilerplate)]),
    h('link', { rel: ['canonical'], href: state.url(article.canonicalUrl) }),
    from(state.sources, h('title', documentTitle(state)), ['headline']),
  );
  if (settings.jsonLd) head.push(jsonLdScript(article, settings.site));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      from(state.sources, h('html', { '⚡': true, lang: article.language, dir: article.direction }, [h('head', head), h('body', [h('main', { id: 'main' }, [body])])]), ['language']),
    ],
  };
  return applyPlugins(tree, options);
}

/**
 * Render an article to a valid AMP HTML document: the HTML renderer's tree
 * with media and embeds swapped for AMP components, the required shell,
 * extension scripts for exactly the components used, and CSS in
 * `style[amp-custom]`. Synchronous.
 */
export function renderAmp(article: Article, options: AmpOptions = {}): string {
  return serializeHtml(toAmpHast(article, options));
}
