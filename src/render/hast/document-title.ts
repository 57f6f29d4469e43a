import type { HtmlState } from './state.js';

/** The document title: the headline, then the site name when set. The AMP document uses it too. */
export function documentTitle(state: HtmlState): string {
  const name = state.settings.site.name;
  return name ? `${state.article.headline} – ${name}` : state.article.headline;
}
