import type { Element, ElementContent } from 'hast';
import { h } from './h.js';
import { corrections, footer } from './footer.js';
import { header } from './header.js';
import type { HtmlState } from './state.js';

/** The `<article>`: header, lead media, body, corrections and footer. */
export function articleElement(state: HtmlState): Element {
  const { article, settings } = state;
  const children: ElementContent[] = [header(state)];
  if (article.lead) {
    state.lead = true;
    children.push(h('div', { className: ['pw-lead'] }, state.one(article.lead)));
    state.lead = false;
  }
  children.push(h('div', { className: ['pw-body'] }, state.all(article.body)), ...corrections(state), ...footer(state));
  // A fragment is placed in someone else's page: it carries its own language.
  const language = settings.fragment ? { lang: article.language, dir: article.direction } : {};
  return h('article', { className: ['pw-article'], ...language }, children);
}
