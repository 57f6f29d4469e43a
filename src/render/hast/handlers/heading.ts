import { h } from '../h.js';
import { inlineText } from '../../../model/inline-text.js';
import type { BlockHandler } from '../options.js';

/** Headings get stable ids so readers can link to a section. */
export const heading: BlockHandler<'heading'> = (state, node) => h(`h${node.level}`, { id: node.id ?? state.id(inlineText(node.children)) }, state.inline(node.children));
