import type { Element } from 'hast';
import { h } from '../h.js';
import type { BlockHandler } from '../options.js';
import { sanitizeHtml } from '../sanitize.js';
import { linksTo } from '../../../model/inline-text.js';
import type { BlockOf } from '../../../model/types.js';
import type { HtmlState } from '../state.js';

/**
 * What readers the embed fails get: the fallback, and a link to the
 * content's own page unless the fallback links there already (as plain text
 * does), so the address is never lost with the frame.
 */
export function embedFallback(state: HtmlState, node: BlockOf<'embed'>): Element {
  const link = linksTo(node.fallback, node.url) ? [] : [' ', h('a', { href: state.url(node.url) }, node.title)];
  return h('figcaption', { className: ['pw-embed-fallback'] }, [...state.inline(node.fallback), ...link]);
}

/**
 * Third-party content: its sanitized HTML when given (the provider's own
 * script is removed, leaving the readable markup), otherwise a titled
 * frame. The fallback is always there for readers the embed fails.
 */
export const embed: BlockHandler<'embed'> = (state, node) => {
  const content = node.html
    ? h(
        'div',
        { className: ['pw-embed-content'] },
        sanitizeHtml(node.html, (removed) => state.warn(`Removed from the \`${node.provider}\` embed \`${node.title}\`: ${removed.join(', ')}`)),
      )
    : h('iframe', {
        src: state.url(node.url),
        title: node.title,
        width: node.width ?? 640,
        height: node.height ?? 360,
        loading: 'lazy',
        sandbox: state.settings.embedSandbox,
        referrerPolicy: 'strict-origin-when-cross-origin',
      });
  return h('figure', { className: ['pw-embed'], dataProvider: node.provider }, [content, embedFallback(state, node)]);
};
