import { h } from '../h.js';
import type { BlockHandler } from '../options.js';

/**
 * An unnamed `aside` (not a landmark inside the article); its title is a
 * level-2 heading so it never skips a level after the headline.
 */
export const factbox: BlockHandler<'factbox'> = (state, node) =>
  h('aside', { className: ['pw-factbox'] }, [h('h2', { className: ['pw-factbox-title'], id: state.id(node.title) }, node.title), ...state.all(node.children, node)]);
