import type { Element, ElementContent, Root } from 'hast';
import { h } from '../hast/h.js';
import { inlineText } from '../../model/inline-text.js';
import { jsonLdScript } from '../hast/json-ld.js';
import type { HtmlState } from '../hast/state.js';
import { documentTitle } from '../hast/document-title.js';
import { from } from '../shared/source-paths.js';
import { defaultStylesheet } from '../hast/styles.js';

/** A full HTML document around the article: language, title, canonical link, structured data. */
export function htmlDocument(state: HtmlState, article: Element): Root {
  const { settings } = state;
  const model = state.article;
  const head: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    // Zoom is never disabled (WCAG 1.4.4): no maximum-scale, no user-scalable=no.
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    from(state.sources, h('title', documentTitle(state)), ['headline']),
  ];
  if (model.dek?.length) head.push(h('meta', { name: 'description', content: inlineText(model.dek) }));
  head.push(h('link', { rel: ['canonical'], href: state.url(model.canonicalUrl) }));
  if (model.ampUrl) head.push(h('link', { rel: ['amphtml'], href: state.url(model.ampUrl) }));
  if (settings.stylesheet === true) head.push(h('style', defaultStylesheet));
  else if (typeof settings.stylesheet === 'string') head.push(h('link', { rel: ['stylesheet'], href: settings.stylesheet }));
  if (settings.jsonLd) head.push(jsonLdScript(model, settings.site));
  return {
    type: 'root',
    children: [{ type: 'doctype' }, from(state.sources, h('html', { lang: model.language, dir: model.direction }, [h('head', head), h('body', [h('main', { id: 'main' }, [article])])]), ['language'])],
  };
}
