import type { HtmlState } from '../hast/state.js';

/**
 * An absolute URL for AMP components, which need https sources: resolved
 * against `site.baseUrl` or the canonical URL. `undefined` when it is not https.
 */
export function httpsUrl(state: HtmlState, value: string): string | undefined {
  const absolute = new URL(value, state.settings.site.baseUrl ?? state.article.canonicalUrl);
  return absolute.protocol === 'https:' ? absolute.href : undefined;
}
