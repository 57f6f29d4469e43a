import { h } from '../h.js';
import type { BlockHandler } from '../options.js';
import { sanitizeHtml } from '../sanitize.js';

/**
 * Third-party content: its sanitized HTML when given (the provider's own
 * script is removed, leaving the readable markup), otherwise a titled
 * frame. The fallback link is always there for readers the embed fails.
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
  return h('figure', { className: ['pw-embed'], dataProvider: node.provider }, [content, h('figcaption', { className: ['pw-embed-fallback'] }, state.inline(node.fallback))]);
};
