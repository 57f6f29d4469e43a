import { h } from '../h.js';
import type { BlockHandler } from '../options.js';

/**
 * The wire's "READ MORE:" line. An unnamed `aside` inside the article is
 * not a landmark, so several related links never compete as landmarks.
 */
export const relatedLink: BlockHandler<'relatedLink'> = (state, node) =>
  h('aside', { className: ['pw-related'] }, [
    h('p', [
      node.label ? h('span', { className: ['pw-related-label'] }, node.label) : state.label('readMore', { className: 'pw-related-label' }),
      ': ',
      h('a', { href: state.url(node.url) }, node.headline),
    ]),
  ]);
