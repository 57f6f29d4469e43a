import type { ElementContent } from 'hast';
import { h } from '../h.js';
import type { Block } from '../../../model/types.js';
import type { BlockHandler } from '../options.js';
import type { HtmlState } from '../state.js';

/** A one-paragraph item renders without its `<p>`, like a tight Markdown list. */
function item(state: HtmlState, blocks: readonly Block[], parent: Block): ElementContent {
  const [first] = blocks;
  if (blocks.length === 1 && first?.type === 'paragraph') return h('li', state.inline(first.children));
  return h('li', state.all(blocks, parent));
}

export const list: BlockHandler<'list'> = (state, node) =>
  h(
    node.ordered ? 'ol' : 'ul',
    { start: node.ordered && node.start !== undefined && node.start !== 1 ? node.start : undefined },
    node.items.map((blocks) => item(state, blocks, node)),
  );
