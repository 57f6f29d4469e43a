import { h } from '../h.js';
import type { BlockHandler } from '../options.js';

export const paragraph: BlockHandler<'paragraph'> = (state, node) => h('p', state.inline(node.children));
