import { h } from '../h.js';
import type { BlockHandler } from '../options.js';

/** The attribution sits outside the `blockquote` (it is not part of the quote), in the figure's caption. */
export const blockquote: BlockHandler<'blockquote'> = (state, node) => {
  const quote = h('blockquote', { cite: node.cite && state.url(node.cite) }, state.all(node.children, node));
  if (!node.attribution?.length) return h('figure', { className: ['pw-quote'] }, [quote]);
  return h('figure', { className: ['pw-quote'] }, [quote, h('figcaption', ['— ', ...state.inline(node.attribution)])]);
};
